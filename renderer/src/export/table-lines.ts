import type { ContentTable, ContentTableRow } from '../release/content-table'
import { tableLayout } from './table-layout'
import type { HeadLine } from './table-layout'

/**
 * A financial table as a list of equal lines, the unit pagination counts: its heading (title, unit
 * line, the column heads' lines), then its rows, then its notes' lines. A page break falls between
 * two lines, and every page after the first repeats the heading. How heads and notes fall into
 * lines depends on the width the table is set in (table-layout.ts).
 */
export type TableLine =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'unit'; readonly text: string }
  | { readonly kind: 'head'; readonly cells: HeadLine; readonly last: boolean }
  | { readonly kind: 'row'; readonly row: ContentTableRow }
  | { readonly kind: 'note'; readonly text: string }

/** The lines repeated at the top of every page the table runs onto. */
export function tableHeading(table: ContentTable, textWidthPt: number, continued: boolean): TableLine[] {
  const heading: TableLine[] = []
  if (table.title !== '') heading.push({ kind: 'title', text: continued ? `${table.title} (continued)` : table.title })
  if (table.unitLine !== '') heading.push({ kind: 'unit', text: table.unitLine })
  const { heads } = tableLayout(table, textWidthPt)
  heads.forEach((cells, index) => heading.push({ kind: 'head', cells, last: index === heads.length - 1 }))
  return heading
}

/** Every line of the table in order: heading, rows, notes. */
export function tableLines(table: ContentTable, textWidthPt: number): TableLine[] {
  return [
    ...tableHeading(table, textWidthPt, false),
    ...table.rows.map((row): TableLine => ({ kind: 'row', row })),
    ...tableLayout(table, textWidthPt).noteLines.map((text): TableLine => ({ kind: 'note', text })),
  ]
}
