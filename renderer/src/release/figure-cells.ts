import { assertNever } from './assert-never'
import type { Field } from './narrative-schema'
import type { MeasureDefinition } from './measure-definition'
import { pairPeriods, PERIODS } from './measures'
import type { Measure, PeriodKey } from './measures'
import type { FigureResolution } from './resolve-figures'
import { resolvedFigure } from './resolve-figures'
import { resultMeasure } from './wording'

/** "revenue.quarter": one cell of the figures grid. */
export type FigureCellKey = `${Measure}.${PeriodKey}`

export function figureCellKey(measure: Measure, period: PeriodKey): FigureCellKey {
  return `${measure}.${period}`
}

/** The measure and period of a cell. */
export function figureCellParts(cell: FigureCellKey): { readonly measure: Measure; readonly period: PeriodKey } {
  const dot = cell.indexOf('.')
  const measure = cell.slice(0, dot)
  const period = PERIODS.find((entry) => entry === cell.slice(dot + 1)) ?? 'quarter'
  return { measure, period }
}

/** A period as a cell's name says it, whatever the quarter: "previous quarter". */
const PERIOD_WORDS: Readonly<Record<PeriodKey, string>> = {
  quarter: 'this quarter',
  previousQuarter: 'previous quarter',
  yearAgoQuarter: 'year-ago quarter',
  yearToDate: 'year to date',
  yearAgoYearToDate: 'prior year to date',
}

/** A cell's name in a finance user's words: "Revenue, previous quarter". */
export function figureCellName(cell: FigureCellKey, measures: readonly MeasureDefinition[]): string {
  const { measure, period } = figureCellParts(cell)
  const label = measures.find((definition) => definition.id === measure)?.label ?? measure
  return `${label}, ${PERIOD_WORDS[period]}`
}

/**
 * Entries typed into the grid that are not amounts, by cell, as typed. The release keeps the
 * figure the cell had before; these say that the person meant something else, so nothing may word
 * the old figure as if it were theirs until the cell is fixed.
 */
export type RefusedEntries = ReadonlyMap<FigureCellKey, string>

export const NO_REFUSED_ENTRIES: RefusedEntries = new Map()

/** What the words show in place of a figure whose cell holds no amount: "[Revenue, previous quarter: not an amount]". */
export function refusedPlaceholder(cell: FigureCellKey, measures: readonly MeasureDefinition[]): string {
  return `[${figureCellName(cell, measures)}: not an amount]`
}

/** The cells one figure rests on: itself, and for a derived figure the figures it comes from. */
function figureCells(resolution: FigureResolution, measure: Measure, period: PeriodKey): FigureCellKey[] {
  const figure = resolvedFigure(resolution.figures, measure, period)
  const sources = figure.source === 'derived' ? figure.from.map((from) => figureCellKey(measure, from)) : []
  return [figureCellKey(measure, period), ...sources]
}

/** The cells whose figures a live field's words are computed from; none for company and period fields. */
export function fieldFigureCells(field: Field, resolution: FigureResolution): readonly FigureCellKey[] {
  switch (field.kind) {
    case 'company':
    case 'period':
      return []
    case 'amount':
      return figureCells(resolution, field.measure, field.period)
    case 'result':
    case 'resultWord': {
      // Without a measure, a result speaks of the release's net income or loss.
      const measure =
        field.kind === 'result' && field.measure !== undefined
          ? field.measure
          : resultMeasure(resolution.figures.measures)?.id
      return measure === undefined ? [] : figureCells(resolution, measure, field.period)
    }
    case 'comparison': {
      const { current, prior } = pairPeriods(field.pair)
      return [...figureCells(resolution, field.measure, current), ...figureCells(resolution, field.measure, prior)]
    }
    default:
      return assertNever(field)
  }
}
