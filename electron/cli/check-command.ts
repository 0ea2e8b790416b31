import {
  checkDraftText,
  checkFigures,
  checkRelease,
} from '../../renderer/src/release/checks/check-release'
import { BLOCK_KINDS } from '../../renderer/src/release/block-kinds'
import type { Finding, FindingBlock } from '../../renderer/src/release/checks/finding'
import { findingSummary, sortFindings } from '../../renderer/src/release/checks/finding'
import type { ReleaseDocument } from '../../renderer/src/release/document-schema'
import { draftFromFigures } from '../../renderer/src/release/figures-file'
import {
  parseJsonText,
  readFiguresFile,
  readReleaseDocument,
} from '../../renderer/src/release/load-document'
import { releaseFacts } from '../../renderer/src/release/release-facts'
import { optionValue, parseArgs } from './args'
import { CliError, inFile } from './cli-error'
import type { CliOutput } from './commands'
import { draftKind, readDraftParagraphs } from './draft-text'
import { readText, writeOutput } from './io'
import { loadRelease } from './load'

const USAGE = 'usage: check <release.json | draft.docx | draft.txt> [--figures figures.json]'

function blockName(block: FindingBlock): string {
  return block === 'draft' ? 'draft' : BLOCK_KINDS[block].shortName
}

function placeOf(location: Finding['location']): string {
  if (location === null) return 'figures'
  if (location.block === 'tableCell')
    return `table ${location.tableId} row ${location.rowId} column ${location.column + 1}`
  return `${blockName(location.block)} \u00b6${location.paragraph + 1}`
}

/** One line a finding: severity, where, the words quoted, the message. */
export function findingLine(entry: Finding): string {
  const where = placeOf(entry.location)
  const quote =
    entry.quote === '' || entry.location === null ? '' : ` "${entry.quote.replace(/\s+/g, ' ')}"`
  return `${entry.severity} ${where}${quote}: ${entry.message}`
}

/** The figures and period to check against: a figures file, or a release whose figures are used. */
async function loadFiguresSource(path: string): Promise<ReleaseDocument> {
  const text = await readText(path)
  const json = parseJsonText(text)
  if (!json.ok) throw inFile(path, json.error)
  // A version-2 figures file states its formatVersion too: its fiscalYear says what it is.
  const looksLikeRelease =
    typeof json.value === 'object' &&
    json.value !== null &&
    'formatVersion' in json.value &&
    !('fiscalYear' in json.value)
  if (looksLikeRelease) {
    const release = readReleaseDocument(text)
    if (!release.ok) throw inFile(path, release.error)
    return release.value
  }
  const figures = readFiguresFile(text)
  if (!figures.ok) throw inFile(path, figures.error)
  return draftFromFigures(figures.value)
}

async function findingsFor(
  target: string,
  figuresPath: string | undefined,
): Promise<readonly Finding[]> {
  const kind = draftKind(target)
  if (kind === null) throw new CliError(`${target}: expected a .release.json, .docx or .txt file`)
  const source = figuresPath === undefined ? undefined : await loadFiguresSource(figuresPath)
  if (kind === 'release') {
    const release = await loadRelease(target)
    const document =
      source === undefined
        ? release
        : { ...release, figures: source.figures, period: source.period }
    return checkRelease(releaseFacts(document))
  }
  if (source === undefined)
    throw new CliError(
      `${target}: a ${kind === 'docx' ? 'Word' : 'text'} draft needs the figures to check against: add --figures <figures.json or release.json>`,
    )
  const paragraphs = await readDraftParagraphs(target, kind)
  const facts = releaseFacts(source)
  return sortFindings([...checkFigures(facts), ...checkDraftText(paragraphs, facts)])
}

/**
 * `check <release.json | draft.docx | draft.txt> [--figures figures.json]`: one finding a line on
 * standard output, a summary on standard error; exit 1 when there are errors, 0 when none.
 */
export async function checkCommand(argv: readonly string[], output: CliOutput): Promise<number> {
  const args = parseArgs(argv, ['--figures'], [])
  const [target, extra] = args.positionals
  if (target === undefined || extra !== undefined) throw new CliError(USAGE)
  const findings = await findingsFor(target, optionValue(args, '--figures'))
  if (findings.length > 0) await writeOutput('-', `${findings.map(findingLine).join('\n')}\n`)
  output.warn(findingSummary(findings))
  return findings.some((entry) => entry.severity === 'error') ? 1 : 0
}
