import { useEffect, useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { useRelease, useReleaseStoreApi } from '../store/store-context'
import { keepTabInside } from '../editor/dialog-focus'

/** The app's questions, one at a time, as a modal the keyboard can answer (Escape cancels). */
export function DialogHost() {
  const store = useReleaseStoreApi()
  const dialog = useRelease((state) => state.dialogs[0] ?? null)
  const panel = useRef<HTMLDivElement | null>(null)

  useEffect(() => {
    if (dialog === null) return
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const preferred =
      panel.current?.querySelector<HTMLButtonElement>('.button--primary') ??
      panel.current?.querySelector<HTMLButtonElement>('button') ??
      null
    preferred?.focus()
    return () => previous?.focus()
  }, [dialog])

  if (dialog === null) return null

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault()
      store.getState().answerDialog(dialog.cancelId)
    } else if (event.key === 'Tab') {
      // Focus stays in the dialog while it is open.
      keepTabInside(event, panel.current, 'button')
    }
  }

  const [lead, ...rest] = dialog.message.split('\n\n')
  return (
    <div className="dialog-backdrop">
      <div
        ref={panel}
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="dialog-title"
        aria-describedby="dialog-message"
        onKeyDown={onKeyDown}
      >
        <h2 id="dialog-title" className="dialog__title">
          {dialog.title}
        </h2>
        <div id="dialog-message" className="dialog__message">
          <p className="dialog__lead">{lead}</p>
          {rest.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
        <div className="dialog__buttons">
          {dialog.buttons.map((button) => (
            <button
              key={button.id}
              type="button"
              className={`button button--${button.variant ?? 'plain'}`}
              onClick={() => store.getState().answerDialog(button.id)}
            >
              {button.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  )
}
