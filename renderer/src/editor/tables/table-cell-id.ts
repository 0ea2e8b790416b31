/** The element id of a table's figure cell, so a finding can take the person to it. */
export function tableCellId(table: string, row: string, column: number): string {
  return `table-${table}-${row}-${column}`
}
