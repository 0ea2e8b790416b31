import { assertNever } from './assert-never'
import { formatAmount, formatPercent, signedStyle } from './amount-format'
import { boundBelow } from './bounds'
import type { Comparison } from './comparisons'
import { roundHalfUp } from './decimal'
import type { Dec } from './decimal'
import { fiscalYearName, quarterOfYear, yearToDateName } from './fiscal-calendar'
import type { QuarterNumber } from './fiscal-calendar'
import type { HouseStyle, WordingStyle } from './house-style'
import { MEASURE_CATALOGUE } from './measure-catalogue'
import type { MeasureDefinition } from './measure-definition'
import type { ComparisonPair } from './measures'
import { ratioChangePredicate } from './ratio-wording'

/** Where the release sits, as the wording needs it. */
export interface WordingPeriod {
  readonly quarter: QuarterNumber
  readonly fiscalYear: number
}

/** "the first six months of fiscal 2006"; at the fourth quarter "fiscal year 2006". */
export function theYearToDate(quarter: QuarterNumber, year: number): string {
  return quarter === 4 ? yearToDateName(quarter, year) : `the ${yearToDateName(quarter, year)}`
}

/** What the current figure is compared with: "the previous quarter", "the same quarter in fiscal 2005". */
export function priorPhrase(pair: ComparisonPair, period: WordingPeriod): string {
  switch (pair) {
    case 'previousQuarter':
      return 'the previous quarter'
    case 'yearAgoQuarter':
      return `the same quarter in ${fiscalYearName(period.fiscalYear - 1)}`
    case 'yearAgoYearToDate':
      return period.quarter === 1
        ? `the ${quarterOfYear(1, period.fiscalYear - 1)}`
        : theYearToDate(period.quarter, period.fiscalYear - 1)
    default:
      return assertNever(pair)
  }
}

/** "a net loss of $(168,000)" or "a net income of $73,000"; "an operating loss of …". */
export function resultPhrase(value: Dec, style: HouseStyle, measure: MeasureDefinition): string {
  const word = resultWord(value, measure)
  const article = /^[aeiou]/i.test(word) ? 'an' : 'a'
  return `${article} ${word} of ${formatAmount(value, measure.kind, style)}`
}

/** The amount as the house style writes it, for any kind of measure; a ratio is a percent to one decimal ("31.5%"). */
export function formatMeasureAmount(
  value: Dec,
  definition: MeasureDefinition,
  style: HouseStyle,
): string {
  // A negative without words of its own ("EBITDA") keeps its parentheses even where losses are written in words.
  const shown = definition.subject.negative === null ? signedStyle(style) : style
  return definition.kind === 'ratio'
    ? formatPercent(value, Math.max(1, style.percentDecimals))
    : formatAmount(value, definition.kind, shown)
}

/** The subject for a value: "net loss" for a negative net income, "gross profit", "diluted earnings per share". */
export function subjectFor(value: Dec, definition: MeasureDefinition): string {
  const negative = definition.subject.negative
  return isLoss(value) && negative !== null ? negative : definition.subject.positive
}

/**
 * A figure with the words its sign takes: "a net loss of $(168,000)", "diluted loss per share of
 * $(0.02)", "revenue of $5.6 million". Money with a word for its negative takes an article, as
 * "a net income of" always has; a per-share amount or revenue does not.
 */
export function measureResultPhrase(
  definition: MeasureDefinition,
  value: Dec,
  style: HouseStyle,
): string {
  const subject = subjectFor(value, definition)
  const article =
    definition.kind === 'money' && definition.subject.negative !== null
      ? /^[aeiou]/i.test(subject)
        ? 'an '
        : 'a '
      : ''
  return `${article}${subject} of ${formatMeasureAmount(value, definition, style)}`
}

/** "net loss" or "net income". */
export function resultWord(value: Dec, measure: MeasureDefinition): string {
  const { positive, negative } = measure.subject
  return value.isNegative() && !value.isZero() ? (negative ?? positive) : positive
}

/**
 * The measure whose sign the release's "net income or loss" fields speak of: the GAAP measure that
 * swings between profit and loss, first in the catalogue's order. Adjusted net income swings too,
 * but it is never the net result; nor is operating income where net income is given.
 */
export function resultMeasure(measures: readonly MeasureDefinition[]): MeasureDefinition | undefined {
  const swinging = measures.filter(
    (measure) => measure.subject.swing !== null && measure.kind === 'money' && measure.gaap,
  )
  // The bottom line wins wherever the grid lists it: the catalogue orders net income before operating income.
  const rank = (measure: MeasureDefinition): number => {
    const index = MEASURE_CATALOGUE.findIndex((known) => known.id === measure.id)
    return index === -1 ? MEASURE_CATALOGUE.length : index
  }
  return [...swinging].sort((a, b) => rank(a) - rank(b))[0]
}

