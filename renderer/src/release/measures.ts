import type { MeasureDefinition, MeasureId } from './measure-definition'

export type { MeasureKind } from './measure-definition'

/** A measure a release reports, named by its id; what it is lives in its MeasureDefinition. */
export type Measure = MeasureId

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

/** Measures whose previous quarter may be derived as year to date minus this quarter. EPS and share counts never add up across quarters. */
export function isAdditive(measure: MeasureDefinition): boolean {
  return measure.additive
}
