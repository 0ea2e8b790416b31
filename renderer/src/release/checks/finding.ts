import type { TableCellSource } from '../content-table'
import { NARRATIVE_BLOCKS } from '../document-schema'
import type { Field } from '../narrative-schema'
import type { BlockKey } from '../release-content'

export type Severity = 'error' | 'warning'

/** Every rule the checks apply; docs/checks.md describes each one. */
export const RULES = [
  'eps-sign',
  'eps-division',
  'figure-discrepancy',
  'year-to-date',
  'segment-tie-out',
  'rounding',
  'figure-sense',
  'not-an-amount',
  'wrong-percent',
  'overstated-bound',
  'direction',
  'result-word',
  'amount-sign',
  'amount-change',
  'wrong-amount',
  'flat',
  'long-sentence',
  'unmatched-amount',
  'wrong-scale',
  'percentage-points',
  'ratio-level',
  'ratio-points',
  'stale-period',
  'non-gaap-prominence',
  'leftover',
  'empty-block',
  'table-footing',
  'table-figure',
  'table-reconciliation',
] as const
export type Rule = (typeof RULES)[number]

/** Where findings in text from a Word or plain-text draft sit: there are no blocks, only paragraphs. */
export type FindingBlock = BlockKey | 'draft'

/**
 * Where the quoted words are. `start`/`end` are offsets into the paragraph's free text (its typed
 * runs, concatenated in order, without fields or the words the layout adds) so the editor can map
 * them to positions; `textStart`/`textEnd` are offsets into the paragraph's whole text as
 * `paragraphText` gives it. When the words are a field's or the layout's, `inFreeText` is false
 * and `start` = `end` marks where they sit among the typed words.
 */
export interface TextLocation {
  readonly block: FindingBlock
  /** The paragraph's position within its block, from 0. */
  readonly paragraph: number
  readonly start: number
  readonly end: number
  readonly textStart: number
  readonly textEnd: number
  readonly inFreeText: boolean
}

/** Where a finding about a financial table's figure sits: the table, the row and the figure column. */
export interface TableCellLocation extends TableCellSource {
  readonly block: 'tableCell'
}

/** Where a finding is: words of the text, or a cell of a table; null for the figures' own problems. */
export type FindingLocation = TextLocation | TableCellLocation

/** The words a finding quotes, or null when it is about a table cell. */
export function textLocation(location: FindingLocation | null): TextLocation | null {
  return location === null || location.block === 'tableCell' ? null : location
}

/** A finding's place as its id gives it: stable for the same problem at the same place. */
function placeKey(location: FindingLocation): string {
  switch (location.block) {
    case 'tableCell':
      return `table:${location.tableId}.${location.rowId}.${location.column}`
    default:
      return `${location.block}.${location.paragraph}:${location.textStart}-${location.textEnd}`
  }
}

/** A correction the user can apply with one click. */
export type Fix =
  | { readonly kind: 'replace'; readonly text: string }
  /** Replace the free-text words from `start` to `end` (free-text offsets) with a live field. */
  | {
      readonly kind: 'liveField'
      readonly field: Field
      readonly start: number
      readonly end: number
    }

export interface Finding {
  /** Stable for the same problem at the same place: rule and location. */
  readonly id: string
  readonly severity: Severity
  readonly rule: Rule
  /** A sentence a communications user understands, naming the correct value. */
  readonly message: string
  /** The exact words the finding is about. */
  readonly quote: string
  /** Null for problems in the figures themselves. */
  readonly location: FindingLocation | null
  /** The right words, when the checker knows them. */
  readonly expected?: string
  /** The first fix offered; `fixes` lists every fix offered, this one first. */
  readonly fix?: Fix
  readonly fixes?: readonly Fix[]
}

export interface FindingInput {
  readonly severity: Severity
  readonly rule: Rule
  readonly message: string
  readonly quote: string
  readonly location: FindingLocation | null
  /** Distinguishes findings of one rule that have no location (figures). */
  readonly key?: string
  readonly expected?: string
  readonly fixes?: readonly Fix[]
}

/** Builds a finding with its stable id and its fixes. */
export function finding(input: FindingInput): Finding {
  const where = input.location === null ? `figures:${input.key ?? input.quote}` : placeKey(input.location)
  const fixes = input.fixes ?? []
  const [first] = fixes
  return {
    id: `${input.rule}@${where}`,
    severity: input.severity,
    rule: input.rule,
    message: input.message,
    quote: input.quote,
    location: input.location,
    ...(input.expected === undefined ? {} : { expected: input.expected }),
    ...(first === undefined ? {} : { fix: first, fixes }),
  }
}

// Tables print after the narrative's blocks; findings in them keep the tables' own order.
const BLOCK_ORDER: readonly FindingLocation['block'][] = ['exhibit', ...NARRATIVE_BLOCKS, 'tableCell', 'end', 'draft']

function compareLocations(a: FindingLocation | null, b: FindingLocation | null): number {
  if (a === null || b === null) return (a === null ? 0 : 1) - (b === null ? 0 : 1)
  const byBlock = BLOCK_ORDER.indexOf(a.block) - BLOCK_ORDER.indexOf(b.block)
  if (byBlock !== 0 || a.block === 'tableCell' || b.block === 'tableCell') return byBlock
  return a.paragraph - b.paragraph || a.textStart - b.textStart || a.textEnd - b.textEnd
}

/** Errors first, then warnings; each in reading order, with the figures' own problems first. */
export function sortFindings(findings: readonly Finding[]): readonly Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      compareLocations(a.location, b.location),
  )
}

/** "2 errors, 1 warning". */
export function findingSummary(findings: readonly Finding[]): string {
  const errors = findings.filter((entry) => entry.severity === 'error').length
  const warnings = findings.length - errors
  const plural = (count: number, word: string): string =>
    `${count} ${word}${count === 1 ? '' : 's'}`
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`
}
