import type { ReleaseDeskBridge } from '../contract/bridge-contract'
import { createBrowserHost } from './browser-host'
import { pageIo } from './browser-io'
import { isE2eUrl } from './test-files'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    releaseDesk?: ReleaseDeskBridge
  }
}

let browserHost: ReleaseDeskBridge | null = null

/** The shell's bridge in Electron; otherwise one browser host for the page's lifetime. */
export function getBridge(): ReleaseDeskBridge {
  if (window.releaseDesk !== undefined) return window.releaseDesk
  if (browserHost === null) {
    const host = createBrowserHost(pageIo(), { e2e: isE2eUrl(window.location.search) })
    if (host.testFiles !== null) window.__releaseDeskTest = host.testFiles
    browserHost = host
  }
  return browserHost
}
