import { useCallback, useLayoutEffect, useRef } from 'react'
import { pageSizePoints } from '../export/page-geometry'
import type { PageSize } from '../export/pdf-options'
import type { ReleaseContent } from '../release/release-content'
import { PrintView } from '../preview/print-view'
import type { PaginationState } from '../preview/print-view'
import { selectContent } from '../store/selectors'
import { useRelease, useReleaseStoreApi } from '../store/store-context'
import { PreviewBar } from './preview-bar'

/** The zoom at which a page fills the pane's width, with the view's padding either side. */
function fitZoom(pane: HTMLElement | null, size: PageSize): number | null {
  const width = pane?.clientWidth ?? 0
  if (width === 0) return null
  // CSS pixels are 96 to the inch; the geometry is in points, 72 to the inch.
  return (width - 48) / ((pageSizePoints(size).width * 96) / 72)
}

/**
 * The live preview: the same print view that prints and exports to PDF. Each time it settles on
 * new content, `data-preview-revision` on <html> counts up, so tests can wait for it.
 */
export function PreviewPane() {
  const content = useRelease(selectContent)
  const zoom = useRelease((state) => state.zoom)
  const shown = useRef<{ content: ReleaseContent | null; revision: number }>({ content: null, revision: 0 })
  const onPaginated = useCallback((state: PaginationState) => {
    if (state.content === shown.current.content) return
    shown.current = { content: state.content, revision: shown.current.revision + 1 }
    document.documentElement.dataset.previewRevision = String(shown.current.revision)
    document.documentElement.dataset.previewPages = String(state.pages)
  }, [])
  const pane = useRef<HTMLElement | null>(null)
  const fitWidth = useCallback(() => fitZoom(pane.current, content.pageSize), [content.pageSize])
  const store = useReleaseStoreApi()
  useLayoutEffect(() => {
    // The page starts as wide as the pane allows (never above 100%), so nothing starts cut off;
    // afterwards the zoom is the person's choice.
    const fit = fitZoom(pane.current, store.getState().document.layout.pageSize)
    if (fit !== null) store.getState().setZoom(Math.min(1, fit))
  }, [store])
  return (
    <section ref={pane} className="preview-pane" aria-label="Print preview" data-testid="preview-pane">
      <PreviewBar fitWidth={fitWidth} />
      <div className="preview-pane__pages">
        <PrintView content={content} zoom={zoom} onPaginated={onPaginated} />
      </div>
    </section>
  )
}
