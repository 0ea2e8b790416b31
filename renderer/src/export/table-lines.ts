import type { ContentTable, ContentTableRow } from '../release/content-table'

/**
 * A financial table as a list of equal lines, the unit pagination counts: its heading (title, unit
 * line, the column heads' lines), then its rows, then its notes. A page break falls between two
 * lines, and every page after the first repeats the heading.
 */
export type TableLine =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'unit'; readonly text: string }
  | { readonly kind: 'head'; readonly line: number; readonly last: boolean }
  | { readonly kind: 'row'; readonly row: ContentTableRow }
  | { readonly kind: 'note'; readonly text: string }

/** How many lines the column heads take: the tallest head's. */
export function headLineCount(table: ContentTable): number {
  return table.columns.reduce((most, column) => Math.max(most, column.headLines.length), 0)
}

/** The lines repeated at the top of every page the table runs onto. */
export function tableHeading(table: ContentTable, continued: boolean): TableLine[] {
  const heading: TableLine[] = []
  if (table.title !== '') heading.push({ kind: 'title', text: continued ? `${table.title} (continued)` : table.title })
  if (table.unitLine !== '') heading.push({ kind: 'unit', text: table.unitLine })
  const heads = headLineCount(table)
  for (let line = 0; line < heads; line += 1) heading.push({ kind: 'head', line, last: line === heads - 1 })
  return heading
}

/** Every line of the table in order: heading, rows, notes. */
export function tableLines(table: ContentTable): TableLine[] {
  return [
    ...tableHeading(table, false),
    ...table.rows.map((row): TableLine => ({ kind: 'row', row })),
    ...table.notes.map((text): TableLine => ({ kind: 'note', text })),
  ]
}

/**
 * A column head's text on one of the heads' lines: heads shorter than the tallest sit at the
 * bottom, next to their figures, as a typesetter aligns them.
 */
export function headText(lines: readonly string[], line: number, count: number): string {
  return lines[line - (count - lines.length)] ?? ''
}
