import type { Dec } from './decimal'
import { Dec as Decimal } from './decimal'
import type { MeasureKind } from './measure-definition'
import { PERIODS } from './measures'
import type { PeriodKey } from './measures'
import type { ReleaseFacts } from './release-facts'
import { definitionOf } from './release-measures'
import { figureValue, resolvedFigure } from './resolve-figures'
import type { FigureTableRow, StoredTable, TableRow } from './table-schema'

/** A row's exact figures by period, as the release uses them; null where none is reported. */
export type TableRowValues = Readonly<Record<PeriodKey, Dec | null>>

/** How a row's figures are written: a measure's kind, or the kind the person chose for an entered row. */
export function tableRowKind(row: FigureTableRow, facts: ReleaseFacts): MeasureKind {
  return row.kind === 'measure'
    ? definitionOf(facts.resolution.figures.measures, row.measure).kind
    : row.figures
}

/** A row's figures: a measure's from the figures grid (derived ones included), an entered row's as typed for the table. */
export function tableRowValues(row: FigureTableRow, facts: ReleaseFacts): TableRowValues {
  const values = {} as Record<PeriodKey, Dec | null>
  for (const period of PERIODS) {
    if (row.kind === 'measure') {
      values[period] = figureValue(resolvedFigure(facts.resolution.figures, row.measure, period))
    } else {
      const text = row.values[period]
      values[period] = text === null ? null : new Decimal(text)
    }
  }
  return values
}

/** The row's label as printed: an entered row's own, a measure row's override or its measure's label. */
export function tableRowLabel(row: TableRow, facts: ReleaseFacts): string {
  if (row.kind !== 'measure') return row.label
  return row.label ?? definitionOf(facts.resolution.figures.measures, row.measure).label
}

/** The rows of a table that carry figures, by id. */
export function figureRowsById(table: StoredTable): ReadonlyMap<string, FigureTableRow> {
  const rows = new Map<string, FigureTableRow>()
  for (const row of table.rows) if (row.kind !== 'heading') rows.set(row.id, row)
  return rows
}
