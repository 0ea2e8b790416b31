import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import type { ReleaseStore } from '../../store/release-store'

/** A question whose answer is a stated reason, not a button: why a final release goes out with errors. */
export interface ReasonRequest {
  readonly id: number
  readonly title: string
  readonly message: string
  readonly label: string
  /** The words the field starts with: the reason recorded last time, if any. */
  readonly initial: string
  readonly confirmLabel: string
  /** The reason, trimmed; null when the person cancelled. */
  readonly resolve: (reason: string | null) => void
}

export interface ReasonRequests {
  readonly request: ReasonRequest | null
}

// One question at a time per editor window; kept beside its release store rather than in it, since
// it is the checks' own and never part of the document.
const requestsByStore = new WeakMap<ReleaseStore, StoreApi<ReasonRequests>>()
let nextId = 1

/** The pending reason question of an editor window (the dialog host shows it). */
export function reasonRequests(store: ReleaseStore): StoreApi<ReasonRequests> {
  const existing = requestsByStore.get(store)
  if (existing !== undefined) return existing
  const created = createStore<ReasonRequests>()(() => ({ request: null }))
  requestsByStore.set(store, created)
  return created
}

/** Asks for a reason and resolves with it (trimmed, never empty), or null if the person cancels. */
export function askForReason(store: ReleaseStore, request: Omit<ReasonRequest, 'id' | 'resolve'>): Promise<string | null> {
  const requests = reasonRequests(store)
  // A question still open is answered "cancel": there is only one dialog, and the newer question wins.
  requests.getState().request?.resolve(null)
  return new Promise((resolve) => {
    requests.setState({
      request: {
        ...request,
        id: nextId++,
        resolve: (reason) => {
          requests.setState({ request: null })
          resolve(reason)
        },
      },
    })
  })
}
