import type { TypedFigure } from './figure-precision'
import { kindIn } from './figure-precision'
import type { Figures } from './figures-schema'
import { PERIODS } from './measures'
import type { Measure, MeasureKind, PeriodKey } from './measures'
import type { Result } from './result'
import { fail, ok } from './result'

/** One figure to put in the grid: its cell and what it becomes (null: not reported). */
export interface FilledFigure {
  readonly measure: Measure
  readonly period: PeriodKey
  readonly typed: TypedFigure | null
}

/** A pasted block placed on the grid: the figures it fills, and how many of its cells fell outside. */
export interface PlacedBlock {
  readonly cells: readonly FilledFigure[]
  readonly leftOut: number
}

/** The first pasted cell that is not an amount: where it landed, where it was in the block, and why. */
export interface BlockRefusal {
  readonly measure: Measure
  readonly period: PeriodKey
  /** 1-based, in the block as copied. */
  readonly row: number
  readonly column: number
  readonly error: string
}

/**
 * The rows and cells of what Excel, Word or a browser put on the clipboard as text: rows by line,
 * cells by tab. The one newline Excel ends its block with is not an empty last row; a cell Excel
 * quoted because it held a tab, newline or quote loses its quotes.
 */
export function clipboardRows(text: string): readonly (readonly string[])[] {
  const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '')
  if (body === '') return []
  return body.split('\n').map((line) =>
    line.split('\t').map((cell) => {
      const quoted = /^"((?:[^"]|"")*)"$/.exec(cell)
      return quoted === null ? cell : (quoted[1] ?? '').replace(/""/g, '"')
    }),
  )
}

/** Whether a pasted text is a block of several cells rather than one amount typed in a cell. */
export function isCellBlock(rows: readonly (readonly string[])[]): boolean {
  return rows.length > 1 || (rows[0]?.length ?? 0) > 1
}

/**
 * Places a pasted block on the grid from the focused cell, rightwards and downwards, reading each
 * cell as the grid reads typing. Cells past the grid's last row or column are counted, not read;
 * the first cell that is not an amount refuses the whole block.
 */
export function placeFigureBlock(
  figures: Figures,
  at: { readonly measure: Measure; readonly period: PeriodKey },
  rows: readonly (readonly string[])[],
  read: (kind: MeasureKind, text: string) => Result<TypedFigure | null>,
): Result<PlacedBlock, BlockRefusal> {
  const order = figures.measures.map((entry) => entry.id)
  const firstRow = order.indexOf(at.measure)
  const firstColumn = PERIODS.indexOf(at.period)
  const cells: FilledFigure[] = []
  let leftOut = 0
  for (const [rowIndex, row] of rows.entries()) {
    const measure = firstRow < 0 ? undefined : order[firstRow + rowIndex]
    for (const [columnIndex, text] of row.entries()) {
      const period = firstColumn < 0 ? undefined : PERIODS[firstColumn + columnIndex]
      if (measure === undefined || period === undefined) {
        leftOut += 1
        continue
      }
      const typed = read(kindIn(figures, measure), text)
      if (!typed.ok)
        return fail({ measure, period, row: rowIndex + 1, column: columnIndex + 1, error: typed.error })
      cells.push({ measure, period, typed: typed.value })
    }
  }
  return ok({ cells, leftOut })
}
