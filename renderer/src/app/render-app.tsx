// The theme first: every component's own sheet builds on its variables and base rules.
import './theme.css'
import './app.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { Root } from 'react-dom/client'
import { getBridge } from '../host/get-bridge'
import { createReleaseStore } from '../store/release-store'
import { App } from './app'
import { firstRunDocument } from './initial-document'

/** Mounts the editor: the first-run sample in a fresh store, on the shell's bridge or the browser host. */
export function renderApp(root: HTMLElement): Root {
  const store = createReleaseStore({ document: firstRunDocument(), path: null, stamp: null }, { checksAfterFirstPaint: true })
  const reactRoot = createRoot(root)
  reactRoot.render(
    <StrictMode>
      <App store={store} bridge={getBridge()} />
    </StrictMode>,
  )
  // The first paint does not wait for the checks: they run in the task after the first frame.
  requestAnimationFrame(() => setTimeout(() => store.getState().showChecks(), 0))
  return reactRoot
}
