import './zod-config'
import { renderApp } from './app/render-app'
import { renderPrintMode } from './preview/print-mode'

// index.html#print is the headless PDF path: the print view alone, for the document injected by the exporter.
const root = document.getElementById('root')
if (root !== null) {
  if (window.location.hash === '#print') renderPrintMode(root)
  else renderApp(root)
}
