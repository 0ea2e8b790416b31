import { useEffect } from 'react'
import type { Toast } from '../store/store-types'
import { useRelease, useReleaseStoreApi } from '../store/store-context'

const SHOWN_MS = 6000

function ToastItem(props: { readonly toast: Toast }) {
  const store = useReleaseStoreApi()
  const { toast } = props
  useEffect(() => {
    // Errors stay until dismissed: they may need reading twice.
    if (toast.kind === 'error') return
    const timer = setTimeout(() => store.getState().dismissToast(toast.id), SHOWN_MS)
    return () => clearTimeout(timer)
  }, [store, toast])
  return (
    <li className={`toast toast--${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'}>
      <span className="toast__text">{toast.text}</span>
      <button
        type="button"
        className="toast__close"
        aria-label="Dismiss message"
        onClick={() => store.getState().dismissToast(toast.id)}
      >
        {'\u00d7'}
      </button>
    </li>
  )
}

/** Short messages about what just happened: saved, opened, could not export. */
export function Toasts() {
  const toasts = useRelease((state) => state.toasts)
  return (
    <ul className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </ul>
  )
}
