import type { Result } from './result'
import { fail, ok } from './result'

/** A calendar date with no time zone: the dates in a release are days, not instants. */
export interface CalendarDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Reads "2006-03-31", refusing dates that do not exist such as "2006-02-30". */
export function parseIsoDate(text: string): Result<CalendarDate> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return fail(`expected a date like 2006-03-31, got ${JSON.stringify(text)}`)
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12)
    return fail(`expected a month from 01 to 12, got ${JSON.stringify(text)}`)
  if (day < 1 || day > daysInMonth(year, month))
    return fail(`that day does not exist: ${JSON.stringify(text)}`)
  return ok({ year, month, day })
}

export function toIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0')
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`
}

/** "March 31, 2006". */
export function formatLongDate(date: CalendarDate): string {
  return `${MONTH_NAMES[date.month - 1] ?? '?'} ${date.day}, ${date.year}`
}
