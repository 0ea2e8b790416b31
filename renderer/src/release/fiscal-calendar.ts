import type { CalendarDate } from './calendar-date'
import { daysInMonth, formatLongDate, parseIsoDate } from './calendar-date'

export type QuarterNumber = 1 | 2 | 3 | 4

/** Where a release sits in the company's fiscal calendar. */
export interface FiscalPeriod {
  readonly fiscalYear: number
  readonly quarter: QuarterNumber
  /** 1–12: the month in which the fiscal year ends (9 for a year ending in September). */
  readonly fiscalYearEndMonth: number
  /** ISO date; when null, the last day of the quarter's final month. */
  readonly periodEnd: string | null
  /** ISO date of the release; when null the dateline shows a placeholder. */
  readonly releaseDate: string | null
}

const ORDINALS = ['first', 'second', 'third', 'fourth'] as const
const YEAR_TO_DATE_SPANS = [
  'first quarter',
  'first six months',
  'first nine months',
  'fiscal year',
] as const

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** "Second Quarter Results For Fiscal 2006" style: each word capitalised. */
export function titleCase(text: string): string {
  return text.replace(/\b([a-z])/g, (letter) => letter.toUpperCase())
}

/** "second". */
export function quarterOrdinal(quarter: QuarterNumber): string {
  return ORDINALS[quarter - 1] ?? 'first'
}

/** "second quarter". */
export function quarterName(quarter: QuarterNumber): string {
  return `${quarterOrdinal(quarter)} quarter`
}

/** "fiscal 2006". */
export function fiscalYearName(year: number): string {
  return `fiscal ${year}`
}

/** "second quarter of fiscal 2006". */
export function quarterOfYear(quarter: QuarterNumber, year: number): string {
  return `${quarterName(quarter)} of ${fiscalYearName(year)}`
}

/** "first six months of fiscal 2006"; at Q4 "fiscal year 2006"; at Q1 the quarter itself. */
export function yearToDateName(quarter: QuarterNumber, year: number): string {
  if (quarter === 4) return `fiscal year ${year}`
  return `${YEAR_TO_DATE_SPANS[quarter - 1] ?? 'first quarter'} of ${fiscalYearName(year)}`
}

/** The quarter before this one, wrapping into the previous fiscal year. */
export function previousQuarter(
  quarter: QuarterNumber,
  year: number,
): { quarter: QuarterNumber; year: number } {
  return quarter === 1
    ? { quarter: 4, year: year - 1 }
    : { quarter: (quarter - 1) as QuarterNumber, year }
}

/** The quarter after this one, wrapping into the next fiscal year. */
export function nextQuarter(
  quarter: QuarterNumber,
  year: number,
): { quarter: QuarterNumber; year: number } {
  return quarter === 4
    ? { quarter: 1, year: year + 1 }
    : { quarter: (quarter + 1) as QuarterNumber, year }
}

/** The last day of a fiscal quarter, for a year named by the calendar year in which it ends. */
export function quarterEndDate(
  quarter: QuarterNumber,
  fiscalYear: number,
  fiscalYearEndMonth: number,
): CalendarDate {
  const monthsBeforeYearEnd = 3 * (4 - quarter)
  const index = fiscalYear * 12 + (fiscalYearEndMonth - 1) - monthsBeforeYearEnd
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return { year, month, day: daysInMonth(year, month) }
}

/** The period end the release states: the entered one, or the calendar quarter's last day. */
export function periodEndDate(period: FiscalPeriod): CalendarDate {
  if (period.periodEnd !== null) {
    const parsed = parseIsoDate(period.periodEnd)
    if (parsed.ok) return parsed.value
  }
  return quarterEndDate(period.quarter, period.fiscalYear, period.fiscalYearEndMonth)
}

/** "March 31, 2006". */
export function periodEndText(period: FiscalPeriod): string {
  return formatLongDate(periodEndDate(period))
}

/** "April 20, 2006", or a visible placeholder until the date is set. */
export function releaseDateText(period: FiscalPeriod): string {
  if (period.releaseDate === null) return '[release date]'
  const parsed = parseIsoDate(period.releaseDate)
  return parsed.ok ? formatLongDate(parsed.value) : '[release date]'
}
