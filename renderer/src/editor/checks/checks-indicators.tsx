import { useRelease, useReleaseStoreApi } from '../../store/store-context'
import { countWords, selectErrorCount, selectWarningCount } from './check-selectors'
import './checks.css'

/** "1 error, 2 warnings", leaving out what there is none of; "No problems found" for none at all. */
export function checksCountText(errors: number, warnings: number): string {
  const parts = [
    ...(errors > 0 ? [countWords(errors, 'error')] : []),
    ...(warnings > 0 ? [countWords(warnings, 'warning')] : []),
  ]
  return parts.length === 0 ? 'No problems found' : parts.join(', ')
}

/** The count on the Checks tab: red while there are errors, amber for warnings only, none when clear. */
export function ChecksBadge() {
  const errors = useRelease(selectErrorCount)
  const warnings = useRelease(selectWarningCount)
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
  const errors = useRelease(selectErrorCount)
  const warnings = useRelease(selectWarningCount)
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
