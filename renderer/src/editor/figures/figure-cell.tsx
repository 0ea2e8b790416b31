import { useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { figureRow } from '../../release/figures-schema'
import { definitionOf, measureOf } from '../../release/release-measures'
import { resolvedFigure } from '../../release/resolve-figures'
import type { Measure, PeriodKey } from '../../release/measures'
import { decimalCellText, figureCellText } from '../../store/figure-text'
import { selectCellFindings, selectFacts } from '../../store/selectors'
import { useRelease, useReleaseStoreApi } from '../../store/store-context'
import { cellKey } from '../../store/store-types'
import { cellInputId, neighbourCell } from './grid-navigation'
import { pasteFigureBlock } from './paste-block'

export interface FigureCellProps {
  readonly measure: Measure
  readonly period: PeriodKey
  readonly columnLabel: string
}

function focusCell(measure: Measure, period: PeriodKey): void {
  document.getElementById(cellInputId(measure, period))?.focus()
}

/**
 * One figure. The release uses what is typed while it is an amount; text that is not one leaves the
 * figure as it was, and once the person leaves the cell it is refused: marked, with its message and
 * the value the release still uses, until it is fixed or Escape restores the figure. The cell also
 * carries a mark for each problem the figures' findings name it in.
 */
export function FigureCell(props: FigureCellProps) {
  const { measure, period, columnLabel } = props
  // A click into the cell selects its value, as in a spreadsheet; the mouseup would otherwise drop the selection.
  const selectedOnFocus = useRef(false)
  const key = cellKey(measure, period)
  const store = useReleaseStoreApi()
  const measures = useRelease((state) => state.document.figures.measures)
  const definition = measureOf(measures, measure) ?? definitionOf([], measure)
  const { kind } = definition
  const stored = useRelease((state) => figureRow(state.document.figures, measure)[period])
  const draft = useRelease((state) => state.figureDrafts[key])
  const resolved = useRelease((state) => resolvedFigure(selectFacts(state).resolution.figures, measure, period))
  // The cell's own refusal is its message below; the mark is for what the other findings say of it.
  const findings = useRelease((state) => selectCellFindings(state, key)).filter((entry) => entry.finding.rule !== 'not-an-amount')
  const flag = findings.length === 0 ? null : findings.some((entry) => entry.finding.severity === 'error') ? 'error' : 'warning'
  const error = draft?.error ?? null
  // Errors appear once the person leaves the cell or presses Enter, not while "3." is on its way to "3.5m".
  const showError = error !== null && draft?.shown === true
  const derived = stored === null && draft === undefined && resolved.source === 'derived' ? resolved : null
  const value = draft?.text ?? figureCellText(kind, stored)
  const inputId = cellInputId(measure, period)
  const messageId = `${inputId}-message`
  const flagId = `${inputId}-findings`
  const describedBy = [showError ? messageId : derived !== null ? `${inputId}-derived` : null, flag !== null ? flagId : null]
    .filter((id) => id !== null)
    .join(' ')
  const label = `${definition.label}, ${columnLabel}`

  const move = (direction: 'down' | 'up'): void => {
    const next = neighbourCell(
      measures.map((entry) => entry.id),
      measure,
      period,
      direction,
    )
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
    } else if (event.key === 'Escape' && draft !== undefined) {
      event.preventDefault()
      store.getState().revertFigure(measure, period)
      event.currentTarget.select()
    }
  }

  const stillUses =
    stored !== null
      ? `The release still uses ${figureCellText(kind, stored)}.`
      : resolved.source === 'derived'
        ? `The release still uses the derived ${decimalCellText(kind, resolved.value)}.`
        : 'The release leaves it blank.'

  return (
    <td
      className={`figure-cell${showError ? ' figure-cell--invalid' : ''}${derived !== null ? ' figure-cell--derived' : ''}${flag !== null ? ` figure-cell--flagged-${flag}` : ''}`}
    >
      <input
        id={inputId}
        className="figure-cell__input"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-label={label}
        aria-invalid={showError}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        placeholder={derived !== null ? decimalCellText(kind, derived.value) : undefined}
        value={value}
        onChange={(event) => {
          store.getState().setFigure(measure, period, event.target.value)
        }}
        onFocus={(event) => {
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
        onPaste={(event) => {
          // A block copied from Excel or Word fills the cells it covers; one value is typing.
          if (pasteFigureBlock(store, { measure, period }, event.clipboardData)) event.preventDefault()
        }}
      />
      {derived !== null && (
        <span id={`${inputId}-derived`} className="figure-cell__derived" title={`Derived: ${derived.rule}`}>
          derived
        </span>
      )}
      {flag !== null && (
        <span
          id={flagId}
          className={`figure-cell__flag figure-cell__flag--${flag}`}
          title={findings.map((entry) => entry.finding.message).join('\n')}
          data-testid={`${inputId}-flag`}
        >
          <span aria-hidden="true">{flag === 'error' ? '!' : '?'}</span>
          <span className="visually-hidden">{findings.map((entry) => entry.finding.message).join(' ')}</span>
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