function isLoss(value: Dec): boolean {
  return value.isNegative() && !value.isZero()
}

/** The grammatical subject of a comparison, and whether it takes "were" or "was". */
export function comparisonSubject(
  comparison: Comparison,
  style: HouseStyle,
): { readonly words: string; readonly plural: boolean } {
  const { subject } = comparison.definition
  if (comparison.kind === 'swing' && subject.swing !== null)
    return { words: subject.swing, plural: true }
  const loss =
    comparison.kind === 'change' && (isLoss(comparison.current) || isLoss(comparison.prior))
  if (subject.followsRevenueWord)
    return { words: style.revenueWord, plural: style.revenueWord === 'sales' }
  // Stated as levels ("gross profit was $0, compared with a gross loss of …"): the subject is the current figure's.
  if (comparison.kind !== 'unavailable' && statedAsLevels(comparison))
    return { words: subjectFor(comparison.current, comparison.definition), plural: subject.plural }
  return { words: loss ? (subject.negative ?? subject.positive) : subject.positive, plural: subject.plural }
}

/**
 * Whether a change is worded by its two levels rather than a direction: a loss with a word of its
 * own that neither narrows nor widens (a gross loss), against zero, a profit or another loss, has
 * no percent, and "gross loss increased to $0 from $1" would read backwards.
 */
function statedAsLevels(comparison: Exclude<Comparison, { kind: 'unavailable' }>): boolean {
  const { definition } = comparison
  const loss = isLoss(comparison.current) || isLoss(comparison.prior)
  if (definition.subject.negative === null || !loss) return false
  if (!definition.narrowsAndWidens) return comparison.kind === 'swing' || comparison.percent === null
  // A loss against zero ("operating loss narrowed to $0 from $1"), or a non-GAAP loss without a
  // percent, would read its amounts as profits: each level is named with its own words instead.
  // A GAAP loss against another keeps "net loss narrowed to $3.2 million from $4.3 million".
  // A non-GAAP swing with no words of its own: "decreased to an adjusted diluted loss per share of
  // $0.01 from $0.01" would lend the loss's words to the profit after it.
  if (comparison.kind === 'swing') return !definition.gaap && definition.subject.swing === null
  if (comparison.percent !== null) return false
  // A GAAP loss per share keeps its parentheses ("widened to $(0.02) from $0.00"), so its sign shows.
  const againstZero = comparison.current.isZero() || comparison.prior.isZero()
  return !definition.gaap || (definition.kind === 'money' && againstZero)
}

/** "was $0, compared with a gross loss of $1 in the previous quarter", after the current figure's subject. */
function levelsWords(
  comparison: Exclude<Comparison, { kind: 'unavailable' }>,
  be: string,
  prior: string,
  style: HouseStyle,
): string {
  const { definition } = comparison
  return `${be} ${formatMeasureAmount(comparison.current, definition, style)}, compared with ${resultPhrase(comparison.prior, style, definition)} in ${prior}`
}

/**
 * The period a ratio's level belongs to, after its subject, where the sentence would otherwise
 * read as the quarter's: "operating margin for the first six months of fiscal 2026 improved …".
 */
function ownPeriod(comparison: Comparison, period: WordingPeriod): string {
  return comparison.definition.kind === 'ratio' &&
    comparison.kind !== 'unavailable' &&
    comparison.pair === 'yearAgoYearToDate'
    ? ` for ${theYearToDate(period.quarter, period.fiscalYear)}`
    : ''
}

function percentWords(
  style: WordingStyle,
  magnitude: Dec,
  increase: boolean,
  be: string,
  prior: string,
  decimals: number,
): string {
  const verb = increase ? 'increased' : 'decreased'
  const shown = formatPercent(magnitude, decimals)
  switch (style) {
    case 'exact':
      return `${verb} ${shown} from ${prior}`
    case 'approximate':
      return `${verb} approximately ${shown} from ${prior}`
    case 'relative':
      return `${be} ${shown} ${increase ? 'ahead of' : 'behind'} ${prior}`
    case 'bounded': {
      const bound = boundBelow(magnitude, increase)
      switch (bound.kind) {
        case 'moreThan':
          return `${verb} by more than ${formatPercent(bound.percent, 0)} from ${prior}`
        case 'moreThanDoubled':
          return `more than doubled from ${prior}`
        case 'moreThanTripled':
          return `more than tripled from ${prior}`
        case 'lessThanOne':
          return `${verb} by less than 1% from ${prior}`
        case 'none':
          return `${verb} ${shown} from ${prior}`
        default:
          return assertNever(bound)
      }
    }
    default:
      return assertNever(style)
  }
}

