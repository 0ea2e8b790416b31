import type { CalendarDate } from '../../calendar-date'
import type { Measure, PeriodKey } from '../../measures'
import type { ClaimContext } from './context'
import { measureBefore, words } from './context'
import { definitionIn, perShareMeasureOf, withinDays } from './facts-index'
import type { AmountToken } from './number-tokens'
import type { MeasureToken } from './word-tokens'

/**
 * An amount the words state as a measure's figure: "net loss for the quarter was 3 cents per
 * diluted share", "a loss of 9 cents per share a year earlier", "$88,000, or 5 cents per share".
 */
export interface AmountSubject {
  readonly measure: Measure
  /** The measure word that names it, whose polarity ("net loss", "earnings") gives the amount its sign. */
  readonly subject: MeasureToken
  /** The periods the amount may be a figure of: those the words name, else this quarter and the year to date. */
  readonly periods: readonly PeriodKey[]
  /** True when the words name the period. */
  readonly stated: boolean
}

// Words of a period between a measure and its amount: "for the first fiscal quarter", "in 2007", "for the six months ended June 30, 2006".
const PERIOD_WORD = String.raw`(?:the|this|its|our|first|second|third|fourth|1st|2nd|3rd|4th|fiscal|quarter|three|six|nine|twelve|months?|year|full|current|period|ended|ending|of|q[1-4]|[1-4]q|\d{1,4},?|[a-z]+-(?:quarter|months?|year)|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)`
const PERIOD_PHRASE = String.raw`(?:\s*,?\s+(?:for|in|during)\s+(?:${PERIOD_WORD}\s+){0,8}?${PERIOD_WORD},?)?`
const LINK = String.raw`\s*(?:(?:\s(?:of|was|were|is|totaled|totalled|totaling|totalling|amounted\s+to|came\s+(?:in\s+)?(?:at|to)|reached))|:)`
const HEDGE = String.raw`(?:\s+(?:approximately|about|nearly|almost|roughly|negative|minus))?`
// "total operating expenses, before depreciation and amortization, amounted to": the comma that closes a qualifier.
const LINKED = new RegExp(String.raw`^(?:\s*\(loss\))?,?${PERIOD_PHRASE}${LINK}${HEDGE}\s*$`, 'i')
// "$88,000, or 5 cents per diluted share", "$7.3 million, or a loss of 6 cents": the per-share amount of the result just stated.
const CHAINED =
  /^\s*,?\s*(?:or|and)\s+(?:(?:a|an)\s+)?(?:(?:net\s+)?(?:loss|income|earnings|profit)\s+of\s+)?(?:negative\s+|minus\s+)?$/i
const PRIOR_BEFORE =
  /\b(?:compared?\s+(?:with|to)|compares\s+(?:with|to)|comparing\s+(?:with|to)|versus|vs\.?|against|from|over)\s+(?:(?:a|an|the)\s+)?$/i
const THIS_QUARTER =
  /\b(?:for|in|during)\s+the\s+(?:current\s+|latest\s+|fiscal\s+)?quarter\b(?!\s+end)|\bthis\s+quarter\b/i
