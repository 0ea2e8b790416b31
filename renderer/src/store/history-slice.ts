import type { SliceCreator } from './slice-creator'
import type { HistorySlice, StoreOptions } from './store-types'

const DEFAULT_LIMIT = 200
const DEFAULT_COALESCE_MS = 1000

/**
 * Undo and redo over whole-document snapshots. Documents are immutable, so a snapshot costs one
 * reference, and figures, settings and text share one history in the order they were changed.
 */
export function createHistorySlice(options: StoreOptions): SliceCreator<HistorySlice> {
  const now = options.now ?? (() => Date.now())
  const limit = options.historyLimit ?? DEFAULT_LIMIT
  const coalesceMs = options.coalesceMs ?? DEFAULT_COALESCE_MS
  return (set, get) => ({
    past: [],
    future: [],
    lastEdit: null,

    commit: (next, key, held = false) => {
      const state = get()
      if (next === state.document) return
      const at = now()
      const last = state.lastEdit
      const continuesBurst =
        key !== null && last !== null && last.key === key && (held || at - last.at <= coalesceMs)
      set({
        document: next,
        past: continuesBurst ? state.past : [...state.past, state.document].slice(-limit),
        future: [],
        lastEdit: key === null ? null : { key, at },
      })
    },

    undo: () => {
      const { past, future, document } = get()
      const previous = past[past.length - 1]
      if (previous === undefined) return
      set({
        document: previous,
        past: past.slice(0, -1),
        future: [document, ...future],
        lastEdit: null,
        // What was typed belongs to the document being left; the grid shows the restored figures.
        figureDrafts: {},
      })
    },

    redo: () => {
      const { past, future, document } = get()
      const next = future[0]
      if (next === undefined) return
      set({
        document: next,
        past: [...past, document].slice(-limit),
        future: future.slice(1),
        lastEdit: null,
        figureDrafts: {},
      })
    },

    dropBurst: (key) => {
      const { lastEdit, past } = get()
      const start = past[past.length - 1]
      if (lastEdit?.key !== key || start === undefined) return
      // Every edit of the burst had this key, so the step's start differs from now only in what the burst changed.
      set({ document: start, past: past.slice(0, -1), lastEdit: null })
    },

    breakCoalescing: () => {
      if (get().lastEdit !== null) set({ lastEdit: null })
    },
  })
}
