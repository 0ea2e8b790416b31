import type { ContentTable } from '../release/content-table'
import { headLineCount, headText } from './table-lines'

const GUTTER = '  '
/** Spaces per indent level of a row's label. */
const INDENT = '  '

function padLeft(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - text.length)) + text
}

function padRight(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - text.length))
}

/**
 * A financial table as plain text: the label column flush left, each figure column right-aligned
 * under its head, with spaces only, so it stays aligned in any fixed-width font and in an e-mail.
 */
export function tableText(table: ContentTable): string {
  const heads = headLineCount(table)
  const labels = table.rows.map((row) => INDENT.repeat(row.indent) + row.label)
  const labelWidth = labels.reduce((most, label) => Math.max(most, label.length), 0)
  const widths = table.columns.map((column, index) =>
    Math.max(
      ...column.headLines.map((line) => line.length),
      ...table.rows.map((row) => (row.cells[index]?.text.length ?? 0) + 1),
      1,
    ),
  )
  // How each cell sits: a figure right-aligned on its digits, a left-aligned cell, or a head at the column's edge.
  const line = (label: string, cells: readonly string[], sits: readonly ('figure' | 'left' | 'edge')[]): string =>
    [padRight(label, labelWidth), ...cells.map((cell, index) => {
      const width = widths[index] ?? 0
      if (sits[index] === 'left') return padRight(cell, width)
      if (sits[index] === 'edge') return padLeft(cell, width)
      // A figure without parentheses stands one space in, so its digits line up with "(168)".
      return padLeft(cell.endsWith(')') || cell === '' ? cell : `${cell} `, width)
    })]
      .join(GUTTER)
      .trimEnd()
  const lines: string[] = []
  if (table.title !== '') lines.push(table.title)
  if (table.unitLine !== '') lines.push(table.unitLine)
  for (let head = 0; head < heads; head += 1) {
    lines.push(line('', table.columns.map((column) => headText(column.headLines, head, heads)), table.columns.map(() => 'edge')))
  }
  table.rows.forEach((row, index) => {
    lines.push(
      line(
        labels[index] ?? row.label,
        table.columns.map((_, column) => row.cells[column]?.text ?? ''),
        table.columns.map((_, column) => (row.cells[column]?.align === 'left' ? 'left' : 'figure')),
      ),
    )
  })
  lines.push(...table.notes)
  return lines.join('\n')
}
