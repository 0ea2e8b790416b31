/**
 * What the shell knows about the release shown in each window: its title and whether it has
 * unsaved changes (both reported by the renderer through `window:state`), and whether the person
 * chose "Save" in the close prompt, so the window closes once that save has landed.
 */

export interface DocumentWindowState {
  readonly title: string
  readonly dirty: boolean
  /** Set by the close prompt's Save; cleared when that save is cancelled or fails. */
  readonly closeAfterSave: boolean
}

export interface DocumentWindows {
  readonly get: (webContentsId: number) => DocumentWindowState
  readonly update: (
    webContentsId: number,
    change: Partial<DocumentWindowState>,
  ) => DocumentWindowState
  readonly forget: (webContentsId: number) => void
}

const INITIAL: DocumentWindowState = { title: 'Release Desk', dirty: false, closeAfterSave: false }

export function createDocumentWindows(): DocumentWindows {
  const states = new Map<number, DocumentWindowState>()
  const get = (id: number): DocumentWindowState => states.get(id) ?? INITIAL
  return {
    get,
    update: (id, change) => {
      const next = { ...get(id), ...change }
      states.set(id, next)
      return next
    },
    forget: (id) => {
      states.delete(id)
    },
  }
}

/** The title bar text: release title, an unsaved-changes marker, then the app name. */
export function windowTitle(title: string, dirty: boolean): string {
  const name = title.trim() === '' ? 'Untitled release' : title.trim()
  return `${dirty ? '• ' : ''}${name} — Release Desk`
}