/**
 * Words a comparison as releases do, ending with what it is compared with:
 * "increased by more than 50% from the previous quarter", "were 19% ahead of the same quarter in fiscal 2005",
 * "swung to a net loss of $(168,000) from a net income of $73,000 in the same quarter in fiscal 2005".
 */
export function comparisonPredicate(
  comparison: Comparison,
  wording: WordingStyle,
  style: HouseStyle,
  period: WordingPeriod,
): string {
  const prior = priorPhrase(comparison.pair, period)
  const subject = comparisonSubject(comparison, style)
  const be = subject.plural ? 'were' : 'was'
  const { definition } = comparison
  const { kind } = definition
  // A ratio's change is a difference of levels, in points: a percent of a percent misleads.
  if (kind === 'ratio' && comparison.kind !== 'unavailable')
    return ratioChangePredicate(definition, comparison.current, comparison.prior, prior, style)
  switch (comparison.kind) {
    case 'unavailable':
      return `[no comparison with ${prior}: ${comparison.missing.length === 2 ? 'both figures' : 'a figure'} not entered]`
    case 'swing': {
      if (statedAsLevels(comparison)) return levelsWords(comparison, be, prior, style)
      const shown = (value: Dec): string => formatAmount(value, kind, style)
      // Without signs the swing would read backwards ("decreased to $0.02 from $0.01"): the loss says
      // so in words. A measure with no word for its negative (EBITDA) keeps its parentheses instead.
      // A loss is named by its own words ("a gross loss of $3", "an adjusted diluted loss per share of
      // $0.03"): "a loss of" alone reads as the net loss or the GAAP loss per share.
      const negativeWord =
        definition.gaap && definition.kind === 'perShare' ? null : definition.subject.negative
      const lossWords =
        negativeWord === null ? 'a loss' : `${/^[aeiou]/i.test(negativeWord) ? 'an' : 'a'} ${negativeWord}`
      const signed = (value: Dec): string =>
        definition.subject.negative === null
          ? formatMeasureAmount(value, definition, style)
          : style.negative === 'words' && isLoss(value)
            ? `${lossWords} of ${shown(value)}`
            : shown(value)
      // Amounts too small to show apart, sign included: any direction word would contradict what the
      // reader sees. A loss of $0.02 and a profit of $0.02 are apart, though the house style writes both "$0.02".
      // A swing's words carry the sign: a net loss of $73,000 and a net income of $73,000 are apart.
      const apart =
        definition.subject.swing !== null
          ? resultPhrase(comparison.current, style, definition) !==
            resultPhrase(comparison.prior, style, definition)
          : signed(comparison.current) !== signed(comparison.prior)
      if (!apart) return `${be} essentially flat compared with ${prior}`
      if (definition.subject.swing === null) {
        const verb = comparison.direction === 'increase' ? 'increased' : 'decreased'
        return `${verb} to ${signed(comparison.current)} from ${signed(comparison.prior)} in ${prior}`
      }
      return `swung to ${resultPhrase(comparison.current, style, definition)} from ${resultPhrase(comparison.prior, style, definition)} in ${prior}`
    }
    case 'change': {
      if (comparison.direction === 'flat') return `${be} unchanged from ${prior}`
      const increase = comparison.direction === 'increase'
      if (statedAsLevels(comparison)) return levelsWords(comparison, be, prior, style)
      if (comparison.percent === null) {
        // From or to zero: a negative with no word for its loss (EBITDA) shows its sign.
        const shown = (value: Dec): string => formatMeasureAmount(value, definition, style)
        if (shown(comparison.current) === shown(comparison.prior))
          return `${be} essentially flat compared with ${prior}`
        const loss = isLoss(comparison.current) || isLoss(comparison.prior)
        // A loss per share, like a net loss, narrows or widens: "loss per share increased" would read backwards.
        const verb =
          definition.narrowsAndWidens && loss
            ? increase
              ? 'narrowed'
              : 'widened'
            : increase
              ? 'increased'
              : 'decreased'
        return `${verb} to ${shown(comparison.current)} from ${shown(comparison.prior)} in ${prior}`
      }
      const magnitude = comparison.percent.abs()
      if (roundHalfUp(magnitude, style.percentDecimals).isZero())
        return `${be} essentially flat compared with ${prior}`
      return percentWords(wording, magnitude, increase, be, prior, style.percentDecimals)
    }
    default:
      return assertNever(comparison)
  }
}

/** The comparison as a whole clause, with its subject: "sales increased 19% from the previous quarter". */
export function comparisonClause(
  comparison: Comparison,
  wording: WordingStyle,
  style: HouseStyle,
  period: WordingPeriod,
): string {
  return `${comparisonSubject(comparison, style).words}${ownPeriod(comparison, period)} ${comparisonPredicate(comparison, wording, style, period)}`
}
