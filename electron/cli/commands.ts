import { releaseDocx } from '../../renderer/src/export/docx/release-docx'
import { releaseToText } from '../../renderer/src/export/plain-text'
import { checkFigures } from '../../renderer/src/release/checks/check-release'
import { draftFromFigures } from '../../renderer/src/release/figures-file'
import { serializeReleaseDocument } from '../../renderer/src/release/load-document'
import { releaseContent } from '../../renderer/src/release/release-content'
import { releaseFacts } from '../../renderer/src/release/release-facts'
import type { ReleaseDocument } from '../../renderer/src/release/document-schema'
import { optionValue, parseArgs } from './args'
import type { ParsedArgs } from './args'
import { findChromium } from './chromium'
import { openPdfRenderer } from './pdf-export'
import { CliError } from './cli-error'
import { writeOutput } from './io'
import { loadFigures, loadRelease } from './load'

/** Where the CLI reports progress and warnings: standard error, so standard output stays the document. */
export interface CliOutput {
  readonly warn: (line: string) => void
}

function warnAbout(document: ReleaseDocument, file: string, output: CliOutput): void {
  for (const finding of checkFigures(releaseFacts(document)))
    output.warn(`warning: ${file}: ${finding.message}`)
}

/** `draft <figures.json> [-o release.json]`: a complete release from the finance team's figures. */
export async function draftCommand(argv: readonly string[], output: CliOutput): Promise<number> {
  const args = parseArgs(argv, ['-o', '--output'], [])
  const [figuresPath, extra] = args.positionals
  if (figuresPath === undefined || extra !== undefined)
    throw new CliError('usage: draft <figures.json> [-o release.json]')
  const document = draftFromFigures(await loadFigures(figuresPath))
  warnAbout(document, figuresPath, output)
  const target = optionValue(args, '-o') ?? optionValue(args, '--output') ?? '-'
  await writeOutput(target, serializeReleaseDocument(document))
  if (target !== '-') output.warn(`wrote ${target}`)
  return 0
}

/** The release as the user asked to export it: pre-printed letterhead paper, or marked final. */
function asExported(document: ReleaseDocument, args: ParsedArgs): ReleaseDocument {
  return {
    ...document,
    layout: {
      ...document.layout,
      preprinted: document.layout.preprinted || args.options.has('--preprinted'),
    },
    status: { ...document.status, final: document.status.final || args.options.has('--final') },
  }
}

const EXPORT_USAGE =
  'usage: export <release.json> [--text <file|->] [--docx <file.docx>] [--pdf <file.pdf>] [--preprinted] [--final]'

/** `export <release.json> [--text f] [--docx f.docx] [--pdf f.pdf] [--preprinted] [--final]`. */
export async function exportCommand(argv: readonly string[], output: CliOutput): Promise<number> {
  const args = parseArgs(argv, ['--text', '--docx', '--pdf'], ['--preprinted', '--final'])
  const [releasePath, extra] = args.positionals
  const targets = {
    text: optionValue(args, '--text'),
    docx: optionValue(args, '--docx'),
    pdf: optionValue(args, '--pdf'),
  }
  if (releasePath === undefined || extra !== undefined) throw new CliError(EXPORT_USAGE)
  if (targets.text === undefined && targets.docx === undefined && targets.pdf === undefined) {
    throw new CliError(`nothing to export: ${EXPORT_USAGE}`)
  }
  const document = asExported(await loadRelease(releasePath), args)
  warnAbout(document, releasePath, output)
  // Find Chromium before writing anything, so a missing one fails the whole command cleanly.
  const chromiumPath = targets.pdf === undefined ? null : await findChromium()
  if (targets.text !== undefined) {
    await writeOutput(targets.text, releaseToText(releaseContent(document)))
    if (targets.text !== '-') output.warn(`wrote ${targets.text}`)
  }
  if (targets.docx !== undefined) {
    output.warn(`writing ${targets.docx} …`)
    await writeOutput(targets.docx, await releaseDocx(document))
    output.warn(`wrote ${targets.docx}`)
  }
  if (targets.pdf !== undefined && chromiumPath !== null) {
    output.warn(`writing ${targets.pdf} with ${chromiumPath} …`)
    const renderer = await openPdfRenderer(chromiumPath)
    try {
      await writeOutput(targets.pdf, await renderer.render(document))
    } finally {
      await renderer.close()
    }
    output.warn(`wrote ${targets.pdf}`)
  }
  return 0
}
