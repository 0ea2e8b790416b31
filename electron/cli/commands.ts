import { releaseToText } from '../../renderer/src/export/plain-text'
import { figureWarnings } from '../../renderer/src/release/figure-warnings'
import { draftFromFigures } from '../../renderer/src/release/figures-file'
import { serializeReleaseDocument } from '../../renderer/src/release/load-document'
import { releaseContent } from '../../renderer/src/release/release-content'
import { releaseFacts } from '../../renderer/src/release/release-facts'
import type { ReleaseDocument } from '../../renderer/src/release/document-schema'
import { optionValue, parseArgs } from './args'
import { CliError } from './cli-error'
import { writeOutput } from './io'
import { loadFigures, loadRelease } from './load'

/** Where the CLI reports progress and warnings: standard error, so standard output stays the document. */
export interface CliOutput {
  readonly warn: (line: string) => void
}

function warnAbout(document: ReleaseDocument, file: string, output: CliOutput): void {
  for (const warning of figureWarnings(releaseFacts(document)))
    output.warn(`warning: ${file}: ${warning.message}`)
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

/** `export <release.json> --text <file|->`: the release in other formats. */
export async function exportCommand(argv: readonly string[], output: CliOutput): Promise<number> {
  const args = parseArgs(argv, ['--text'], [])
  const [releasePath, extra] = args.positionals
  const textTarget = optionValue(args, '--text')
  if (releasePath === undefined || extra !== undefined || textTarget === undefined) {
    throw new CliError('usage: export <release.json> --text <file|->')
  }
  const document = await loadRelease(releasePath)
  warnAbout(document, releasePath, output)
  await writeOutput(textTarget, releaseToText(releaseContent(document)))
  if (textTarget !== '-') output.warn(`wrote ${textTarget}`)
  return 0
}
