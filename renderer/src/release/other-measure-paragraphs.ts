import type { QuarterNumber } from './fiscal-calendar'
import type { MeasureDefinition, MeasureId } from './measure-definition'
import type { ComparisonPair, PeriodKey } from './measures'
import { rich } from './narrative-builders'
import type { ParagraphNode } from './narrative-schema'
import { RESULTS_MEASURES } from './results-clauses'
import type { Inline, Reported } from './results-clauses'

/** What the paragraphs about the release's other measures are written from. */
export interface OtherMeasuresInput {
  /** The release's measures, in its order. */
  readonly measures: readonly MeasureDefinition[]
  readonly quarter: QuarterNumber
  readonly has: Reported
}

const STATED_IN_RESULTS: readonly MeasureId[] = [
  ...RESULTS_MEASURES.earnings,
  ...RESULTS_MEASURES.perShare,
  ...RESULTS_MEASURES.topLine,
]

/** A share count is a table line, not a sentence; the results paragraphs state the rest of the catalogue's core. */
function writtenAbout(definition: MeasureDefinition): boolean {
  return definition.kind !== 'count' && !STATED_IN_RESULTS.includes(definition.id)
}

/**
 * "The Company reported gross profit of $17.2 million for the quarter; gross profit increased 21%
 * from the same quarter in fiscal 2025 and increased 8% from the previous quarter." A ratio's
 * comparison states both levels itself: "Gross margin improved 2.5 percentage points to 40.5% …".
 */
function periodSentence(
  input: OtherMeasuresInput,
  definition: MeasureDefinition,
  current: PeriodKey,
  priors: readonly (readonly [PeriodKey, ComparisonPair])[],
): Inline[] {
  const { has } = input
  const id = definition.id
  const opening: Inline[] =
    current === 'quarter' ? [] : ['For ', rich.period(current), ', ']
  if (!has(id, current)) {
    // Nothing to compare with: each prior figure is stated by its own period.
    return priors
      .filter(([period]) => has(id, period))
      .flatMap(([period], index) => [
        ...(index === 0 ? [] : [' ']),
        // A quarter's name takes its article here; a year to date's name has its own.
        period === 'yearAgoYearToDate' ? 'For ' : 'For the ',
        rich.period(period),
        ', the Company reported ',
        rich.result(period, id),
        '.',
      ])
  }
  const compared = priors.filter(([period]) => has(id, period))
  const comparisons: Inline[] = compared.flatMap(([, pair], index) =>
    index === 0
      ? [rich.comparison(id, pair, true, opening.length === 0 && definition.kind === 'ratio' ? 'sentence' : 'asIs')]
      : [' and ', rich.comparison(id, pair)],
  )
  const when = current === 'quarter' ? ' for the quarter' : ''
  const reported: Inline[] = [
    opening.length === 0 ? 'The Company reported ' : 'the Company reported ',
    rich.result(current, id),
    when,
  ]
  // A ratio's comparison names both levels: stating the level first would say it twice. Each
  // comparison is a sentence of its own, so that its points sit beside its own two levels.
  // The comparison names a year to date itself ("Gross margin for the first six months of fiscal
  // 2026 improved …"), so it takes no opening.
  if (definition.kind === 'ratio' && comparisons.length > 0)
    return compared.flatMap(([, pair], index) => [
      ...(index === 0 ? [] : [' ']),
      rich.comparison(id, pair, true, 'sentence'),
      '.',
    ])
  return [...opening, ...reported, ...(comparisons.length === 0 ? [] : ['; ', ...comparisons]), '.']
}

function measureSentences(input: OtherMeasuresInput, definition: MeasureDefinition): Inline[] {
  const quarter = periodSentence(input, definition, 'quarter', [
    ['yearAgoQuarter', 'yearAgoQuarter'],
    ['previousQuarter', 'previousQuarter'],
  ])
  // At the first quarter the year to date is the quarter; a balance at the year to date is the quarter's end balance.
  const balance = definition.kind === 'money' && !definition.additive
  const year =
    input.quarter === 1 || balance
      ? []
      : periodSentence(input, definition, 'yearToDate', [['yearAgoYearToDate', 'yearAgoYearToDate']])
  return [...quarter, ...(quarter.length > 0 && year.length > 0 ? [' '] : []), ...year]
}

function paragraphOf(input: OtherMeasuresInput, group: readonly MeasureDefinition[]): ParagraphNode | null {
  const sentences = group
    .map((definition) => measureSentences(input, definition))
    .filter((sentence) => sentence.length > 0)
  if (sentences.length === 0) return null
  return rich.paragraph(...sentences.flatMap((sentence, index) => (index === 0 ? sentence : [' ', ...sentence])))
}

/**
 * A paragraph for each measure of the release the results paragraphs do not state, in the
 * release's order: one for all segments of a parent, and a non-GAAP measure only after the GAAP
 * measure it reconciles to (Regulation G: never more prominent, never first).
 */
export function otherMeasureParagraphs(input: OtherMeasuresInput): ParagraphNode[] {
  const chosen = input.measures.filter(writtenAbout)
  const gaapFirst = [...chosen.filter((d) => d.gaap), ...chosen.filter((d) => !d.gaap)]
  const groups: MeasureDefinition[][] = []
  const byParent = new Map<MeasureId, MeasureDefinition[]>()
  for (const definition of gaapFirst) {
    if (definition.parent === null) {
      groups.push([definition])
      continue
    }
    const group = byParent.get(definition.parent)
    if (group === undefined) {
      const created = [definition]
      byParent.set(definition.parent, created)
      groups.push(created)
    } else group.push(definition)
  }
  return groups
    .map((group) => paragraphOf(input, group))
    .filter((paragraph): paragraph is ParagraphNode => paragraph !== null)
}
