import type { ContentTable } from '../release/content-table'
import { TABLE_GEOMETRY, tableColumnWidthsPt } from './page-geometry'
import { breakLines } from './text-width'

/**
 * How a financial table's column heads and notes fall into lines, as a typesetter sets them and
 * every output prints them. Heads shared by neighbouring columns are set once across them, as
 * releases do:
 *
 *         Three Months Ended        Six Months Ended
 *              March 31,                March 31,
 *           2006        2005        2006        2005
 *
 * and a head or a note too wide for its space is broken at spaces into more lines, never clipped.
 */

/** One head on one line of the heads: its text, over `span` figure columns. */
export interface HeadCell {
  readonly text: string
  readonly span: number
}

/** One line of the column heads: cells covering every figure column, in order. */
export type HeadLine = readonly HeadCell[]

export interface TableLayout {
  /** The label column's width, then each figure column's, in points. */
  readonly widthsPt: readonly number[]
  readonly heads: readonly HeadLine[]
  /** The notes under the table, each broken into lines that fit the table's width. */
  readonly noteLines: readonly string[]
}

/** A little room kept at the end of a line, so that a word processor's own rounding never breaks it again. */
const SLACK_PT = 2

/**
 * The heads as a grid, one row per line of the tallest head, shorter heads sitting at the bottom
 * next to their figures. A text is set once across neighbouring columns when it and every line
 * above it are the same in each of them; the last line (the year) is always set per column.
 */
export function groupedHeads(table: ContentTable): readonly HeadLine[] {
  const count = table.columns.reduce((most, column) => Math.max(most, column.headLines.length), 0)
  const grid = table.columns.map((column) =>
    Array.from({ length: count }, (_, line) => column.headLines[line - (count - column.headLines.length)] ?? ''),
  )
  const sameUpTo = (a: readonly string[], b: readonly string[], line: number): boolean =>
    a.slice(0, line + 1).every((text, index) => text === b[index])
  return Array.from({ length: count }, (_, line) => {
    const cells: HeadCell[] = []
    grid.forEach((column, index) => {
      const text = column[line] ?? ''
      const before = grid[index - 1]
      const previous = cells[cells.length - 1]
      const joins = line < count - 1 && text !== '' && before !== undefined && previous !== undefined && sameUpTo(before, column, line)
      if (joins) cells[cells.length - 1] = { text, span: previous.span + 1 }
      else cells.push({ text, span: 1 })
    })
    return cells
  })
}

/** The width each head of a line stands over: the sum of its figure columns' widths. */
export function headWidths(line: HeadLine, figureWidths: readonly number[]): readonly number[] {
  let first = 0
  return line.map((cell) => {
    const width = figureWidths.slice(first, first + cell.span).reduce((sum, each) => sum + each, 0)
    first += cell.span
    return width
  })
}

/** Each head line broken to fit its cells' widths; a line that needs more becomes several, its shorter cells at the bottom. */
function fittedHeads(heads: readonly HeadLine[], figureWidths: readonly number[]): HeadLine[] {
  return heads.flatMap((line) => {
    const widths = headWidths(line, figureWidths)
    const broken = line.map((cell, position) => {
      const room = (widths[position] ?? 0) - TABLE_GEOMETRY.figurePaddingPt - SLACK_PT
      return cell.text === '' ? [''] : breakLines(cell.text, room, TABLE_GEOMETRY.sizePt)
    })
    const count = broken.reduce((most, lines) => Math.max(most, lines.length), 1)
    return Array.from({ length: count }, (_, index) =>
      line.map((cell, position) => {
        const lines = broken[position] ?? []
        return { text: lines[index - (count - lines.length)] ?? '', span: cell.span }
      }),
    )
  })
}

const layouts = new WeakMap<ContentTable, Map<number, TableLayout>>()

/** The table laid out across a text width of textWidthPt; the same table and width give the same object. */
export function tableLayout(table: ContentTable, textWidthPt: number): TableLayout {
  const known = layouts.get(table)?.get(textWidthPt)
  if (known !== undefined) return known
  const widthsPt = tableColumnWidthsPt(textWidthPt, table.columns.length)
  const layout: TableLayout = {
    widthsPt,
    heads: fittedHeads(groupedHeads(table), widthsPt.slice(1)),
    noteLines: table.notes.flatMap((note) => breakLines(note, textWidthPt - SLACK_PT, TABLE_GEOMETRY.sizePt)),
  }
  const byWidth = layouts.get(table) ?? new Map<number, TableLayout>()
  byWidth.set(textWidthPt, layout)
  layouts.set(table, byWidth)
  return layout
}
