import { assertNever } from './assert-never'
import { formatPercent } from './amount-format'
import { boundBelow } from './bounds'
import { roundHalfUp } from './decimal'
import type { Dec } from './decimal'
import { capitalize, fiscalYearName } from './fiscal-calendar'
import type { HouseStyle, WordingStyle } from './house-style'
import type { MeasureDefinition } from './measure-definition'
import type { ComparisonPair, PeriodKey } from './measures'
import { formatMeasureAmount, subjectFor, theYearToDate } from './wording'
import type { WordingPeriod } from './wording'
import { ratioChangePredicate, ratioChangeWords } from './ratio-wording'

/** One measure's figures for the five periods; null where not given. */
export type MeasureRow = Readonly<Record<PeriodKey, Dec | null>>

/** What the optional paragraph about one chosen measure is written from. */
export interface MeasureParagraphInput {
  readonly definition: MeasureDefinition
  readonly row: MeasureRow
  readonly style: HouseStyle
  /** The wording of each comparison; the definition's default where the house style has none for the measure. */
  readonly wording: Readonly<Record<ComparisonPair, WordingStyle>>
  readonly period: WordingPeriod
}

/** A balance (backlog, cash) is stated at a date; a flow (sales, gross profit) for a period. */
function isBalance(definition: MeasureDefinition): boolean {
  return definition.kind === 'money' && !definition.additive
}

function isLoss(value: Dec): boolean {
  return value.isNegative() && !value.isZero()
}

/** "an increase of 17%", "a decrease of more than 15%", "17% ahead", by the house style's wording of the pair. */
function percentChangeWords(percent: Dec, wording: WordingStyle, decimals: number): string | null {
  const magnitude = percent.abs()
  if (roundHalfUp(magnitude, decimals).isZero()) return 'essentially unchanged'
  const increase = percent.isPositive()
  const noun = increase ? 'an increase of' : 'a decrease of'
  const shown = formatPercent(magnitude, decimals)
  switch (wording) {
    case 'exact':
      return `${noun} ${shown}`
    case 'approximate':
      return `${noun} approximately ${shown}`
    case 'relative':
      return `${shown} ${increase ? 'ahead' : 'behind'}`
    case 'bounded': {
      const bound = boundBelow(magnitude, increase)
      switch (bound.kind) {
        case 'moreThan':
          return `${noun} more than ${formatPercent(bound.percent, 0)}`
        case 'moreThanDoubled':
          return 'more than double'
        case 'moreThanTripled':
          return 'more than triple'
        case 'lessThanOne':
          return `${noun} less than 1%`
        case 'none':
          return `${noun} ${shown}`
        default:
          return assertNever(bound)
      }
    }
    default:
      return assertNever(wording)
  }
}

/**
 * The change from prior to current, or null where no percent is honest: a zero base, or a profit
 * against a loss (the words of the two amounts say the swing). Two losses compare their sizes, so
 * "an operating loss of $0.3 million, compared with $0.5 million, a decrease of 40%" reads rightly.
 */
function changeWords(
  input: MeasureParagraphInput,
  current: Dec,
  prior: Dec,
  pair: ComparisonPair,
): string | null {
  if (prior.isZero() || isLoss(current) !== isLoss(prior)) return null
  const percent = current.abs().minus(prior.abs()).dividedBy(prior.abs()).times(100)
  return percentChangeWords(percent, input.wording[pair], input.style.percentDecimals)
}

/** The prior amount, named again where its sign words differ from the current one's ("compared with operating income of $0.2 million"). */
function priorAmount(input: MeasureParagraphInput, current: Dec, prior: Dec): string {
  const amount = formatMeasureAmount(prior, input.definition, input.style)
  const same = subjectFor(current, input.definition) === subjectFor(prior, input.definition)
  return same ? amount : `${subjectFor(prior, input.definition)} of ${amount}`
}

function when(input: MeasureParagraphInput, period: PeriodKey): string {
  const { quarter, fiscalYear } = input.period
  const balance = isBalance(input.definition)
  const lastYear = fiscalYearName(fiscalYear - 1)
  switch (period) {
    case 'quarter':
      return balance ? 'at the end of the quarter' : 'for the quarter'
    case 'previousQuarter':
      return balance ? 'at the end of the previous quarter' : 'in the previous quarter'
    case 'yearAgoQuarter':
      return balance
        ? `at the end of the same quarter of ${lastYear}`
        : `in the same quarter of ${lastYear}`
    case 'yearToDate':
      return `for ${theYearToDate(quarter, fiscalYear)}`
    case 'yearAgoYearToDate':
      return `for ${theYearToDate(quarter, fiscalYear - 1)}`
    default:
      return assertNever(period)
  }
}