const BARE_YEAR = /\b(?:in|for|of|during)\s+(?:calendar\s+)?((?:19|20)\d{2})\b/gi
// "…, a sequential decrease": an appositive starts a new claim ("a year ago" does not).
const APPOSITIVE = /,\s+(?:a|an)\s+(?!year\b)/i
// "The decrease in six-month revenue of $0.9 million": the amount is a change, not the figure.
const CHANGE_OF =
  /\b(?:increase|decrease|decline|growth|rise|drop|fall|change|improvement|reduction|gain)s?\s+in\s+(?:[\w'-]+\s+){0,4}$/i
// A bare result word after another metric ("operating loss of $29.7 million, versus a loss of $40.8 million") speaks of that metric.
const BARE_RESULT = /^(?:loss(?:es)?|earnings|profits?|income)$/i

/** A per-share amount: "5 cents", "$0.09 per share", "$(.03)"; never "$3.2 million", whatever words sit near it. */
function isPerShare(amount: AmountToken): boolean {
  // "Per share" words near an amount written to the dollar or in millions belong to another amount.
  if (!amount.scale.equals(1) || amount.unit.greaterThanOrEqualTo(1)) return false
  return amount.perShare || amount.unit.lessThanOrEqualTo('0.01')
}

function chainedAfter(context: ClaimContext, amount: AmountToken): AmountToken {
  let last = amount
  for (const next of context.sentence.amounts) {
    if (next.start < last.end) continue
    if (!isPerShare(next) || !CHAINED.test(words(context, last.end, next.start))) break
    last = next
  }
  return last
}

/** Where the words that may name the amount's period end: before the next claim of the sentence. */
function windowEnd(context: ClaimContext, amount: AmountToken): number {
  const { sentence } = context
  const chainEnd = chainedAfter(context, amount).end
  let end = sentence.range.end
  const perShareWords = (measure: MeasureToken): boolean =>
    measure.measure !== null &&
    definitionIn(context.index, measure.measure).kind === 'perShare' &&
    sentence.amounts.some((other) => measure.start >= other.end && measure.start - other.end <= 3)
  for (const token of [...sentence.measures, ...sentence.percents, ...sentence.directions]) {
    if (token.start < chainEnd || token.start >= end) continue
    if (token.kind === 'measure' && perShareWords(token)) continue
    end = token.start
  }
  for (const other of sentence.amounts)
    if (other.start >= chainEnd && other.start < end) end = other.start
  const appositive = APPOSITIVE.exec(words(context, amount.end, end))
  return appositive === null ? end : amount.end + appositive.index
}

type Time = 'current' | 'ago'

function dateTime(context: ClaimContext, date: CalendarDate): Time | 'other' {
  const [end] = context.index.exactDates
  if (end === undefined) return 'other'
  if (withinDays(date, end, 10)) return 'current'
  const yearAgo = { ...end, year: end.year - 1, day: Math.min(end.day, 28) }
  return withinDays(date, yearAgo, 10) ? 'ago' : 'other'
}

function yearTime(context: ClaimContext, year: number): Time | 'other' {
  if (year === context.index.fiscalYear) return 'current'
  return year === context.index.fiscalYear - 1 ? 'ago' : 'other'
}

/** The periods the words from `from` to `to` name, 'other' for a period the release has no figures for, or null when they name none. */
export function periodsOfWords(
  context: ClaimContext,
  from: number,
  to: number,
): readonly PeriodKey[] | 'other' | null {
  const { pairs, quarters, others } = context.sentence
  const inside = <T extends { readonly start: number }>(list: readonly T[]): T[] =>
    list.filter((entry) => entry.start >= from && entry.start < to)
  const { quarter, fiscalYear, previous } = context.index
  const times: (Time | 'other')[] = []
  let span: 'quarter' | 'toDate' | 'year' | null = null
  let previousQuarter = false
  let generic = false
  for (const token of inside(pairs)) {
    if (token.pair === 'previousQuarter') previousQuarter = true
    else if (token.pair === 'yearAgoYearToDate') span = 'toDate'
    else {
      times.push('ago')
      if (token.pair === 'yearAgoQuarter') span = 'quarter'
      else generic = true
    }
  }
  for (const ref of inside(quarters)) {
    if (ref.quarter === previous.quarter && ref.quarter !== quarter) {
      if (ref.year === null || ref.year === previous.year) previousQuarter = true
      else times.push('other')
      continue
    }
    if (ref.quarter !== quarter) times.push('other')
    else if (ref.year !== null)
      times.push(
        ref.year === fiscalYear ? 'current' : ref.year === fiscalYear - 1 ? 'ago' : 'other',
      )
    span = 'quarter'
  }
  for (const ref of inside(others)) {
    if (ref.kind === 'span') span = ref.months > 3 ? 'toDate' : 'quarter'
    else if (ref.kind === 'date') times.push(dateTime(context, ref.date))
    else if (ref.kind === 'year') {
      times.push(yearTime(context, ref.year))
      span ??= 'year'
    }
  }
  const text = words(context, from, to)
  for (const match of text.matchAll(BARE_YEAR)) {
    times.push(yearTime(context, Number(match[1])))
    span ??= 'year'
  }
  if (span === null && THIS_QUARTER.test(text)) span = 'quarter'
  if (times.includes('other') || (times.includes('ago') && times.includes('current')))
    return 'other'
  if (previousQuarter) return times.length === 0 ? ['previousQuarter'] : 'other'
  const ago = times.includes('ago')
  // A whole fiscal year is the year to date only in a fourth-quarter release.
  if (span === 'year') {
    if (quarter !== 4) return 'other'
    return [ago ? 'yearAgoYearToDate' : 'yearToDate']
  }
  if (span === 'quarter') return [ago ? 'yearAgoQuarter' : 'quarter']
  if (span === 'toDate') return [ago ? 'yearAgoYearToDate' : 'yearToDate']
  if (ago) return generic ? ['yearAgoQuarter', 'yearAgoYearToDate'] : ['yearAgoQuarter']
  return times.includes('current') ? ['quarter', 'yearToDate'] : null
}

/** The measure an amount named by these words is a figure of: "net income of $0.02 per share" is EPS. */
function subjectMeasure(context: ClaimContext, token: MeasureToken, amount: AmountToken): Measure | null {
  if (token.measure === null) return null
  const { kind } = definitionIn(context.index, token.measure)
  if (isPerShare(amount))
    return kind === 'perShare' ? token.measure : perShareMeasureOf(context.index, token.measure)
  return kind === 'money' ? token.measure : null
}

function chainStart(context: ClaimContext, amount: AmountToken): AmountToken | null {
  if (!isPerShare(amount)) return null
  const previous = [...context.sentence.amounts]
    .reverse()
    .find((entry) => entry.end <= amount.start)
  if (previous === undefined || !CHAINED.test(words(context, previous.end, amount.start)))
    return null
  return previous
}

// An amount's subject depends on its sentence's words and the release's period, not on the
// figures: a paragraph whose words did not change keeps its tokens, and its amounts' subjects too.
const SUBJECTS = new WeakMap<
  AmountToken,
  { readonly period: string; readonly subject: AmountSubject | null }
>()

function periodKey(context: ClaimContext): string {
  const { quarter, fiscalYear, previous, exactDates } = context.index
  const end = exactDates[0]
  return `${quarter}|${fiscalYear}|${previous.quarter}|${previous.year}|${end === undefined ? '' : `${end.year}-${end.month}-${end.day}`}`
}

/** The measure and period an amount is stated as, when the words tie it to a measure of the release. */
export function amountSubject(context: ClaimContext, amount: AmountToken): AmountSubject | null {
  const period = periodKey(context)
  const kept = SUBJECTS.get(amount)
  if (kept !== undefined && kept.period === period) return kept.subject
  const subject = readSubject(context, amount, 0)
  SUBJECTS.set(amount, { period, subject })
  return subject
}

function readSubject(
  context: ClaimContext,
  amount: AmountToken,
  depth: number,
): AmountSubject | null {
  const { sentence } = context
  const near = measureBefore(context, amount.start)
  if (near === undefined || amount.start - near.end > 100) return null
  const chained = depth === 0 ? chainStart(context, amount) : null
  let token = near
  let chainedFrom: AmountSubject | null = null
  if (chained !== null) {
    chainedFrom = readSubject(context, chained, depth + 1)
    if (chainedFrom === null || perShareMeasureOf(context.index, chainedFrom.measure) === null)
      return null
    // "…, or a loss of 6 cents": the chain's own result word gives the sign.
    token = near.start > chained.end ? near : chainedFrom.subject
  } else {
    const between = (list: readonly { readonly start: number }[]): boolean =>
      list.some((entry) => entry.start >= near.end && entry.start < amount.start)
    if (between(sentence.amounts) || between(sentence.percents) || between(sentence.directions))
      return null
    if (!LINKED.test(words(context, near.end, amount.start))) return null
    if (CHANGE_OF.test(words(context, Math.max(sentence.range.start, near.start - 60), near.start)))
      return null
    if (
      BARE_RESULT.test(near.words) &&
      sentence.measures.some((other) => other.end <= near.start && other.measure === null)
    )
      return null
  }
  const measure = subjectMeasure(context, chainedFrom?.subject ?? token, amount)
  if (measure === null) return null
  const attached = Math.max(sentence.range.start, token.start - 25)
  const own = periodsOfWords(context, attached, windowEnd(context, amount))
  if (own === 'other') return null
  if (own !== null) return { measure, subject: token, periods: own, stated: true }
  if (chainedFrom !== null) return { ...chainedFrom, measure, subject: token }
  // "Compared with net income of $73,000": a prior figure, whose period the words must name.
  const before = words(context, Math.max(sentence.range.start, token.start - 30), token.start)
  if (PRIOR_BEFORE.test(before)) return null
  const fronted = periodsOfWords(context, sentence.range.start, attached)
  if (fronted === 'other') return null
  if (fronted !== null) {
    if (fronted.some((period) => period !== 'quarter' && period !== 'yearToDate')) return null
    return { measure, subject: token, periods: fronted, stated: true }
  }
  return { measure, subject: token, periods: ['quarter', 'yearToDate'], stated: false }
}
