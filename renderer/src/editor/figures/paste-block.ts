import { clipboardRows, isCellBlock, placeFigureBlock } from '../../release/figure-block'
import { definitionOf } from '../../release/release-measures'
import type { Measure, PeriodKey } from '../../release/measures'
import { readFigureInput } from '../../store/figure-text'
import type { ReleaseStore } from '../../store/release-store'
import { periodColumnLabel } from './period-labels'

/** A pasted Word or web table as rows of cell text, for when the clipboard carries no plain text. */
export function htmlTableRows(html: string): readonly (readonly string[])[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html')
  const table = parsed.querySelector('table')
  if (table === null) return []
  return [...table.querySelectorAll('tr')].map((row) =>
    [...row.querySelectorAll('td, th')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
  )
}

/** What was copied, as rows of cells: the text Excel and Word put on the clipboard, else a table's HTML. */
export function clipboardBlock(data: Pick<DataTransfer, 'getData'>): readonly (readonly string[])[] {
  const text = data.getData('text/plain')
  if (text.trim() !== '') return clipboardRows(text)
  const html = data.getData('text/html')
  return html === '' ? [] : htmlTableRows(html)
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/**
 * Pastes a block copied from Excel or Word into the grid from the focused cell, as one undo step.
 * Returns false for a single value, which the cell takes as typing. A cell that is not an amount
 * pastes nothing and says where it is; cells past the grid's edge are left out, and said so.
 */
export function pasteFigureBlock(
  store: ReleaseStore,
  at: { readonly measure: Measure; readonly period: PeriodKey },
  data: Pick<DataTransfer, 'getData'>,
): boolean {
  const rows = clipboardBlock(data)
  if (!isCellBlock(rows)) return false
  const state = store.getState()
  const { figures, period } = state.document
  const placed = placeFigureBlock(figures, at, rows, readFigureInput)
  if (!placed.ok) {
    const { measure, row, column, error } = placed.error
    const cell = `${definitionOf(figures.measures, measure).label}, ${periodColumnLabel(placed.error.period, period)}`
    state.showToast('error', `Nothing was pasted: row ${row}, column ${column} of what was copied (for ${cell}): ${error}`)
    return true
  }
  const { cells, leftOut } = placed.value
  state.fillFigures(cells)
  const pasted = `Pasted ${plural(cells.length, 'figure', 'figures')}.`
  state.showToast(
    leftOut === 0 ? 'success' : 'info',
    leftOut === 0
      ? pasted
      : `${pasted} ${plural(leftOut, 'copied cell was', 'copied cells were')} past the grid's last row or column and left out.`,
  )
  return true
}
