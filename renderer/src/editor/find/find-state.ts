import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import type { FindQuery } from '../../release/find-text'
import type { ReleaseStore } from '../../store/release-store'
import type { TextBlock } from '../../store/store-types'

/** The match the find bar is on: which block, and which of that block's matches in reading order. */
export interface FindTarget {
  readonly block: TextBlock
  readonly index: number
}

/** The find bar of an editor window: the window's own, never part of the release or its history. */
export interface FindState {
  readonly open: boolean
  readonly withReplace: boolean
  readonly query: FindQuery
  readonly replacement: string
  /** The current match among all the release's matches, in reading order; null before one is chosen. */
  readonly current: number | null
  readonly target: FindTarget | null
  /** What the last replace did ("Replaced 4 matches in 2 blocks."), until the search changes. */
  readonly note: string | null
  /** Grows each time Ctrl+F or Ctrl+H asks for the bar, so it takes the focus again even when open. */
  readonly focusRequest: number
}

export const EMPTY_QUERY: FindQuery = { text: '', matchCase: false, wholeWord: false }

const INITIAL: FindState = {
  open: false,
  withReplace: false,
  query: EMPTY_QUERY,
  replacement: '',
  current: null,
  target: null,
  note: null,
  focusRequest: 0,
}

// Kept beside each window's release store, as the command palette keeps its state.
const byStore = new WeakMap<ReleaseStore, StoreApi<FindState>>()

/** The find bar state of an editor window. */
export function findState(store: ReleaseStore): StoreApi<FindState> {
  const existing = byStore.get(store)
  if (existing !== undefined) return existing
  const created = createStore<FindState>()(() => INITIAL)
  byStore.set(store, created)
  return created
}
