import { BLOCK_KINDS } from '../release/block-kinds'
import type { ContentParagraph } from '../release/release-content'
import { lineHeightPt, PX_PER_PT } from './page-css'
import type { BlockMetrics } from './paginate'

/**
 * Measuring the galley: every paragraph laid out once, unsplit, at the page's text width. The
 * measurer is a plain function so that tests without a layout engine can supply their own.
 */
export interface GalleyMeasurement {
  readonly blocks: readonly BlockMetrics[]
  /** The character offset (in the paragraph's runs) where line `line` of paragraph `block` begins. */
  readonly lineStart: (block: number, line: number) => number
}

/** Returns null where nothing can be measured (no layout engine): the preview then shows one page. */
export type GalleyMeasurer = (
  galley: HTMLElement,
  paragraphs: readonly ContentParagraph[],
  expectedWidthPx: number,
) => GalleyMeasurement | null

interface TextIndex {
  readonly nodes: readonly Text[]
  readonly starts: readonly number[]
  readonly total: number
}

function textIndex(element: HTMLElement): TextIndex {
  const nodes: Text[] = []
  const starts: number[] = []
  let total = 0
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    // The list marker is drawn, not part of the paragraph's runs.
    if (!(node instanceof Text) || node.parentElement?.closest('[data-list-marker]')) continue
    nodes.push(node)
    starts.push(total)
    total += node.data.length
  }
  return { nodes, starts, total }
}

function charRect(index: TextIndex, offset: number): DOMRect | null {
  let i = index.nodes.length - 1
  while (i > 0 && (index.starts[i] ?? 0) > offset) i -= 1
  const node = index.nodes[i]
  if (node === undefined) return null
  const local = offset - (index.starts[i] ?? 0)
  if (local >= node.data.length) return null
  const range = node.ownerDocument.createRange()
  range.setStart(node, local)
  range.setEnd(node, local + 1)
  const rect = range.getBoundingClientRect()
  return rect.height > 0 ? rect : null
}

/** The first character on line `line` or later, found by bisection: lines only go down the page. */
function findLineStart(element: HTMLElement, line: number, lineHeight: number): number {
  const index = textIndex(element)
  const top = element.getBoundingClientRect().top
  const lineOf = (offset: number): number => {
    for (let probe = offset; probe < index.total; probe += 1) {
      const rect = charRect(index, probe)
      if (rect !== null) return Math.floor(((rect.top + rect.bottom) / 2 - top) / lineHeight)
    }
    return Number.POSITIVE_INFINITY
  }
  let low = 0
  let high = index.total
  while (low < high) {
    const middle = Math.floor((low + high) / 2)
    if (lineOf(middle) >= line) high = middle
    else low = middle + 1
  }
  return low
}

/** Measures the galley in the browser, correcting for any zoom or transform around the preview. */
export const measureGalley: GalleyMeasurer = (galley, paragraphs, expectedWidthPx) => {
  const width = galley.getBoundingClientRect().width
  if (!(width > 0) || !(expectedWidthPx > 0)) return null
  const scale = width / expectedWidthPx
  const elements = paragraphs.map((_, index) =>
    galley.querySelector<HTMLElement>(`[data-measure-index="${index}"]`),
  )
  const blocks = paragraphs.map((paragraph, index): BlockMetrics => {
    const lineHeight = lineHeightPt(paragraph) * PX_PER_PT
    const height = (elements[index]?.getBoundingClientRect().height ?? 0) / scale
    return {
      lines: Math.max(1, Math.round(height / lineHeight)),
      lineHeight,
      spaceAfter: BLOCK_KINDS[paragraph.role].look.spaceAfterPt * PX_PER_PT,
      keepWithNext: BLOCK_KINDS[paragraph.role].keepWithNext,
    }
  })
  const lineStart = (block: number, line: number): number => {
    const element = elements[block]
    const paragraph = paragraphs[block]
    if (element == null || paragraph === undefined) return 0
    return findLineStart(element, line, lineHeightPt(paragraph) * PX_PER_PT * scale)
  }
  return { blocks, lineStart }
}
