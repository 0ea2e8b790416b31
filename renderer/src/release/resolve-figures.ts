import { Dec } from './decimal'
import type { Figures } from './document-schema'
import { figureRow } from './figures-schema'
import type { QuarterNumber } from './fiscal-calendar'
import type { MeasureDefinition } from './measure-definition'
import { PERIODS } from './measures'
import type { Measure, PeriodKey } from './measures'

/** A figure as the release uses it: typed by the user, derived from other figures, or not reported. */
export type Figure =
  | { readonly source: 'entered'; readonly value: Dec }
  | {
      readonly source: 'derived'
      readonly value: Dec
      readonly rule: string
      /** The periods it is computed from, so that what rests on them can say so. */
      readonly from: readonly PeriodKey[]
    }
  | { readonly source: 'missing' }

export type ResolvedRow = Readonly<Record<PeriodKey, Figure>>

/** Every measure's figures as the release uses them, with the measures' definitions in the release's order. */
export interface ResolvedFigures {
  readonly measures: readonly MeasureDefinition[]
  readonly rows: Readonly<Record<Measure, ResolvedRow>>
}

const MISSING: Figure = { source: 'missing' }
const MISSING_ROW: ResolvedRow = {
  quarter: MISSING,
  previousQuarter: MISSING,
  yearAgoQuarter: MISSING,
  yearToDate: MISSING,
  yearAgoYearToDate: MISSING,
}

/** One measure's resolved row; every period missing for a measure the release does not report. */
export function resolvedRow(figures: ResolvedFigures, measure: Measure): ResolvedRow {
  return figures.rows[measure] ?? MISSING_ROW
}

/** One figure as the release uses it. */
export function resolvedFigure(figures: ResolvedFigures, measure: Measure, period: PeriodKey): Figure {
  return resolvedRow(figures, measure)[period]
}

/** An entered figure that disagrees with the one the other figures imply. Reported, never silently resolved. */
export interface FigureDiscrepancy {
  readonly measure: Measure
  readonly period: PeriodKey
  readonly entered: Dec
  readonly derived: Dec
  readonly rule: string
  /** The periods the derived figure is computed from. */
  readonly from: readonly PeriodKey[]
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
  readonly from: readonly PeriodKey[]
}

function entered(text: string | null): Dec | null {
  return text === null ? null : new Dec(text)
}

/** What the other entered figures imply for each period of one measure. */
function derivations(
  measure: MeasureDefinition,
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
        from: ['quarter'],
      })
    }
    if (values.yearAgoQuarter !== null) {
      found.push({
        period: 'yearAgoYearToDate',
        value: values.yearAgoQuarter,
        rule: 'at the first quarter, last year to date equals the same quarter a year ago',
        from: ['yearAgoQuarter'],
      })
    }
  }
  // Only in the second quarter is the year to date exactly this quarter plus the previous one.
  if (
    quarter === 2 &&
    measure.additive &&
    values.yearToDate !== null &&
    values.quarter !== null
  ) {
    found.push({
      period: 'previousQuarter',
      value: values.yearToDate.minus(values.quarter),
      rule: 'the previous quarter is year to date minus this quarter',
      from: ['yearToDate', 'quarter'],
    })
  }
  return found
}

/** Fills in the figures that follow from others and lists the entered ones that disagree. */
export function resolveFigures(figures: Figures, quarter: QuarterNumber): FigureResolution {
  const discrepancies: FigureDiscrepancy[] = []
  const resolved: Record<Measure, ResolvedRow> = {}
  for (const measure of figures.measures) {
    const stored = figureRow(figures, measure.id)
    const values = {} as Record<PeriodKey, Dec | null>
    for (const period of PERIODS) values[period] = entered(stored[period])
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
          from: derivation.from,
        }
      } else if (!current.equals(derivation.value)) {
        discrepancies.push({
          measure: measure.id,
          period: derivation.period,
          entered: current,
          derived: derivation.value,
          rule: derivation.rule,
          from: derivation.from,
        })
      }
    }
    resolved[measure.id] = row
  }
  return { figures: { measures: figures.measures, rows: resolved }, discrepancies }
}
