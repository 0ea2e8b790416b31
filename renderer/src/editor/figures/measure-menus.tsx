import { useRef, useState } from 'react'
import { MEASURE_CATALOGUE } from '../../release/measure-catalogue'
import type { MeasureDefinition } from '../../release/measure-definition'
import type { MeasureCommand } from '../../release/measure-list'
import { useRelease, useReleaseStoreApi } from '../../store/store-context'
import { OwnMeasureDialog } from './own-measure-dialog'

function useChange(): (command: MeasureCommand) => void {
  const store = useReleaseStoreApi()
  return (command) => {
    const result = store.getState().changeMeasures(command)
    if (!result.ok) store.getState().showToast('error', result.error)
  }
}

/** The menu's value that opens the form for a measure of the person's own. */
const OWN = '\u0000own'

/** "Add measure": the catalogue's measures the release does not report yet, and one of the person's own. */
export function AddMeasureMenu() {
  const change = useChange()
  const [making, setMaking] = useState(false)
  const menu = useRef<HTMLSelectElement | null>(null)
  const reported = useRelease((state) => state.document.figures.measures)
  const available = MEASURE_CATALOGUE.filter(
    (measure) => !reported.some((entry) => entry.id === measure.id),
  )
  return (
    <>
      <label className="figures-grid__add">
        <span className="visually-hidden">Add measure</span>
        <select
          ref={menu}
          className="field__input"
          aria-label="Add measure"
          value=""
          onChange={(event) => {
            const chosen = event.target.value
            if (chosen === OWN) setMaking(true)
            else if (chosen !== '') change({ kind: 'addCatalogue', id: chosen })
          }}
        >
          <option value="">Add measure…</option>
          {available.map((measure) => (
            <option key={measure.id} value={measure.id}>
              {measure.label}
            </option>
          ))}
          <option value={OWN}>Add your own measure…</option>
        </select>
      </label>
      {/* Outside the label: a click in the form must not reach the menu. */}
      {making && (
        <OwnMeasureDialog
          onClose={() => {
            setMaking(false)
            // Focus goes back to the menu the form was opened from, however it was chosen.
            queueMicrotask(() => menu.current?.focus())
          }}
        />
      )}
    </>
  )
}

/** A row's own menu: move it up or down, or remove it (Undo brings it back with its figures). */
export function MeasureRowMenu(props: { readonly measure: MeasureDefinition }) {
  const change = useChange()
  const { measure } = props
  return (
    <span className="figures-grid__row-menu">
      <button
        type="button"
        aria-label={`Move ${measure.label} up`}
        onClick={() => change({ kind: 'move', id: measure.id, direction: 'up' })}
      >
        {'\u2191'}
      </button>
      <button
        type="button"
        aria-label={`Move ${measure.label} down`}
        onClick={() => change({ kind: 'move', id: measure.id, direction: 'down' })}
      >
        {'\u2193'}
      </button>
      <button
        type="button"
        aria-label={`Remove ${measure.label}`}
        onClick={() => change({ kind: 'remove', id: measure.id })}
      >
        {'\u00d7'}
      </button>
    </span>
  )
}
