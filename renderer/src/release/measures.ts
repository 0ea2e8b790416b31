/** The figures a release reports for each period. */
export const MEASURES = ['revenue', 'netIncome', 'dilutedEps', 'dilutedShares'] as const
export type Measure = (typeof MEASURES)[number]

/** The five periods a release reports. */
export const PERIODS = [
  'quarter',
  'previousQuarter',
  'yearAgoQuarter',
  'yearToDate',
  'yearAgoYearToDate',
] as const
export type PeriodKey = (typeof PERIODS)[number]

/** The three comparisons every measure gets, named by the period the current figure is compared with. */
export const PAIRS = ['previousQuarter', 'yearAgoQuarter', 'yearAgoYearToDate'] as const
export type ComparisonPair = (typeof PAIRS)[number]

/** How a measure's amounts are written. */
export type MeasureKind = 'money' | 'perShare' | 'count'

export function measureKind(measure: Measure): MeasureKind {
  switch (measure) {
    case 'revenue':
    case 'netIncome':
      return 'money'
    case 'dilutedEps':
      return 'perShare'
    case 'dilutedShares':
      return 'count'
  }
}

/** Which period is compared with which, for each comparison. */
export function pairPeriods(pair: ComparisonPair): {
  readonly current: PeriodKey
  readonly prior: PeriodKey
} {
  switch (pair) {
    case 'previousQuarter':
      return { current: 'quarter', prior: 'previousQuarter' }
    case 'yearAgoQuarter':
      return { current: 'quarter', prior: 'yearAgoQuarter' }
    case 'yearAgoYearToDate':
      return { current: 'yearToDate', prior: 'yearAgoYearToDate' }
  }
}

/** A measure's name in a finance user's words. */
export const MEASURE_LABELS: Readonly<Record<Measure, string>> = {
  revenue: 'Revenue',
  netIncome: 'Net income (loss)',
  dilutedEps: 'Diluted EPS',
  dilutedShares: 'Weighted diluted shares',
}

/** Measures whose previous quarter may be derived as year to date minus this quarter. EPS and share counts never add up across quarters. */
export function isAdditive(measure: Measure): boolean {
  return measure === 'revenue' || measure === 'netIncome'
}
