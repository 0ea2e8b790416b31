import { useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { PeriodKey } from '../../release/measures'
import type { EnteredTableRow } from '../../release/table-schema'
import { figureCellText } from '../../store/figure-text'
import { useReleaseStoreApi } from '../../store/store-context'
import { tableCellId } from './table-cell-id'

export interface EnteredCellProps {
  readonly table: string
  readonly row: EnteredTableRow
  readonly period: PeriodKey
  readonly column: number
  /** "Cost of sales, Three Months Ended Sept. 30, 2006": the cell's name for a screen reader. */
  readonly label: string
  readonly selected: boolean
}

/** Enter goes down the column to the next cell that takes figures, Shift+Enter up, as in the figures grid. */
function moveInColumn(from: HTMLInputElement, up: boolean): void {
  const column = from.dataset['column']
  const cells = [...document.querySelectorAll<HTMLInputElement>(`input[data-table-cell][data-column="${column ?? ''}"]`)]
  const next = cells[cells.indexOf(from) + (up ? -1 : 1)]
  next?.focus()
}

/**
 * A figure entered only for the table. It is read as the grid reads amounts ("(168)", "1,234",
 * "5.6m") when the person leaves the cell or presses Enter or Tab; text that is not an amount keeps
 * the cell with its message and changes nothing; Escape puts back the figure it had.
 */
export function EnteredCell(props: EnteredCellProps) {
  const { table, row, period, column, label, selected } = props
  const store = useReleaseStoreApi()
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const stored = row.values[period]
  const id = tableCellId(table, row.id, column)
  const messageId = `${id}-message`

  const commit = (): boolean => {
    if (draft === null) return true
    const result = store.getState().setTableFigure(table, row.id, period, draft)
    if (!result.ok) {
      setError(result.error)
      return false
    }
    setDraft(null)
    setError(null)
    return true
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const input = event.currentTarget
    if (event.key === 'Enter') {
      event.preventDefault()
      if (commit()) moveInColumn(input, event.shiftKey)
    } else if (event.key === 'Tab') {
      // The focus moves on as usual; an entry that is not an amount keeps it here, with its message.
      if (!commit()) event.preventDefault()
    } else if (event.key === 'Escape' && draft !== null) {
      event.preventDefault()
      setDraft(null)
      setError(null)
    } else if (event.key === 'F2') {
      // F2 edits the figure where it ends, as a spreadsheet does, rather than typing over it.
      event.preventDefault()
      input.setSelectionRange(input.value.length, input.value.length)
    }
  }

  return (
    <td className="tables-grid__cell" data-selected={selected || undefined}>
      <input
        id={id}
        className="tables-grid__input"
        data-table-cell=""
        data-column={column}
        aria-label={label}
        aria-invalid={error !== null || undefined}
        aria-describedby={error === null ? undefined : messageId}
        inputMode="decimal"
        value={draft ?? figureCellText(row.figures, stored)}
        onFocus={(event) => {
          event.currentTarget.select()
          store.getState().selectTable({ table, row: row.id, column })
        }}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={() => commit()}
      />
      {error !== null && (
        <span id={messageId} className="tables-grid__message" role="alert">
          {error}
        </span>
      )}
    </td>
  )
}
