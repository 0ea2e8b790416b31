import { assertNever } from './assert-never'
import type { CalendarDate } from './calendar-date'
import { daysInMonth } from './calendar-date'
import type { FiscalPeriodData } from './document-schema'
import { periodEndDate, previousQuarter, quarterEndDate } from './fiscal-calendar'
import type { PeriodKey } from './measures'
import type { TableColumn } from './table-schema'

// The month abbreviations of AP style, which financial tables follow: "Sept. 30, 2006", "March 31, 2006".
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'] as const
const SPANS = ['Three Months Ended', 'Six Months Ended', 'Nine Months Ended', 'Year Ended'] as const

/** "Sept. 30, 2006". */
export function tableDate(date: CalendarDate): string {
  return `${AP_MONTHS[date.month - 1] ?? '?'} ${date.day}, ${date.year}`
}

/** The same day a year earlier; Feb. 29 becomes Feb. 28. */
function yearEarlier(date: CalendarDate): CalendarDate {
  const year = date.year - 1
  return { year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) }
}

/** The last day of a period of the release, as its column head dates it. */
export function periodColumnDate(period: FiscalPeriodData, key: PeriodKey): CalendarDate {
  const end = periodEndDate(period)
  switch (key) {
    case 'quarter':
    case 'yearToDate':
      return end
    case 'yearAgoQuarter':
    case 'yearAgoYearToDate':
      return yearEarlier(end)
    case 'previousQuarter': {
      const before = previousQuarter(period.quarter, period.fiscalYear)
      return quarterEndDate(before.quarter, before.year, period.fiscalYearEndMonth)
    }
    default:
      return assertNever(key)
  }
}

/** How long a period of the release runs, as a column head says it: "Three Months Ended", "Six Months Ended". */
export function periodColumnSpan(period: FiscalPeriodData, key: PeriodKey): string {
  switch (key) {
    case 'quarter':
    case 'previousQuarter':
    case 'yearAgoQuarter':
      return SPANS[0]
    case 'yearToDate':
    case 'yearAgoYearToDate':
      return SPANS[period.quarter - 1] ?? SPANS[0]
    default:
      return assertNever(key)
  }
}

/**
 * A column's head lines, top to bottom: ["Three Months Ended", "March 31,", "2006"], or ["% Change"].
 * The outputs set a line shared by neighbouring columns once across them (table-layout.ts).
 */
export function columnHeadLines(
  period: FiscalPeriodData,
  column: TableColumn,
  heads: 'periods' | 'dates' = 'periods',
): readonly string[] {
  switch (column.kind) {
    case 'period': {
      const date = periodColumnDate(period, column.period)
      const day = `${AP_MONTHS[date.month - 1] ?? '?'} ${date.day},`
      const year = `${date.year}`
      return heads === 'dates' ? [day, year] : [periodColumnSpan(period, column.period), day, year]
    }
    case 'change':
      return [column.change === 'percent' ? '% Change' : 'Change']
    default:
      return assertNever(column)
  }
}
