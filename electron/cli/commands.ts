import { MalformedDocxError } from '../../renderer/src/export/docx/docx-well-formed'
import { releaseDocx } from '../../renderer/src/export/docx/release-docx'
import { releaseToText } from '../../renderer/src/export/plain-text'
import { checkFigures, checkRelease } from '../../renderer/src/release/checks/check-release'
import { finalGate, withOverrideReason } from '../../renderer/src/release/final-gate'
import { draftFromFigures } from '../../renderer/src/release/figures-file'
import { serializeReleaseDocument } from '../../renderer/src/release/load-document'
import { releaseContent } from '../../renderer/src/release/release-content'
import { releaseFacts } from '../../renderer/src/release/release-facts'
import type { ReleaseDocument } from '../../renderer/src/release/document-schema'
import { optionValue, parseArgs } from './args'
import type { ParsedArgs } from './args'
import { findingLine } from './check-command'
import { findChromium } from './chromium'
import { openPdfRenderer } from './pdf-export'
import { assertNever } from '../../renderer/src/release/assert-never'
import { CliError, inFile } from './cli-error'
import { writeOutput } from './io'
import { loadFigures, loadRelease } from './load'
import { isWorkbookName, loadFiguresFromWorkbook } from './load-workbook'

/** Where the CLI reports progress and warnings: standard error, so standard output stays the document. */
export interface CliOutput {
  readonly warn: (line: string) => void
}

function warnAbout(document: ReleaseDocument, file: string, output: CliOutput): void {
  for (const finding of checkFigures(releaseFacts(document)))
    output.warn(`warning: ${file}: ${finding.message}`)
}

const DRAFT_USAGE = 'usage: draft <figures.json> [-o release.json], or draft <figures.xlsx | figures.csv> --map <mapping.json> [-o release.json]'

/**
 * `draft <figures.json> [-o release.json]`: a complete release from the finance team's figures;
 * `draft <figures.xlsx> --map <mapping.json>` reads the figures from their workbook.
 */
export async function draftCommand(argv: readonly string[], output: CliOutput): Promise<number> {
  const args = parseArgs(argv, ['-o', '--output', '--map'], [])
  const [figuresPath, extra] = args.positionals
  if (figuresPath === undefined || extra !== undefined) throw new CliError(DRAFT_USAGE)
  const mapPath = optionValue(args, '--map')
  if (mapPath === undefined && isWorkbookName(figuresPath))
    throw inFile(figuresPath, `a workbook is read through its mapping: draft ${figuresPath} --map mapping.json`)
  const figures = mapPath === undefined ? await loadFigures(figuresPath) : await loadFiguresFromWorkbook(figuresPath, mapPath)
  const document = draftFromFigures(figures)
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

/** The Word file, or a one-line error naming it when it would not open (and nothing is written). */
async function wordFile(document: ReleaseDocument, target: string): Promise<Uint8Array> {
  try {
    return await releaseDocx(document)
  } catch (error) {
    if (error instanceof MalformedDocxError) throw inFile(target, `not written: ${error.message}`)
    throw error
  }
}

const EXPORT_USAGE =
  'usage: export <release.json> [--text <file|->] [--docx <file.docx>] [--pdf <file.pdf>] [--preprinted] [--final [--reason "why"]]'

/**
 * The final gate, as the app applies it: a final release with errors goes out only with a stated
 * reason, which is written into the release file, as the app records it in the release it saves.
 * Returns the release to export, or null when nothing may be written (the errors are listed).
 */
async function passFinalGate(
  document: ReleaseDocument,
  releasePath: string,
  reason: string | null,
  output: CliOutput,
): Promise<ReleaseDocument | null> {
  const verdict = finalGate(document, checkRelease(releaseFacts(document)), reason)
  switch (verdict.kind) {
    case 'clear':
      return document
    case 'blocked':
      output.warn(
        `release-desk: ${releasePath}: a final release cannot be exported while the checks find ${verdict.errors.length === 1 ? '1 error' : `${verdict.errors.length} errors`}; fix ${verdict.errors.length === 1 ? 'it' : 'them'}, or give the reason with --reason "…". Nothing was written.`,
      )
      for (const error of verdict.errors) output.warn(findingLine(error))
      return null
    case 'overridden': {
      const recorded = withOverrideReason(document, verdict.reason)
      if (recorded !== document) {
        // Only the reason changes in the file: its final flag and everything else stay as they were.
        const onDisk = await loadRelease(releasePath)
        await writeOutput(releasePath, serializeReleaseDocument(withOverrideReason(onDisk, verdict.reason)))
        output.warn(`recorded the reason in ${releasePath}`)
      }
      return recorded
    }
    default:
      return assertNever(verdict)
  }
}

/** `export <release.json> [--text f] [--docx f.docx] [--pdf f.pdf] [--preprinted] [--final [--reason "why"]]`. */
export async function exportCommand(argv: readonly string[], output: CliOutput): Promise<number> {
  const args = parseArgs(argv, ['--text', '--docx', '--pdf', '--reason'], ['--preprinted', '--final'])
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
  const reason = optionValue(args, '--reason') ?? null
  if (reason !== null && reason.trim() === '') throw new CliError('--reason needs the words of the reason')
  const loaded = asExported(await loadRelease(releasePath), args)
  warnAbout(loaded, releasePath, output)
  // Find Chromium before writing anything, so a missing one fails the whole command cleanly.
  const chromiumPath = targets.pdf === undefined ? null : await findChromium()
  const document = await passFinalGate(loaded, releasePath, reason, output)
  if (document === null) return 1
  if (targets.text !== undefined) {
    await writeOutput(targets.text, releaseToText(releaseContent(document)))
    if (targets.text !== '-') output.warn(`wrote ${targets.text}`)
  }
  if (targets.docx !== undefined) {
    output.warn(`writing ${targets.docx} …`)
    await writeOutput(targets.docx, await wordFile(document, targets.docx))
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
