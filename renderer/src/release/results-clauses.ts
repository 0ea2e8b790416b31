import { builtInMeasure, MEASURE_CATALOGUE } from './measure-catalogue'
import type { MeasureDefinition, MeasureId } from './measure-definition'
import type { PeriodKey } from './measures'
import { rich } from './narrative-builders'
import type { InlineNode } from './narrative-schema'

/** The standard template's results sentences, clause by clause, from whichever figures were given. */

export type Inline = InlineNode | string

/** Whether the template writes about a figure. */
export type Reported = (measure: Measure, period: PeriodKey) => boolean

/**
 * The measures of the results sentences, by the part each plays in "a net loss of $(168,000) or
 * $(0.02) per share on revenue of $5.6 million": read from the definitions, not from their ids.
 */
export interface ResultsMeasures {
  /** Money whose negative is a loss: net income. */
  readonly earnings: readonly Measure[]
  readonly perShare: readonly Measure[]
  /** The measure the house style calls sales or revenue. */
  readonly topLine: readonly Measure[]
}

type Measure = MeasureId

function resultsMeasures(): ResultsMeasures {
  const chosen = MEASURE_CATALOGUE.filter((definition) => definition.inResultsParagraph)
  const ids = (keep: (definition: MeasureDefinition) => boolean): Measure[] =>
    chosen.filter(keep).map((definition) => definition.id)
  return {
    earnings: ids((d) => d.kind === 'money' && d.narrowsAndWidens && !d.subject.followsRevenueWord),
    perShare: ids((d) => d.kind === 'perShare'),
    topLine: ids((d) => d.subject.followsRevenueWord),
  }
}

export const RESULTS_MEASURES = resultsMeasures()

/** The words a clause names a measure by: "revenue", or the name the person gave it ("net sales"). */
export type SubjectWords = (measure: Measure) => string
export const CATALOGUE_WORDS: SubjectWords = (measure) => builtInMeasure(measure).subject.positive

/** Which measures a clause may state for a period: all but those stated elsewhere. */
export type Included = (measure: Measure) => boolean
export const EVERY: Included = () => true

/** The words of one period's results and the measures they state. */
export interface Clause {
  readonly words: readonly Inline[]
  readonly measures: readonly Measure[]
}

/**
 * "a net loss of $(168,000) or $(0.02) per share on revenue of $5.6 million", with whatever was
 * reported: "diluted loss per share of $(0.02) on revenue of $5.6 million", "revenue of $5.6 million";
 * nothing when the period has none of them.
 */
export function resultClause(
  has: Reported,
  period: PeriodKey,
  included: Included = EVERY,
  named: SubjectWords = CATALOGUE_WORDS,
): Clause {
  const given = (measures: readonly Measure[]): Measure[] =>
    measures.filter((measure) => included(measure) && has(measure, period))
  const parts: Inline[] = []
  for (const measure of given(RESULTS_MEASURES.earnings))
    parts.push(...(parts.length === 0 ? [] : [' and ']), rich.result(period, measure))
  for (const measure of given(RESULTS_MEASURES.perShare)) {
    // After the earnings the sign is theirs ("a net loss of … or $(0.02) per share"); alone it needs its own words.
    if (parts.length === 0) parts.push(rich.result(period, measure))
    else parts.push(' or ', rich.amount(measure, period), ' per share')
  }
  for (const measure of given(RESULTS_MEASURES.topLine)) {
    const words = `${named(measure)} of `
    parts.push(parts.length === 0 ? words : ` on ${words}`, rich.amount(measure, period))
  }
  const measures = [
    ...given(RESULTS_MEASURES.earnings),
    ...given(RESULTS_MEASURES.perShare),
    ...given(RESULTS_MEASURES.topLine),
  ]
  return { words: parts, measures }
}

/**
 * "A for the quarter, compared with B for the same quarter a year ago and C for the previous quarter",
 * from what was given. A period that shares no measure with the first is not "compared with" it
 * (a net loss is no comparison for revenue): it is simply added.
 */
export function comparedClauses(stated: readonly (readonly [Clause, string])[]): Inline[] {
  const given = stated.filter(([clause]) => clause.words.length > 0)
  const first = given[0]?.[0].measures ?? []
  let compared = false
  return given.flatMap(([clause, when], index) => {
    const comparable = clause.measures.some((measure) => first.includes(measure))
    const joint = index === 0 ? '' : comparable && !compared ? ', compared with ' : ' and '
    if (index > 0 && comparable) compared = true
    return [...(joint === '' ? [] : [joint]), ...clause.words, when]
  })
}
