import { useCallback, useRef } from 'react'
import type { ReleaseContent } from '../release/release-content'
import { PrintView } from '../preview/print-view'
import type { PaginationState } from '../preview/print-view'
import { selectContent } from '../store/selectors'
import { useRelease } from '../store/store-context'
import { PreviewBar } from './preview-bar'

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
  return (
    <section className="preview-pane" aria-label="Print preview" data-testid="preview-pane">
      <PreviewBar />
      <div className="preview-pane__pages">
        <PrintView content={content} zoom={zoom} onPaginated={onPaginated} />
      </div>
    </section>
  )
}
