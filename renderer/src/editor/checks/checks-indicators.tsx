import { useEffect } from 'react'
import type { ReleaseState } from '../../store/store-types'
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
function selectShownCounts(state: ReleaseState): string | null {
  const findings = selectShownFindings(state)
  if (findings === null) return null
  const errors = findings.filter((finding) => finding.severity === 'error').length
  return `${errors}/${findings.length - errors}`
}

function useShownCounts(): { readonly errors: number; readonly warnings: number } | null {
  // A string, so the store's equality check sees an unchanged count as unchanged.
  const counts = useRelease(selectShownCounts)
  if (counts === null) return null
  const [errors = 0, warnings = 0] = counts.split('/').map(Number)
  return { errors, warnings }
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
