import { useEffect } from 'react'
import { useRelease, useReleaseStoreApi } from '../../store/store-context'
import { countWords, selectShownFindings } from './check-selectors'
import './checks.css'

/** "1 error, 2 warnings", leaving out what there is none of; "No problems found" for none at all. */
export function checksCountText(errors: number, warnings: number): string {
  const parts = [
    ...(errors > 0 ? [countWords(errors, 'error')] : []),
    ...(warnings > 0 ? [countWords(warnings, 'warning')] : []),
  ]
  return parts.length === 0 ? 'No problems found' : parts.join(', ')
}

/** Errors and warnings as shown: null until the checks' first run. */
function useShownCounts(): { readonly errors: number; readonly warnings: number } | null {
  const errors = useRelease((state) => selectShownFindings(state)?.filter((finding) => finding.severity === 'error').length ?? null)
  const all = useRelease((state) => selectShownFindings(state)?.length ?? null)
  return errors === null || all === null ? null : { errors, warnings: all - errors }
}

/** The count on the Checks tab: red while there are errors, amber for warnings only, none when clear. */
export function ChecksBadge() {
  const counts = useShownCounts()
  if (counts === null) return null
  const { errors, warnings } = counts
  const total = errors + warnings
  if (total === 0) return null
  return (
    <span
      className={`editor-tabs__badge${errors === 0 ? ' checks-badge--warnings' : ''}`}
      aria-label={checksCountText(errors, warnings)}
      data-testid="checks-badge"
    >
      {total}
    </span>
  )
}

/** In the status bar: the checks' count, which opens the Checks tab. */
export function ChecksStatus() {
  const store = useReleaseStoreApi()
  const counts = useShownCounts()
  // A readiness signal for tests and tools: the checks have run and what they found is on screen.
  useEffect(() => {
    if (counts !== null) document.documentElement.dataset.checksReady = 'true'
  }, [counts])
  if (counts === null) {
    return (
      <button type="button" className="status-bar__button" data-testid="checks-count" title="Show the checks" onClick={() => store.getState().setActiveTab('checks')}>
        Checks: running…
      </button>
    )
  }
  const { errors, warnings } = counts
  const state = errors > 0 ? ' checks-status--errors' : warnings > 0 ? ' checks-status--warnings' : ''
  return (
    <button
      type="button"
      className={`status-bar__button${state}`}
      data-testid="checks-count"
      title="Show the checks"
      onClick={() => store.getState().setActiveTab('checks')}
    >
      {errors + warnings === 0 ? 'Checks: no problems' : `Checks: ${checksCountText(errors, warnings)}`}
    </button>
  )
}
