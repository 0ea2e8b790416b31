import type { ReleaseFacts } from '../../release/release-facts'
import { figureRowsById, tableRowKind, tableRowLabel, tableRowValues } from '../../release/table-figures'
import { shownInTable, tableDecimals, tableNumber } from '../../release/table-format'
import type { FigureTableRow, StoredTable } from '../../release/table-schema'

/** What a total row says of itself in the panel: what it sums, and for each period column whether it foots. */
export interface TotalFooting {
  /** "Net sales − Cost of sales". */
  readonly formula: string
  /** By figure column: null where nothing can be footed (a change column, a figure not reported), else the difference as printed ("—" when it foots). */
  readonly off: readonly (string | null)[]
}

/** How a subtotal or total foots in the table's unit, as printed: off by the difference of the printed figures. */
export function totalFooting(table: StoredTable, row: FigureTableRow, facts: ReleaseFacts): TotalFooting {
  const rows = figureRowsById(table)
  const formula = row.sums
    .map((term, index) => {
      const summed = rows.get(term.row)
      const label = summed === undefined ? term.row : tableRowLabel(summed, facts)
      return index === 0 ? (term.sign === 1 ? label : `− ${label}`) : `${term.sign === 1 ? '+' : '−'} ${label}`
    })
    .join(' ')
  const kind = tableRowKind(row, facts)
  const values = tableRowValues(row, facts)
  const off = table.columns.map((column) => {
    if (column.kind !== 'period' || row.sums.length === 0) return null
    const stated = values[column.period]
    if (stated === null) return null
    // Footing is of the figures as printed: each rounded to the table's unit, then added.
    let printedSum = shownInTable(stated, kind, table.unit).times(0)
    for (const term of row.sums) {
      const summed = rows.get(term.row)
      const exact = summed === undefined ? null : tableRowValues(summed, facts)[column.period]
      if (summed === undefined || exact === null) return null
      const shown = shownInTable(exact, tableRowKind(summed, facts), table.unit)
      printedSum = term.sign === 1 ? printedSum.plus(shown) : printedSum.minus(shown)
    }
    const difference = shownInTable(stated, kind, table.unit).minus(printedSum)
    return difference.isZero() ? '—' : tableNumber(difference, tableDecimals(kind, table.unit), facts.document.style, kind === 'perShare')
  })
  return { formula, off }
}
