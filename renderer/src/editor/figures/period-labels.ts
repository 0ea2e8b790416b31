import { assertNever } from '../../release/assert-never'
import { previousQuarter } from '../../release/fiscal-calendar'
import type { QuarterNumber } from '../../release/fiscal-calendar'
import type { PeriodKey } from '../../release/measures'

interface Period {
  readonly fiscalYear: number
  readonly quarter: QuarterNumber
}

function yearToDate(quarter: QuarterNumber, year: number): string {
  return quarter === 4 ? `Fiscal ${year}` : `${quarter * 3} months fiscal ${year}`
}

/** A period's column heading in a finance user's words: "Q2 fiscal 2006", "6 months fiscal 2005". */
export function periodColumnLabel(key: PeriodKey, period: Period): string {
  const { quarter, fiscalYear } = period
  switch (key) {
    case 'quarter':
      return `Q${quarter} fiscal ${fiscalYear}`
    case 'previousQuarter': {
      const previous = previousQuarter(quarter, fiscalYear)
      return `Q${previous.quarter} fiscal ${previous.year}`
    }
    case 'yearAgoQuarter':
      return `Q${quarter} fiscal ${fiscalYear - 1}`
    case 'yearToDate':
      return yearToDate(quarter, fiscalYear)
    case 'yearAgoYearToDate':
      return yearToDate(quarter, fiscalYear - 1)
    default:
      return assertNever(key)
  }
}

/** What each column is, under its heading. */
export const PERIOD_ROLES: Readonly<Record<PeriodKey, string>> = {
  quarter: 'This quarter',
  previousQuarter: 'Previous quarter',
  yearAgoQuarter: 'Year-ago quarter',
  yearToDate: 'Year to date',
  yearAgoYearToDate: 'Prior year to date',
}
