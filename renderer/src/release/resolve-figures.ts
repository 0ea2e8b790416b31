import { Dec } from './decimal'
import type { Figures } from './document-schema'
import type { QuarterNumber } from './fiscal-calendar'
import { isAdditive, MEASURES, PERIODS } from './measures'
import type { Measure, PeriodKey } from './measures'

/** A figure as the release uses it: typed by the user, derived from other figures, or not reported. */
export type Figure =
  | { readonly source: 'entered'; readonly value: Dec }
  | {
      readonly source: 'derived'
      readonly value: Dec
      readonly rule: string
      /** The entered figures it follows from: its precision is the coarser of theirs. */
      readonly inputs: readonly PeriodKey[]
    }
  | { readonly source: 'missing' }

export type ResolvedFigures = Readonly<Record<Measure, Readonly<Record<PeriodKey, Figure>>>>

/** An entered figure that disagrees with the one the other figures imply. Reported, never silently resolved. */
export interface FigureDiscrepancy {
  readonly measure: Measure
  readonly period: PeriodKey
  readonly entered: Dec
  readonly derived: Dec
  readonly rule: string
}

export interface FigureResolution {
  readonly figures: ResolvedFigures
  readonly discrepancies: readonly FigureDiscrepancy[]
}

/** The value of a figure, or null when it is not reported. */
export function figureValue(figure: Figure): Dec | null {
  return figure.source === 'missing' ? null : figure.value
}

type Derivation = {
  readonly period: PeriodKey
  readonly value: Dec
  readonly rule: string
  readonly inputs: readonly PeriodKey[]
}

function entered(text: string | null): Dec | null {
  return text === null ? null : new Dec(text)
}

/** What the other entered figures imply for each period of one measure. */
function derivations(
  measure: Measure,
  values: Readonly<Record<PeriodKey, Dec | null>>,
  quarter: QuarterNumber,
): Derivation[] {
  const found: Derivation[] = []
  if (quarter === 1) {
    // In the first quarter the year to date is the quarter itself.
    if (values.quarter !== null) {
      found.push({
        period: 'yearToDate',
        value: values.quarter,
        rule: 'at the first quarter, year to date equals the quarter',
        inputs: ['quarter'],
      })
    }
    if (values.yearAgoQuarter !== null) {
      found.push({
        period: 'yearAgoYearToDate',
        value: values.yearAgoQuarter,
        rule: 'at the first quarter, last year to date equals the same quarter a year ago',
        inputs: ['yearAgoQuarter'],
      })
    }
  }
  // Only in the second quarter is the year to date exactly this quarter plus the previous one.
  if (
    quarter === 2 &&
    isAdditive(measure) &&
    values.yearToDate !== null &&
    values.quarter !== null
  ) {
    found.push({
      period: 'previousQuarter',
      value: values.yearToDate.minus(values.quarter),
      rule: 'the previous quarter is year to date minus this quarter',
      inputs: ['yearToDate', 'quarter'],
    })
  }
  return found
}

/** Fills in the figures that follow from others and lists the entered ones that disagree. */
export function resolveFigures(figures: Figures, quarter: QuarterNumber): FigureResolution {
  const discrepancies: FigureDiscrepancy[] = []
  const resolved = {} as Record<Measure, Record<PeriodKey, Figure>>
  for (const measure of MEASURES) {
    const values = {} as Record<PeriodKey, Dec | null>
    for (const period of PERIODS) values[period] = entered(figures[measure][period])
    const row = {} as Record<PeriodKey, Figure>
    for (const period of PERIODS) {
      const value = values[period]
      row[period] = value === null ? { source: 'missing' } : { source: 'entered', value }
    }
    for (const derivation of derivations(measure, values, quarter)) {
      const current = values[derivation.period]
      if (current === null) {
        row[derivation.period] = {
          source: 'derived',
          value: derivation.value,
          rule: derivation.rule,
          inputs: derivation.inputs,
        }
      } else if (!current.equals(derivation.value)) {
        discrepancies.push({
          measure,
          period: derivation.period,
          entered: current,
          derived: derivation.value,
          rule: derivation.rule,
        })
      }
    }
    resolved[measure] = row
  }
  return { figures: resolved, discrepancies }
}
