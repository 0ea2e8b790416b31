import type { FiscalPeriodData } from './document-schema'
import { quarterEndDate } from './fiscal-calendar'
import { toIsoDate } from './calendar-date'

/** The fiscal years a release may name: a year typed as "25" or "20066" is a typing slip, not a year. */
export const FISCAL_YEAR_MIN = 1900
export const FISCAL_YEAR_MAX = 2100

/** Whether a number is a fiscal year a release may name. */
export function isFiscalYear(year: number): boolean {
  return Number.isInteger(year) && year >= FISCAL_YEAR_MIN && year <= FISCAL_YEAR_MAX
}

/** The quarter's last day as an ISO date: "2025-09-30" for fiscal 2025 Q3 with a December year end. */
export function quarterEndIso(period: Pick<FiscalPeriodData, 'quarter' | 'fiscalYear' | 'fiscalYearEndMonth'>): string {
  return toIsoDate(quarterEndDate(period.quarter, period.fiscalYear, period.fiscalYearEndMonth))
}

/**
 * The period after a change to its year, quarter or year end. A period end left empty, or equal to
 * the old quarter's end, follows the quarter (it was never set apart from it); one set by hand to
 * another day stays, and the checks then say when it no longer fits. A release date is always the
 * person's: it stays, and the checks say when it falls before the period end.
 */
export function changePeriod(period: FiscalPeriodData, patch: Partial<FiscalPeriodData>): FiscalPeriodData {
  const next = { ...period, ...patch }
  const moved =
    next.fiscalYear !== period.fiscalYear ||
    next.quarter !== period.quarter ||
    next.fiscalYearEndMonth !== period.fiscalYearEndMonth
  if (!moved || 'periodEnd' in patch) return next
  const followed = period.periodEnd === null || period.periodEnd === quarterEndIso(period)
  return followed ? { ...next, periodEnd: null } : next
}

/** A new release's period: the same fiscal calendar, with the dates left to follow the quarter and the person. */
export function freshPeriod(period: FiscalPeriodData): FiscalPeriodData {
  return { ...period, periodEnd: null, releaseDate: null }
}