/** A prior period as the object of "from 38.0% in …": "the same quarter of fiscal 2025". */
function priorWords(input: MeasureParagraphInput, period: PeriodKey): string {
  return when(input, period).replace(/^(in|at|for) /, '')
}

/** Whether the sentence opens on its subject ("Gross profit was …") or on its period ("For the first six months of fiscal 2006, gross profit was …"). */
type Opening = 'subject' | 'period'

/** "gross profit was $2.1 million for the quarter", or after a period opening, "gross profit was $4.0 million". */
function statement(
  input: MeasureParagraphInput,
  value: Dec,
  period: PeriodKey,
  opening: Opening,
): string {
  const verb = input.definition.subject.plural ? 'were' : 'was'
  const stated = `${subjectFor(value, input.definition)} ${verb} ${formatMeasureAmount(value, input.definition, input.style)}`
  return opening === 'subject' ? `${stated} ${when(input, period)}` : stated
}

function opened(
  input: MeasureParagraphInput,
  period: PeriodKey,
  opening: Opening,
  rest: string,
): string {
  return opening === 'subject' ? capitalize(rest) : `${capitalize(when(input, period))}, ${rest}`
}

/** "Gross profit was $2.1 million for the quarter, compared with $1.8 million in the same quarter of fiscal 2005, an increase of 17%". */
function periodSentence(
  input: MeasureParagraphInput,
  current: PeriodKey,
  priors: readonly (readonly [PeriodKey, ComparisonPair])[],
  opening: Opening,
): string | null {
  const value = input.row[current]
  const given = priors.flatMap(([period, pair]) => {
    const prior = input.row[period]
    return prior === null ? [] : [{ period, pair, prior }]
  })
  if (value === null) {
    // Nothing to compare with: each prior figure is stated by its own period.
    if (given.length === 0) return null
    const stated = given.map(({ period, prior }) => statement(input, prior, period, 'subject'))
    return capitalize(stated.join(', and '))
  }
  if (input.definition.kind === 'ratio' && given.length > 0) {
    // A ratio's change is in points, and its words state both levels.
    const changes = given.map(({ period, prior }, index) =>
      (index === 0 ? ratioChangeWords : ratioChangePredicate)(
        input.definition,
        value,
        prior,
        priorWords(input, period),
        input.style,
      ),
    )
    return opening === 'subject'
      ? capitalize(changes.join(' and '))
      : `${capitalize(when(input, current))}, ${changes.join(' and ')}`
  }
  const compared = given.map(({ period, pair, prior }, index) => {
    const change = changeWords(input, value, prior, pair)
    const joint = index === 0 ? ', compared with' : ' and'
    return `${joint} ${priorAmount(input, value, prior)} ${when(input, period)}${change === null ? '' : `, ${change}`}`
  })
  return opened(
    input,
    current,
    opening,
    `${statement(input, value, current, opening)}${compared.join('')}`,
  )
}

/**
 * The optional paragraph about one chosen measure (gross profit, operating income, EBITDA, backlog,
 * cash …), in the house style, stating every figure given; null when none is. Generic over the
 * definition: its subject words, its negative's words, singular or plural, flow or balance.
 */
export function measureParagraph(input: MeasureParagraphInput): string | null {
  const quarterSentence = periodSentence(
    input,
    'quarter',
    [
      ['yearAgoQuarter', 'yearAgoQuarter'],
      ['previousQuarter', 'previousQuarter'],
    ],
    'subject',
  )
  // A balance at the year to date is the quarter's end balance, and at the first quarter the year to date is the quarter.
  const withYearToDate = !isBalance(input.definition) && input.period.quarter !== 1
  const yearSentence = withYearToDate
    ? periodSentence(input, 'yearToDate', [['yearAgoYearToDate', 'yearAgoYearToDate']], 'period')
    : null
  const sentences = [quarterSentence, yearSentence].filter(
    (sentence): sentence is string => sentence !== null,
  )
  return sentences.length === 0 ? null : sentences.map((sentence) => `${sentence}.`).join(' ')
}
