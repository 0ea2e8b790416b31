import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import type { ReleaseStore } from '../../store/release-store'
import type { TextBlock } from '../../store/store-types'

/** F7 asks the block with the caret to offer suggestions for the word the caret is in. */
export interface SpellingRequest {
  readonly block: TextBlock | null
  /** Grows with each request, so asking twice opens the menu twice. */
  readonly count: number
}

const byStore = new WeakMap<ReleaseStore, StoreApi<SpellingRequest>>()

export function spellingRequest(store: ReleaseStore): StoreApi<SpellingRequest> {
  const existing = byStore.get(store)
  if (existing !== undefined) return existing
  const created = createStore<SpellingRequest>()(() => ({ block: null, count: 0 }))
  byStore.set(store, created)
  return created
}

/** Suggestions for the misspelled word at the caret of the last text block used. */
export function requestSpellingSuggestions(store: ReleaseStore): void {
  const request = spellingRequest(store)
  request.setState({ block: store.getState().lastFocusedBlock, count: request.getState().count + 1 })
}
