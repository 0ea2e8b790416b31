import { useEffect, useRef, useState } from 'react'
import type { FormEvent, KeyboardEvent } from 'react'
import { useStore } from 'zustand'
import { useReleaseStoreApi } from '../../store/store-context'
import { reasonRequests } from './reason-request'
import type { ReasonRequest } from './reason-request'
import './checks.css'
import { keepTabInside } from '../dialog-focus'

function ReasonDialog(props: { readonly request: ReasonRequest }) {
  const { request } = props
  const [reason, setReason] = useState(request.initial)
  const [tried, setTried] = useState(false)
  const panel = useRef<HTMLFormElement | null>(null)
  const field = useRef<HTMLTextAreaElement | null>(null)
  const missing = reason.trim() === ''

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    field.current?.focus()
    field.current?.select()
    return () => previous?.focus()
  }, [])

  const submit = (event?: FormEvent): void => {
    event?.preventDefault()
    setTried(true)
    if (!missing) request.resolve(reason.trim())
  }

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault()
      request.resolve(null)
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      submit(event)
    } else if (event.key === 'Tab') {
      // Focus stays in the dialog while it is open.
      keepTabInside(event, panel.current, 'textarea, button')
    }
  }

  const showError = tried && missing
  return (
    <div className="dialog-backdrop">
      <form
        ref={panel}
        className="dialog reason-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="reason-title"
        aria-describedby="reason-message"
        onKeyDown={onKeyDown}
        onSubmit={submit}
        noValidate
      >
        <h2 id="reason-title" className="dialog__title">
          {request.title}
        </h2>
        <div id="reason-message" className="dialog__message">
          <p>{request.message}</p>
        </div>
        <label className="field">
          <span className="field__label">{request.label}</span>
          <textarea
            ref={field}
            className="field__input reason-dialog__input"
            rows={3}
            value={reason}
            required
            aria-invalid={showError}
            aria-describedby={showError ? 'reason-error' : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
        </label>
        {showError && (
          <p id="reason-error" className="field__message" role="alert">
            Write the reason: it is kept with the release.
          </p>
        )}
        <div className="dialog__buttons">
          <button type="button" className="button button--plain" onClick={() => request.resolve(null)}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            {request.confirmLabel}
          </button>
        </div>
      </form>
    </div>
  )
}

/** Shows the checks' reason question when there is one (the final-release gate asks it). */
export function ReasonDialogHost() {
  const store = useReleaseStoreApi()
  const request = useStore(reasonRequests(store), (state) => state.request)
  // A new question starts with its own words, not the last one's.
  return request === null ? null : <ReasonDialog key={request.id} request={request} />
}
