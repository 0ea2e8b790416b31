import { subscribeWithSelector } from 'zustand/middleware'
import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import { createDocumentSlice } from './document-slice'
import type { InitialDocument } from './document-slice'
import { createHistorySlice } from './history-slice'
import type { ReleaseState, StoreOptions } from './store-types'
import { createUiSlice } from './ui-slice'

export type { InitialDocument } from './document-slice'

/** The store with its subscribeWithSelector middleware, as the app and the tests hold it. */
export type ReleaseStore = Omit<StoreApi<ReleaseState>, 'subscribe'> & {
  readonly subscribe: {
    (listener: (state: ReleaseState, previous: ReleaseState) => void): () => void
    <U>(
      selector: (state: ReleaseState) => U,
      listener: (selected: U, previous: U) => void,
      options?: { readonly equalityFn?: (a: U, b: U) => boolean; readonly fireImmediately?: boolean },
    ): () => void
  }
}

/** Creates one editor store: the app makes one; every test makes its own. */
export function createReleaseStore(initial: InitialDocument, options: StoreOptions = {}): ReleaseStore {
  return createStore<ReleaseState>()(
    subscribeWithSelector((...args) => ({
      ...createDocumentSlice(initial)(...args),
      ...createHistorySlice(options)(...args),
      ...createUiSlice(options)(...args),
    })),
  )
}
