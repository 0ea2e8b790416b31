import { ChecksStatus } from '../editor/checks/checks-indicators'
import { confirmMarkFinal } from '../editor/checks/final-gate'
import { refusedForUnreadFigures } from '../editor/figures/unread-figures'
import { selectDirty, selectDocumentName, selectFigureFindings, selectWordCount } from '../store/selectors'
import { useRelease, useReleaseStoreApi } from '../store/store-context'

/** Saved or not, the file, the figure warnings and whether the release is still a draft. */
export function StatusBar() {
  const store = useReleaseStoreApi()
  const dirty = useRelease(selectDirty)
  const name = useRelease(selectDocumentName)
  // The sample and a new release have no file yet: nothing of theirs is saved anywhere.
  const neverSaved = useRelease((state) => state.filePath === null)
  // The figures' findings include the cells refused as not amounts.
  const problems = useRelease((state) => selectFigureFindings(state).length)
  const final = useRelease((state) => state.document.status.final)
  const words = useRelease(selectWordCount)

  const markFinal = async (next: boolean): Promise<void> => {
    const state = store.getState()
    if (next && (await refusedForUnreadFigures(store, 'final'))) return
    // One question at a time: the checks' errors (with the figure warnings named), else the figure warnings alone.
    const checked = next ? await confirmMarkFinal(store, problems) : 'clear'
    if (checked === 'stop') return
    if (next && checked === 'clear' && problems > 0) {
      const choice = await state.ask({
        title: 'Mark the release final?',
        message: `The figures have ${problems} warning${problems === 1 ? '' : 's'}. A final release prints without the DRAFT mark.\n\nCheck the warnings under the figures first, or mark it final anyway.`,
        buttons: [
          { id: 'check', label: 'Show the warnings', variant: 'primary' },
          { id: 'final', label: 'Mark final anyway', variant: 'danger' },
        ],
        cancelId: 'check',
      })
      if (choice !== 'final') {
        state.setActiveTab('figures')
        return
      }
    }
    store.getState().setFinal(next)
  }
  return (
    <footer className="status-bar">
      <span className={`status-bar__save${dirty ? ' status-bar__save--dirty' : ''}`} data-testid="save-state">
        {dirty ? 'Unsaved changes' : neverSaved ? 'Not saved yet' : 'All changes saved'}
      </span>
      <span className="status-bar__file" title={name}>
        {name}
      </span>
      <button
        type="button"
        className={`status-bar__button${problems > 0 ? ' status-bar__warnings--on' : ''}`}
        data-testid="warning-count"
        onClick={() => store.getState().setActiveTab('figures')}
      >
        {problems === 0 ? 'No figure warnings' : `${problems} figure warning${problems === 1 ? '' : 's'}`}
      </button>
      <ChecksStatus />
      <span className="status-bar__spacer" />
      <span className="status-bar__words" data-testid="word-count" title="Words in the text blocks and live fields">
        {words === 1 ? '1 word' : `${words.toLocaleString('en-US')} words`}
      </span>
      {/* The box's name says what ticking it does; the words beside it say what the pages show now. */}
      <label className="status-bar__final">
        <input
          type="checkbox"
          checked={final}
          aria-describedby="final-state"
          onChange={(event) => void markFinal(event.target.checked)}
        />
        Final
      </label>
      <span id="final-state" className="status-bar__final-state">
        {final ? 'no DRAFT mark' : 'pages marked DRAFT'}
      </span>
    </footer>
  )
}
