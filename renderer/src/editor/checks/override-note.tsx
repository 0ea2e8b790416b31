import { useRelease } from '../../store/store-context'
import { countWords, selectErrorCount } from './check-selectors'
import { recordedErrorCount } from './final-gate'

/**
 * The record of a final release that went out with errors, and why: it stays as history after
 * the errors are fixed (the gate no longer asks then).
 */
export function OverrideNote() {
  const status = useRelease((state) => state.document.status)
  const errorsNow = useRelease(selectErrorCount)
  if (status.overrideReason === null) return null
  const recorded = recordedErrorCount(status)
  const despite = recorded === null ? 'errors' : countWords(recorded, 'error')
  const now =
    errorsNow === 0
      ? 'The checks find no errors now.'
      : `${countWords(errorsNow, 'error')} ${errorsNow === 1 ? 'remains' : 'remain'}.`
  return (
    <div className="checks-override" role="note" data-testid="checks-override">
      <p className="checks-override__record">
        <strong>Exported as final despite {despite}:</strong>{' '}
        <span className="checks-override__reason">{status.overrideReason}</span>
      </p>
      <p className="checks-override__now">{now}</p>
    </div>
  )
}
