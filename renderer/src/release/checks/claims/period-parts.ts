import type { CalendarDate } from '../../calendar-date'
import { daysInMonth, parseIsoDate } from '../../calendar-date'
import { periodEndDate, previousQuarter, quarterEndDate } from '../../fiscal-calendar'
import type { QuarterNumber } from '../../fiscal-calendar'
import type { ReleaseFacts } from '../../release-facts'

type ReleasePeriod = ReleaseFacts['document']['period']
/** What the claim checks need from the release's period and dates. */
export interface PeriodParts {
  readonly previous: { readonly quarter: QuarterNumber; readonly year: number }
  /** Dates a release may name: exact ones, and calendar quarter ends that a 52/53-week year moves by days. */
  readonly exactDates: readonly CalendarDate[]
  readonly nearDates: readonly CalendarDate[]
  /** The ends of the quarters a release compares with, for a base named as a date ("the quarter ended June 30, 2022"). */
  readonly quarterEnds: readonly {
    readonly pair: 'previousQuarter' | 'yearAgoQuarter'
    readonly date: CalendarDate
  }[]
  /** The release date, after which a conference call, a replay or a dividend may be dated. */
  readonly releaseDate: CalendarDate | null
}

// The dates depend on the period alone, which a keystroke in the figures leaves as it was.
const PERIOD_PARTS = new WeakMap<ReleasePeriod, PeriodParts>()

/** The period's dates, worked out once per period. */
export function periodParts(period: ReleasePeriod): PeriodParts {
  const kept = PERIOD_PARTS.get(period)
  if (kept !== undefined) return kept
  const previous = previousQuarter(period.quarter, period.fiscalYear)
  const release = period.releaseDate === null ? null : parseIsoDate(period.releaseDate)
  const end = periodEndDate(period)
  const parts: PeriodParts = {
    previous,
    exactDates: [end, ...(release?.ok === true ? [release.value] : [])],
    nearDates: [
      {
        year: end.year - 1,
        month: end.month,
        day: Math.min(end.day, daysInMonth(end.year - 1, end.month)),
      },
      quarterEndDate(period.quarter, period.fiscalYear, period.fiscalYearEndMonth),
      quarterEndDate(period.quarter, period.fiscalYear - 1, period.fiscalYearEndMonth),
      quarterEndDate(previous.quarter, previous.year, period.fiscalYearEndMonth),
      // The latest annual report covers the last fiscal year, which ends on this date.
      quarterEndDate(4, period.fiscalYear - 1, period.fiscalYearEndMonth),
    ],
    quarterEnds: [
      {
        pair: 'previousQuarter',
        date: quarterEndDate(previous.quarter, previous.year, period.fiscalYearEndMonth),
      },
      {
        pair: 'yearAgoQuarter',
        date: quarterEndDate(period.quarter, period.fiscalYear - 1, period.fiscalYearEndMonth),
      },
    ],
    releaseDate: release?.ok === true ? release.value : null,
  }
  PERIOD_PARTS.set(period, parts)
  return parts
}

type ReleaseCompany = ReleaseFacts['document']['company']
const COMPANY_WORDS = new WeakMap<ReleaseCompany, ReadonlySet<string>>()

/** The company's own names, lower case, worked out once per company. */
export function companyWords(company: ReleaseCompany): ReadonlySet<string> {
  const kept = COMPANY_WORDS.get(company)
  if (kept !== undefined) return kept
  const words = new Set(
    `${company.name} ${company.shortName}`
      .toLowerCase()
      .split(/[^a-z0-9&]+/)
      .filter((word) => word !== ''),
  )
  COMPANY_WORDS.set(company, words)
  return words
}
