import { StrictMode, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react'
import { createRoot } from 'react-dom/client'
import type { Root } from 'react-dom/client'
import type { ReleaseDocument } from '../release/document-schema'
import { PRINT_NEXT_EVENT } from '../export/pdf-options'
import { readReleaseDocument } from '../release/load-document'
import type { Result } from '../release/result'
import { fail } from '../release/result'
import { releaseContent } from '../release/release-content'
import { PrintView } from './print-view'
import type { PaginationState } from './print-view'

declare global {
  interface Window {
    /** The release to print, as `.release.json` text, set by the PDF exporter before the page loads. */
    __RELEASE_DESK_PRINT__?: string
  }
}

function readInjectedDocument(): Result<ReleaseDocument> {
  const text = window.__RELEASE_DESK_PRINT__
  if (typeof text !== 'string') {
    return fail(
      'No release to print: window.__RELEASE_DESK_PRINT__ was not set before the page loaded.',
    )
  }
  const read = readReleaseDocument(text)
  return read.ok ? read : fail(`The release to print is not valid: ${read.error}`)
}

/** The logo must be decoded before the PDF is taken, or it may print blank. */
async function imagesDecoded(): Promise<void> {
  const images = Array.from(document.querySelectorAll<HTMLImageElement>('.print-view img'))
  // A logo that cannot be decoded prints as its alt text; that must not stop the PDF.
  await Promise.all(
    images.map((image) =>
      typeof image.decode === 'function' ? image.decode().catch(() => undefined) : undefined,
    ),
  )
}

function PrintDocument(props: { readonly document: ReleaseDocument; readonly revision: number }) {
  const { revision } = props
  const content = useMemo(() => releaseContent(props.document), [props.document])
  // Chromium writes the page's title into the PDF as its Title.
  useEffect(() => {
    document.title = content.title
  }, [content.title])
  const onPaginated = useCallback(
    (state: PaginationState) => {
      if (!state.fontsLoaded) return
      void imagesDecoded().then(() => {
        document.documentElement.dataset.printPages = String(state.pages)
        document.documentElement.dataset.printRevision = String(revision)
        document.documentElement.dataset.printReady = 'true'
      })
    },
    [revision],
  )
  return <PrintView content={content} onPaginated={onPaginated} />
}

function PrintFailure(props: { readonly message: string }) {
  useLayoutEffect(() => {
    document.documentElement.dataset.printError = props.message
  }, [props.message])
  return (
    <p role="alert" className="print-mode__error">
      {props.message}
    </p>
  )
}

/**
 * The headless PDF path: only the print view of the injected release, no app chrome. Sets
 * `data-print-ready="true"` and `data-print-revision` (1, then one more per PRINT_NEXT_EVENT) on
 * <html> once fonts are loaded and pages have settled, or `data-print-error` with the reason.
 */
export function PrintMode() {
  const [printing, setPrinting] = useState(() => ({ read: readInjectedDocument(), revision: 1 }))
  useEffect(() => {
    const printNext = (event: Event): void => {
      const detail: unknown = (event as CustomEvent<unknown>).detail
      if (typeof detail === 'string') window.__RELEASE_DESK_PRINT__ = detail
      else delete window.__RELEASE_DESK_PRINT__
      // Cleared at once, so whoever sent the event can wait for this release's own signal.
      const state = document.documentElement.dataset
      delete state.printReady
      delete state.printError
      setPrinting((previous) => ({ read: readInjectedDocument(), revision: previous.revision + 1 }))
    }
    window.addEventListener(PRINT_NEXT_EVENT, printNext)
    return () => window.removeEventListener(PRINT_NEXT_EVENT, printNext)
  }, [])
  const { read, revision } = printing
  // A fresh mount per release, so its pagination always reports, even for identical pages.
  return read.ok ? (
    <PrintDocument key={revision} document={read.value} revision={revision} />
  ) : (
    <PrintFailure message={read.error} />
  )
}

/** Mounts print mode into `root` (index.html#print). */
export function renderPrintMode(root: HTMLElement): Root {
  document.documentElement.classList.add('print-mode')
  const reactRoot = createRoot(root)
  reactRoot.render(
    <StrictMode>
      <PrintMode />
    </StrictMode>,
  )
  return reactRoot
}
