/**
 * A financial table as it prints: what the preview, pagination, the exports and the checks read.
 * It is resolved from the release's stored table (its rows bound to measures or entered for the
 * table) and the figures, with every number already in the table's unit and the house style.
 */

/** Where a number in a table came from, so a finding can point at the cell. */
export interface TableCellSource {
  readonly tableId: string
  readonly rowId: string
  /** Position among the table's figure columns, from 0 (the label column is not counted). */
  readonly column: number
}

export interface ContentTableCell {
  /** As printed: "12,408", "(168)", "—", "NM", "19%". */
  readonly text: string
  readonly align: 'left' | 'right'
  readonly source: TableCellSource | null
}

export type ContentTableRowStyle = 'heading' | 'normal' | 'subtotal' | 'total'

export interface ContentTableRow {
  readonly id: string
  /** The row's label, as printed in the first column ("Net sales", "Total operating expenses"). */
  readonly label: string
  /** 0 for flush left; each level indents the label further. */
  readonly indent: number
  readonly style: ContentTableRowStyle
  /** A rule above the row's figures, as accountants draw above a total. */
  readonly ruleAbove: boolean
  /** A double rule below the figures, under a grand total. */
  readonly doubleRuleBelow: boolean
  /** One cell per figure column, in column order. */
  readonly cells: readonly ContentTableCell[]
}

export interface ContentTableColumn {
  /** The head's lines, top to bottom: ["Three Months Ended", "Sept. 30, 2006"]. */
  readonly headLines: readonly string[]
}

/** One table block, in reading order among the release's paragraphs. */
export interface ContentTable {
  readonly kind: 'table'
  readonly id: string
  /** "Condensed Consolidated Statements of Operations". */
  readonly title: string
  /** "(in thousands, except per share data)"; empty when the table gives none. */
  readonly unitLine: string
  readonly columns: readonly ContentTableColumn[]
  readonly rows: readonly ContentTableRow[]
  /** Notes printed under the table, each its own line. */
  readonly notes: readonly string[]
}
