import type { ContentTable } from '../release/content-table'
import { groupedHeads } from './table-layout'
import type { HeadLine } from './table-layout'

const GUTTER = '  '
/** Spaces per indent level of a row's label. */
const INDENT = '  '

function padLeft(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - text.length)) + text
}

function centre(text: string, width: number): string {
  const room = Math.max(0, width - text.length)
  const left = Math.ceil(room / 2)
  return ' '.repeat(left) + text + ' '.repeat(room - left)
}

/** Widens the columns under each head set across several, until the head fits over them. */
function widenForHeads(widths: number[], heads: readonly HeadLine[]): void {
  for (const line of heads) {
    let first = 0
    for (const head of line) {
      const span = widths.slice(first, first + head.span)
      const room = span.reduce((sum, width) => sum + width, 0) + GUTTER.length * (head.span - 1)
      // The extra room is shared among the head's columns, the leftmost taking any remainder.
      const extra = Math.max(0, head.text.length - room)
      for (let column = first; column < first + head.span; column += 1) {
        const share = Math.floor(extra / head.span) + (column - first < extra % head.span ? 1 : 0)
        widths[column] = (widths[column] ?? 0) + share
      }
      first += head.span
    }
  }
}

function padRight(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - text.length))
}

/**
 * A financial table as plain text: the label column flush left, each figure column right-aligned
 * under its head, with spaces only, so it stays aligned in any fixed-width font and in an e-mail.
 */
export function tableText(table: ContentTable): string {
  const heads = groupedHeads(table)
  const labels = table.rows.map((row) => INDENT.repeat(row.indent) + row.label)
  const labelWidth = labels.reduce((most, label) => Math.max(most, label.length), 0)
  const widths = table.columns.map((column, index) =>
    Math.max(
      ...column.headLines.slice(-1).map((line) => line.length),
      ...table.rows.map((row) => (row.cells[index]?.text.length ?? 0) + 1),
      1,
    ),
  )
  widenForHeads(widths, heads)
  // How each cell sits: a figure right-aligned on its digits, or a left-aligned cell.
  const line = (label: string, cells: readonly string[], sits: readonly ('figure' | 'left')[]): string =>
    [padRight(label, labelWidth), ...cells.map((cell, index) => {
      const width = widths[index] ?? 0
      if (sits[index] === 'left') return padRight(cell, width)
      // A figure without parentheses stands one space in, so its digits line up with "(168)".
      return padLeft(cell.endsWith(')') || cell === '' ? cell : `${cell} `, width)
    })]
      .join(GUTTER)
      .trimEnd()
  const lines: string[] = []
  if (table.title !== '') lines.push(table.title)
  if (table.unitLine !== '') lines.push(table.unitLine)
  for (const head of heads) {
    let first = 0
    const cells = head.map((cell) => {
      const span = widths.slice(first, first + cell.span)
      first += cell.span
      if (cell.span === 1) return padLeft(cell.text, span[0] ?? 0)
      return centre(cell.text, span.reduce((sum, width) => sum + width, 0) + GUTTER.length * (cell.span - 1))
    })
    lines.push([' '.repeat(labelWidth), ...cells].join(GUTTER).trimEnd())
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
