import type { CalendarDate } from '../../calendar-date'
import { daysInMonth, MONTH_NAMES } from '../../calendar-date'
import type { QuarterNumber } from '../../fiscal-calendar'

/** A quarter named in the text: "second quarter of fiscal 2006", "Q3", "3Q06", "3rd-quarter06release". */
export interface QuarterRef {
  readonly kind: 'quarter'
  readonly start: number
  readonly end: number
  readonly quarter: QuarterNumber
  readonly year: number | null
  readonly form: 'word' | 'ordinal' | 'q' | 'nq'
}

/** "fiscal 2005", "fiscal year 2005", "FY05". */
export interface YearRef {
  readonly kind: 'year'
  readonly start: number
  readonly end: number
  readonly year: number
}

/** "first six months", "nine months ended", "six-month". */
export interface SpanRef {
  readonly kind: 'span'
  readonly start: number
  readonly end: number
  readonly months: number
}

/** "March 31, 2006". */
export interface DateRef {
  readonly kind: 'date'
  readonly start: number
  readonly end: number
  readonly date: CalendarDate
}

/** "2005 Annual Report", "Form 10-K for fiscal 2005". */
export interface AnnualReportRef {
  readonly kind: 'annualReport'
  readonly start: number
  readonly end: number
  readonly year: number
}

export type PeriodRef = QuarterRef | YearRef | SpanRef | DateRef | AnnualReportRef

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth'] as const
const ORDINAL_NUMBERS = ['1st', '2nd', '3rd', '4th'] as const

function quarterNumber(value: number): QuarterNumber | null {
  return value === 1 || value === 2 || value === 3 || value === 4 ? value : null
}

function fullYear(digits: string): number {
  const value = Number(digits)
  return digits.length === 2 ? 2000 + value : value
}

// A year after a quarter: "of fiscal 2006", " 2006", "-2006"; two digits only when attached ("quarter06"), after an apostrophe or after FY.
const FOUR_DIGIT_YEAR =
  /^(?:\s+(?:of|in|for)\s+|\s*,?\s*|[_-])(?:(?:fiscal|FY)[\s_-]*(?:year\s+)?)?((?:19|20)\d{2})(?!\d)/i
const TWO_DIGIT_YEAR = /^(?:[_-]?|\s*['\u2019]|[\s_-]*(?:fiscal|FY)[\s_-]*['\u2019]?)(\d{2})(?!\d)/i

function yearAfter(
  text: string,
  end: number,
): { readonly year: number | null; readonly end: number } {
  const after = text.slice(end, end + 30)
  const match = FOUR_DIGIT_YEAR.exec(after) ?? TWO_DIGIT_YEAR.exec(after)
  const digits = match?.[1]
  if (match === null || digits === undefined) return { year: null, end }
  return { year: fullYear(digits), end: end + match[0].length }
}

const WORD_QUARTER =
  /\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s_-]*(?:fiscal[\s_-]+)?quarter(?!ly)/gi
const Q_QUARTER = /\bQ([1-4])(?![A-Za-z])/g
const NQ_QUARTER = /\b([1-4])Q(?![A-Za-z])/g

/** Every quarter named in a text. */
export function quarterRefs(text: string): QuarterRef[] {
  const refs: QuarterRef[] = []
  for (const match of text.matchAll(WORD_QUARTER)) {
    const word = (match[1] ?? '').toLowerCase()
    const wordIndex = ORDINAL_WORDS.indexOf(word as (typeof ORDINAL_WORDS)[number])
    const index =
      wordIndex >= 0 ? wordIndex : ORDINAL_NUMBERS.indexOf(word as (typeof ORDINAL_NUMBERS)[number])
    const quarter = quarterNumber(index + 1)
    if (quarter === null) continue
    const year = yearAfter(text, match.index + match[0].length)
    refs.push({
      kind: 'quarter',
      start: match.index,
      end: year.end,
      quarter,
      year: year.year,
      form: wordIndex >= 0 ? 'word' : 'ordinal',
    })
  }
  for (const [pattern, form] of [
    [Q_QUARTER, 'q'],
    [NQ_QUARTER, 'nq'],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const quarter = quarterNumber(Number(match[1]))
      if (quarter === null) continue
      const year = yearAfter(text, match.index + match[0].length)
      refs.push({
        kind: 'quarter',
        start: match.index,
        end: year.end,
        quarter,
        year: year.year,
        form,
      })
    }
  }
  return refs
}

const YEAR = /\b(?:fiscal[\s-]+(?:year[\s-]+)?|FY[\s'\u2019-]?)((?:19|20)\d{2}|\d{2})\b/gi
const SPAN = /\b(?:(first|the)\s+)?(three|six|nine|twelve|3|6|9|12)(\s+|-)months?\b/gi
// A heading "For the nine months:" puts the bullets after it in the nine months.
const SPAN_CONTEXT =
  /^\s*(?::|ended|ending|period|of\s+(?:the\s+)?(?:fiscal|FY|\d{4}|year)|results|sales|revenues?|net\b)/i
const NOT_TO_DATE = /\b(?:next|coming|past|last|following|prior|previous|over\s+the)\s+$/i
const SPAN_MONTHS: Readonly<Record<string, number>> = {
  three: 3,
  six: 6,
  nine: 9,
  twelve: 12,
  '3': 3,
  '6': 6,
  '9': 9,
  '12': 12,
}
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`
const DATE = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b`, 'g')
const ANNUAL_REPORT =
  /\b((?:19|20)\d{2})\s+(?:annual\s+report|form\s+10-K)\b|\bform\s+10-K\s+for\s+(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?(?:ended\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+)?(?:fiscal\s+)?((?:19|20)\d{2})\b/gi

function monthNumber(name: string): number {
  const prefix = name.slice(0, 3).toLowerCase()
  return MONTH_NAMES.findIndex((month) => month.slice(0, 3).toLowerCase() === prefix) + 1
}

/** Fiscal years, year-to-date spans, dates and annual reports named in a text. */
export function otherPeriodRefs(text: string): (YearRef | SpanRef | DateRef | AnnualReportRef)[] {
  const refs: (YearRef | SpanRef | DateRef | AnnualReportRef)[] = []
  for (const match of text.matchAll(ANNUAL_REPORT)) {
    const digits = match[1] ?? match[2] ?? ''
    refs.push({
      kind: 'annualReport',
      start: match.index,
      end: match.index + match[0].length,
      year: Number(digits),
    })
  }
  for (const match of text.matchAll(YEAR)) {
    refs.push({
      kind: 'year',
      start: match.index,
      end: match.index + match[0].length,
      year: fullYear(match[1] ?? ''),
    })
  }
  for (const match of text.matchAll(SPAN)) {
    const months = SPAN_MONTHS[(match[2] ?? '').toLowerCase()] ?? 0
    const end = match.index + match[0].length
    const first = match[1]?.toLowerCase() === 'first'
    const hyphenated = match[3] === '-'
    const described = SPAN_CONTEXT.test(text.slice(end, end + 30))
    if (NOT_TO_DATE.test(text.slice(Math.max(0, match.index - 20), match.index))) continue
    if (!first && !hyphenated && !described) continue
    refs.push({ kind: 'span', start: match.index, end, months })
  }
  for (const match of text.matchAll(DATE)) {
    const month = monthNumber(match[1] ?? '')
    const year = Number(match[3])
    const day = Number(match[2])
    if (month < 1 || day < 1 || day > daysInMonth(year, month)) continue
    refs.push({
      kind: 'date',
      start: match.index,
      end: match.index + match[0].length,
      date: { year, month, day },
    })
  }
  return refs
}
