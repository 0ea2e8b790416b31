import { useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { MEASURE_LABELS } from '../../release/measures'
import type { Measure, PeriodKey } from '../../release/measures'
import { decimalCellText, figureCellText } from '../../store/figure-text'
import { selectFacts } from '../../store/selectors'
import { useRelease, useReleaseStoreApi } from '../../store/store-context'
import { cellKey } from '../../store/store-types'
import { cellInputId, neighbourCell } from './grid-navigation'

export interface FigureCellProps {
  readonly measure: Measure
  readonly period: PeriodKey
  readonly columnLabel: string
}

function focusCell(measure: Measure, period: PeriodKey): void {
  document.getElementById(cellInputId(measure, period))?.focus()
}

/**
 * One figure. The document only ever holds a valid amount: what is typed stays a draft until it
 * reads as one, and an invalid draft says so next to the cell, with the value the release still uses.
 */
export function FigureCell(props: FigureCellProps) {
  const { measure, period, columnLabel } = props
  // A click into the cell selects its value, as in a spreadsheet; the mouseup would otherwise drop the selection.
  const selectedOnFocus = useRef(false)
  // What the figure was when the cell was entered: Escape goes back to it, as in a spreadsheet.
  const atFocus = useRef<string | null>(null)
  const key = cellKey(measure, period)
  const store = useReleaseStoreApi()
  const stored = useRelease((state) => state.document.figures[measure][period])
  const draft = useRelease((state) => state.figureDrafts[key])
  const resolved = useRelease((state) => selectFacts(state).resolution.figures[measure][period])
  const error = draft?.error ?? null
  // Errors appear once the person leaves the cell or presses Enter, not while "3." is on its way to "3.5m".
  const showError = error !== null && draft?.shown === true
  const derived = stored === null && draft === undefined && resolved.source === 'derived' ? resolved : null
  const value = draft?.text ?? figureCellText(stored)
  const inputId = cellInputId(measure, period)
  const messageId = `${inputId}-message`
  const label = `${MEASURE_LABELS[measure]}, ${columnLabel}`

  const move = (direction: 'down' | 'up'): void => {
    const next = neighbourCell(measure, period, direction)
    if (next !== null) focusCell(next.measure, next.period)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    selectedOnFocus.current = false
    if (event.key === 'Enter') {
      event.preventDefault()
      store.getState().commitFigure(measure, period)
      // An entry that is not an amount keeps the cell, with its message, until it is fixed or Escape.
      if (error !== null) return
      move(event.shiftKey ? 'up' : 'down')
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      move(event.key === 'ArrowDown' ? 'down' : 'up')
    } else if (event.key === 'Escape' && (draft !== undefined || stored !== atFocus.current)) {
      event.preventDefault()
      store.getState().revertFigure(measure, period, atFocus.current)
      event.currentTarget.select()
    }
  }

  const stillUses =
    stored !== null
      ? `The release still uses ${figureCellText(stored)}.`
      : resolved.source === 'derived'
        ? `The release still uses the derived ${decimalCellText(resolved.value)}.`
        : 'The release leaves it blank.'

  return (
    <td className={`figure-cell${showError ? ' figure-cell--invalid' : ''}${derived !== null ? ' figure-cell--derived' : ''}`}>
      <input
        id={inputId}
        className="figure-cell__input"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-label={label}
        aria-invalid={showError}
        aria-describedby={showError ? messageId : derived !== null ? `${inputId}-derived` : undefined}
        placeholder={derived !== null ? decimalCellText(derived.value) : undefined}
        value={value}
        onChange={(event) => {
          store.getState().setFigure(measure, period, event.target.value)
        }}
        onFocus={(event) => {
          atFocus.current = stored
          store.getState().breakCoalescing()
          event.target.select()
          selectedOnFocus.current = true
        }}
        onMouseUp={(event) => {
          if (selectedOnFocus.current) event.preventDefault()
          selectedOnFocus.current = false
        }}
        onBlur={() => {
          store.getState().commitFigure(measure, period)
          store.getState().breakCoalescing()
        }}
        onKeyDown={onKeyDown}
      />
      {derived !== null && (
        <span id={`${inputId}-derived`} className="figure-cell__derived" title={`Derived: ${derived.rule}`}>
          derived
        </span>
      )}
      {showError && (
        <span id={messageId} className="figure-cell__message" role="alert">
          {error} {stillUses}
        </span>
      )}
    </td>
  )
}
