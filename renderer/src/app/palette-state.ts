import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import type { ReleaseStore } from '../store/release-store'

/** Whether the command palette is open; the window's own, never part of the release or its history. */
export interface PaletteState {
  readonly open: boolean
}

// Kept beside each window's release store, as the checks keep their reason question.
const byStore = new WeakMap<ReleaseStore, StoreApi<PaletteState>>()

/** The palette state of an editor window. */
export function paletteState(store: ReleaseStore): StoreApi<PaletteState> {
  const existing = byStore.get(store)
  if (existing !== undefined) return existing
  const created = createStore<PaletteState>()(() => ({ open: false }))
  byStore.set(store, created)
  return created
}

export function openCommandPalette(store: ReleaseStore): void {
  paletteState(store).setState({ open: true })
}

export function closeCommandPalette(store: ReleaseStore): void {
  paletteState(store).setState({ open: false })
}
