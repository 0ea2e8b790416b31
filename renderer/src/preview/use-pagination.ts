import { useLayoutEffect, useRef, useState } from 'react'
import type { RefObject } from 'react'
import type { ReleaseContent } from '../release/release-content'
import type { GalleyMeasurer } from './galley-measure'
import { contentWidthPt, pageCapacityPx, PX_PER_PT } from './page-css'
import { blockLines, paginate } from './paginate'
import { planPieces, wholePiece } from './paragraph-pieces'
import type { PagePieces } from './paragraph-pieces'

interface Layout {
  readonly content: ReleaseContent
  readonly fontEpoch: number
  readonly pages: PagePieces
}

export interface Pagination {
  readonly pages: PagePieces
  /** True while the pages shown are not yet laid out for this content and these fonts. */
  readonly measuring: boolean
  /** Where the galley (every paragraph, unsplit) must be rendered while measuring. */
  readonly galleyRef: RefObject<HTMLDivElement | null>
}

function singlePage(content: ReleaseContent): PagePieces {
  return [content.paragraphs.map((paragraph, index) => wholePiece(paragraph, index))]
}

function layOut(content: ReleaseContent, galley: HTMLElement, measure: GalleyMeasurer): PagePieces {
  const expectedWidth = contentWidthPt(content.pageSize) * PX_PER_PT
  const measurement = measure(galley, content.paragraphs, expectedWidth)
  if (measurement === null) return singlePage(content)
  const plan = paginate(measurement.blocks, pageCapacityPx(content.pageSize))
  const lineCount = (block: number): number => {
    const metrics = measurement.blocks[block]
    return metrics === undefined ? 1 : blockLines(metrics)
  }
  return planPieces(content.paragraphs, plan, lineCount, measurement.lineStart)
}

/**
 * Paginates by measuring: for one render after each change the galley is in the DOM, a layout
 * effect measures it and stores the pages, and the galley goes away again before the browser
 * paints, so the preview never shows it and tests never find its text twice.
 */
export function usePagination(
  content: ReleaseContent,
  measure: GalleyMeasurer,
  fontEpoch: number,
): Pagination {
  const galleyRef = useRef<HTMLDivElement | null>(null)
  const [layout, setLayout] = useState<Layout | null>(null)
  const current = layout !== null && layout.content === content && layout.fontEpoch === fontEpoch

  useLayoutEffect(() => {
    const galley = galleyRef.current
    if (current || galley === null) return
    setLayout({ content, fontEpoch, pages: layOut(content, galley, measure) })
  }, [current, content, fontEpoch, measure])

  return { pages: layout?.pages ?? singlePage(content), measuring: !current, galleyRef }
}
