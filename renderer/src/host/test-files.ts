import type { ShellEvent, ShellEventPayload } from '../contract/bridge-contract'

/**
 * An in-memory file system for end-to-end tests of the browser host, so that opening and saving
 * can be driven without native dialogs. Exposed as `window.__releaseDeskTest` only when the page's
 * URL has `?e2e`; the app never creates it otherwise.
 */
export interface TestFile {
  readonly text: string
  readonly mtimeMs: number
}

export interface TestFiles {
  readonly files: Map<string, TestFile>
  /** Files the browser host "downloaded", newest last: saves to no known path and exports. */
  readonly downloads: { readonly name: string; readonly size: number; readonly type: string }[]
  /** The path the next Open (without a path) chooses; null makes it a cancel. */
  nextOpen: string | null
  /** The name the next Save As chooses; null makes it a cancel. */
  nextSaveAs: string | null
  readonly put: (path: string, text: string) => void
  /** Sends a shell event to the app, as the Electron menu would. */
  readonly emit: <E extends ShellEvent>(event: E, payload: ShellEventPayload<E>) => void
}

declare global {
  interface Window {
    __releaseDeskTest?: TestFiles
  }
}

export function createTestFiles(emit: TestFiles['emit']): TestFiles {
  let clock = 1_700_000_000_000
  const files = new Map<string, TestFile>()
  return {
    files,
    downloads: [],
    nextOpen: null,
    nextSaveAs: null,
    put: (path, text) => {
      clock += 1000
      files.set(path, { text, mtimeMs: clock })
    },
    emit,
  }
}

export function isE2eUrl(search: string): boolean {
  return new URLSearchParams(search).has('e2e')
}
