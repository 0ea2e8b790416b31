import { selectDirty, selectDocumentName, selectWarnings } from '../store/selectors'
import { useRelease, useReleaseStoreApi } from '../store/store-context'

/** Saved or not, the file, the figure warnings and whether the release is still a draft. */
export function StatusBar() {
  const store = useReleaseStoreApi()
  const dirty = useRelease(selectDirty)
  const name = useRelease(selectDocumentName)
  const warnings = useRelease((state) => selectWarnings(state).length)
  const invalidCells = useRelease(
    (state) => Object.values(state.figureDrafts).filter((draft) => draft.error !== null && draft.shown).length,
  )
  const final = useRelease((state) => state.document.status.final)
  const problems = warnings + invalidCells
  return (
    <footer className="status-bar">
      <span className={`status-bar__save${dirty ? ' status-bar__save--dirty' : ''}`} data-testid="save-state">
        {dirty ? 'Unsaved changes' : 'All changes saved'}
      </span>
      <span className="status-bar__file" title={name}>
        {name}
      </span>
      <button
        type="button"
        className={`status-bar__warnings${problems > 0 ? ' status-bar__warnings--on' : ''}`}
        data-testid="warning-count"
        onClick={() => store.getState().setActiveTab('figures')}
      >
        {problems === 0 ? 'No figure warnings' : `${problems} figure warning${problems === 1 ? '' : 's'}`}
      </button>
      <span className="status-bar__spacer" />
      <label className="status-bar__final">
        <input type="checkbox" checked={final} onChange={(event) => store.getState().setFinal(event.target.checked)} />
        {final ? 'Final: no DRAFT mark' : 'Draft: pages marked DRAFT'}
      </label>
    </footer>
  )
}
