import { useEffect, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { MeasureDefinition } from '../../release/measure-definition'
import { useRelease, useReleaseStoreApi } from '../../store/store-context'

/** Why a new name cannot be taken, in words; null when it can. */
function nameProblem(
  name: string,
  measure: MeasureDefinition,
  measures: readonly MeasureDefinition[],
): string | null {
  const trimmed = name.trim()
  if (trimmed === '') return 'A measure needs a name; press Escape to keep the one it had.'
  const taken = measures.find(
    (other) => other.id !== measure.id && other.label.toLowerCase() === trimmed.toLowerCase(),
  )
  return taken === undefined
    ? null
    : `The release already has a measure named ${taken.label}; choose another name.`
}

/**
 * A row's name, renamed in place as a spreadsheet renames a sheet: double-click it, or press F2
 * (or Enter) on it; Enter or leaving the field keeps the new name as one undo step, Escape the old.
 */
export function MeasureRowLabel(props: { readonly measure: MeasureDefinition }) {
  const { measure } = props
  const store = useReleaseStoreApi()
  const measures = useRelease((state) => state.document.figures.measures)
  const [draft, setDraft] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const label = useRef<HTMLButtonElement | null>(null)
  const field = useRef<HTMLInputElement | null>(null)
  // Set once Enter or Escape has ended the edit, so the blur that follows does not end it again.
  const ended = useRef(false)
  const editing = draft !== null

  useEffect(() => {
    if (editing) {
      field.current?.focus()
      field.current?.select()
    }
    // Focus goes back to the name once the edit ends, as it does on a spreadsheet's sheet tab.
    else if (ended.current) label.current?.focus()
  }, [editing])

  const start = (): void => {
    ended.current = false
    setProblem(null)
    setDraft(measure.label)
  }
  const stop = (): void => {
    ended.current = true
    setDraft(null)
    setProblem(null)
  }
  const commit = (): boolean => {
    if (draft === null || ended.current) return true
    const wrong = nameProblem(draft, measure, measures)
    if (wrong !== null) {
      setProblem(wrong)
      return false
    }
    if (draft.trim() !== measure.label) {
      const result = store
        .getState()
        .changeMeasures({ kind: 'rename', id: measure.id, name: draft })
      if (!result.ok) {
        setProblem(result.error)
        return false
      }
    }
    stop()
    return true
  }

  const onFieldKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault()
      commit()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      stop()
    }
  }

  if (draft !== null) {
    const messageId = `rename-${measure.id}-error`
    return (
      <span className="figures-grid__rename">
        <input
          ref={field}
          className="field__input figures-grid__rename-input"
          aria-label={`New name for ${measure.label}`}
          value={draft}
          aria-invalid={problem !== null}
          aria-describedby={problem === null ? undefined : messageId}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onFieldKey}
          onBlur={() => {
            // Leaving the field keeps a name that can be kept; a wrong one is dropped, as Escape does.
            if (!ended.current && !commit()) stop()
          }}
        />
        {problem !== null && (
          <span id={messageId} className="field__message" role="alert">
            {problem}
          </span>
        )}
      </span>
    )
  }
  return (
    <button
      ref={label}
      type="button"
      className="figures-grid__label"
      title="Double-click or press F2 to rename"
      aria-keyshortcuts="F2"
      onDoubleClick={start}
      // A click from the keyboard (Enter or Space) starts renaming too; a single mouse click only selects.
      onClick={(event) => {
        if (event.detail === 0) start()
      }}
      onKeyDown={(event) => {
        if (event.key === 'F2') {
          event.preventDefault()
          start()
        }
      }}
    >
      {measure.label}
    </button>
  )
}
