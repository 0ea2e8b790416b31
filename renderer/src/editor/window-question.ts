import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import type { ReleaseStore } from '../store/release-store'

/** A question a dialog puts to the person; `resolve` takes the answer, or null when they cancel. */
export interface PendingQuestion<Answer> {
  readonly id: number
  readonly resolve: (answer: Answer | null) => void
}

export interface QuestionState<Request> {
  readonly request: Request | null
}

/** One kind of dialog question per editor window: where its dialog host reads it, and how to ask it. */
export interface WindowQuestion<Answer, Request extends PendingQuestion<Answer>> {
  readonly requests: (store: ReleaseStore) => StoreApi<QuestionState<Request>>
  readonly ask: (store: ReleaseStore, request: Omit<Request, 'id' | 'resolve'>) => Promise<Answer | null>
}

/**
 * Makes a kind of dialog question, kept beside each window's release store rather than in it: the
 * question is the dialog's own and never part of the document. One is open at a time per window.
 */
export function windowQuestion<Answer, Request extends PendingQuestion<Answer>>(): WindowQuestion<Answer, Request> {
  const requestsByStore = new WeakMap<ReleaseStore, StoreApi<QuestionState<Request>>>()
  let nextId = 1
  const requests = (store: ReleaseStore): StoreApi<QuestionState<Request>> => {
    const existing = requestsByStore.get(store)
    if (existing !== undefined) return existing
    const created = createStore<QuestionState<Request>>()(() => ({ request: null }))
    requestsByStore.set(store, created)
    return created
  }
  const ask = (store: ReleaseStore, request: Omit<Request, 'id' | 'resolve'>): Promise<Answer | null> => {
    const state = requests(store)
    // A question still open is answered "cancel": there is only one dialog, and the newer question wins.
    state.getState().request?.resolve(null)
    return new Promise((resolve) => {
      const resolveAndClose = (answer: Answer | null): void => {
        state.setState({ request: null })
        resolve(answer)
      }
      // The spread gives back every field but the two added here; TypeScript cannot see that for a generic type.
      state.setState({ request: { ...request, id: nextId++, resolve: resolveAndClose } as unknown as Request })
    })
  }
  return { requests, ask }
}
