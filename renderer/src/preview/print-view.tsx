import { useEffect } from 'react'
import type { RefObject } from 'react'
import { FONTS } from '../export/page-geometry'
import type { ReleaseContent } from '../release/release-content'
import './fonts'
import './print.css'
import { measureGalley } from './galley-measure'
import type { GalleyMeasurer } from './galley-measure'
import { contentWidthPt, pageRule, pt } from './page-css'
import { wholePiece } from './paragraph-pieces'
import { PrintPage } from './print-page'
import { PrintParagraph } from './print-paragraph'
import { useFonts } from './use-fonts'
import { usePagination } from './use-pagination'

/** What the preview has laid out, for readiness signals (print mode, tests, the app's status). */
export interface PaginationState {
  readonly content: ReleaseContent
  readonly pages: number
  readonly fontsLoaded: boolean
}

export interface PrintViewProps {
  readonly content: ReleaseContent
  /** Screen magnification; printing always uses the true size. */
  readonly zoom?: number
  /** Replaces the browser measurer, for tests without a layout engine. */
  readonly measure?: GalleyMeasurer
  /** Called after each settled pagination. */
  readonly onPaginated?: (state: PaginationState) => void
}

/** The paragraphs to measure, unsplit, at the page's text width; indexed as the measurer sees them. */
function Galley(props: {
  readonly content: ReleaseContent
  readonly indices: readonly number[]
  readonly galleyRef: RefObject<HTMLDivElement | null>
}) {
  const { content, indices } = props
  return (
    <div
      ref={props.galleyRef}
      className="print-view__galley"
      aria-hidden="true"
      style={{ width: pt(contentWidthPt(content.pageSize)) }}
    >
      {indices.map((index, position) => {
        const paragraph = content.paragraphs[index]
        return paragraph === undefined ? null : (
          <PrintParagraph key={index} piece={wholePiece(paragraph, index)} measureIndex={position} />
        )
      })}
    </div>
  )
}

/**
 * The release as printed pages. The preview IS the print: printing the window prints these pages
 * and nothing else (print.css), at the size the @page rule below sets.
 */
export function PrintView(props: PrintViewProps) {
  const { zoom = 1, measure = measureGalley, onPaginated } = props
  // Laid out in the same frame as the keystroke, so the page shows the new words at once.
  const content = props.content
  const fonts = useFonts()
  const { pages, measuring, galleyRef, galleyIndices } = usePagination(content, measure, fonts.epoch)

  useEffect(() => {
    if (!measuring) onPaginated?.({ content, pages: pages.length, fontsLoaded: fonts.loaded })
  }, [measuring, content, pages, fonts.loaded, onPaginated])

  return (
    <div
      className="print-view"
      data-testid="print-view"
      data-page-size={content.pageSize}
      data-paginated={measuring ? 'false' : 'true'}
      // On the root, so the galley is measured in the very face the pages print in.
      style={{ fontFamily: FONTS.screen }}
    >
      <style>{pageRule(content.pageSize)}</style>
      <div className="print-view__pages" style={{ zoom }}>
        {pages.map((pieces, index) => (
          <PrintPage
            key={index}
            size={content.pageSize}
            number={index + 1}
            pieces={pieces}
            letterhead={content.letterhead}
            draft={content.draft}
          />
        ))}
      </div>
      {measuring && <Galley content={content} indices={galleyIndices} galleyRef={galleyRef} />}
    </div>
  )
}
