import type { TableCellLocation } from '../../release/checks/finding'
import type { ContentTable } from '../../release/content-table'

/**
 * A table cell as the person knows it: "Condensed Consolidated Statements of Operations, Gross
 * profit, Three Months Ended Sept. 30, 2006"; by its ids only when the table has gone since.
 */
export function tableCellPlace(location: TableCellLocation, tables: readonly ContentTable[]): string {
  const table = tables.find((candidate) => candidate.id === location.tableId)
  const row = table?.rows.find((candidate) => candidate.id === location.rowId)
  const column = table?.columns[location.column]
  if (table === undefined || row === undefined || column === undefined)
    return `Table ${location.tableId}, row ${location.rowId}, column ${location.column + 1}`
  return `${table.title}, ${row.label}, ${column.headLines.join(' ')}`
}
