import type { FilledFigure } from '../release/figure-block'
import { kindIn, storedUnit } from '../release/figure-precision'
import type { Figures } from '../release/figures-schema'
import { figureRow } from '../release/figures-schema'
import type { Measure, PeriodKey } from '../release/measures'
import { PERIODS } from '../release/measures'
import type { WorkbookMapping } from '../release/workbook-mapping'
import { splitCell } from '../release/workbook-mapping'
import type { ImportedFigures } from './workbook-import'

/** One figure an import changes: what the release has now and what the workbook says (null: blank). */
export interface FigureChange {
  readonly measure: Measure
  readonly period: PeriodKey
  readonly before: string | null
  readonly after: string | null
}

/** The mapping without the measures the release no longer reports, which there is nowhere to put. */
export function mappingForRelease(mapping: WorkbookMapping, figures: Figures): WorkbookMapping | null {
  const reported = new Set(figures.measures.map((measure) => measure.id))
  const measures = Object.fromEntries(Object.entries(mapping.measures).filter(([id]) => reported.has(id)))
  return Object.keys(measures).length === 0 ? null : { ...mapping, measures }
}

/**
 * The grid cells an import fills: each mapped period of each measure, exact as the workbook holds
 * it (as the figures-file route reads it). A period the mapping leaves out keeps its figure.
 */
export function importedCells(figures: Figures, imported: ImportedFigures, mapping: WorkbookMapping): readonly FilledFigure[] {
  const cells: FilledFigure[] = []
  for (const [measure, row] of Object.entries(imported.figures)) {
    const mapped = mapping.measures[measure]
    if (mapped === undefined) continue
    const kind = kindIn(figures, measure)
    for (const period of PERIODS) {
      const byCell = mapped.cells !== undefined && mapped.cells[period] !== undefined
      const byRange = mapped.cells === undefined && mapping.range?.periods[period] !== undefined
      if (!byCell && !byRange) continue
      const amount = row[period]
      cells.push({ measure, period, typed: amount === null ? null : { amount, unit: storedUnit(amount, kind).toFixed() } })
    }
  }
  return cells
}

/** The figures an import would change, in the grid's order; the ones it would leave as they are are not listed. */
export function figureChanges(figures: Figures, cells: readonly FilledFigure[]): readonly FigureChange[] {
  const order = figures.measures.map((measure) => measure.id)
  return cells
    .map((cell) => ({
      measure: cell.measure,
      period: cell.period,
      before: figureRow(figures, cell.measure)[cell.period],
      after: cell.typed?.amount ?? null,
    }))
    .filter((change) => change.before !== change.after)
    .sort(
      (a, b) => order.indexOf(a.measure) - order.indexOf(b.measure) || PERIODS.indexOf(a.period) - PERIODS.indexOf(b.period),
    )
}

/**
 * Each measure's cell of each period as the dialog edits them: the mapping's cells, or for a
 * labelled range the cells it found in this workbook (sheet prefix dropped: "Q2!C5" is "C5").
 */
export function cellsByMeasure(
  mapping: WorkbookMapping | undefined,
  found: ImportedFigures | null,
): Readonly<Record<Measure, Partial<Record<PeriodKey, string>>>> {
  const cells: Record<Measure, Partial<Record<PeriodKey, string>>> = {}
  for (const [measure, mapped] of Object.entries(mapping?.measures ?? {})) {
    const row: Partial<Record<PeriodKey, string>> = {}
    for (const period of PERIODS) {
      const address = mapped.cells?.[period] ?? found?.cells[measure]?.[period]?.cell.replace(/^.*!/, '')
      if (address !== undefined && splitCell(address) !== null) row[period] = address
    }
    cells[measure] = row
  }
  return cells
}
