import type { SliceCreator } from './slice-creator'
import type { StoreOptions, UiSlice } from './store-types'

export const ZOOM_LEVELS = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 2] as const
export const DEFAULT_ZOOM = 0.9

export function clampZoom(zoom: number): number {
  return Math.min(2, Math.max(0.5, Math.round(zoom * 100) / 100))
}

export function createUiSlice(options: StoreOptions = {}): SliceCreator<UiSlice> {
  let nextId = 1
  return (set, get) => ({
    zoom: DEFAULT_ZOOM,
    activeTab: 'figures',
    lastFocusedBlock: null,
    figureDrafts: {},
    tableSelection: null,
    checksShown: options.checksAfterFirstPaint !== true,
    toasts: [],
    dialogs: [],

    setZoom: (zoom) => set({ zoom: clampZoom(zoom) }),
    setActiveTab: (activeTab) => set({ activeTab }),
    setLastFocusedBlock: (lastFocusedBlock) => set({ lastFocusedBlock }),

    selectTable: (tableSelection) => set({ tableSelection }),
    showChecks: () => {
      if (!get().checksShown) set({ checksShown: true })
    },

    clearFigureDraft: (cell) => {
      if (get().figureDrafts[cell] === undefined) return
      set((state) => {
        const { [cell]: _dropped, ...rest } = state.figureDrafts
        return { figureDrafts: rest }
      })
    },

    showToast: (kind, text) => {
      const id = nextId++
      // Repeating the same message replaces it rather than stacking copies.
      set((state) => ({
        toasts: [...state.toasts.filter((toast) => toast.text !== text), { id, kind, text }].slice(-4),
      }))
      return id
    },
    dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),

    ask: (request) =>
      new Promise<string>((resolve) => {
        const id = nextId++
        set((state) => ({ dialogs: [...state.dialogs, { ...request, id, resolve }] }))
      }),
    answerDialog: (buttonId) => {
      const [first, ...rest] = get().dialogs
      if (first === undefined) return
      set({ dialogs: rest })
      first.resolve(buttonId)
    },
  })
}
