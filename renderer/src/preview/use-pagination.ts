import { useLayoutEffect, useRef, useState } from 'react'
import type { RefObject } from 'react'
import { TABLE_GEOMETRY } from '../export/page-geometry'
import { tableHeading, tableLines } from '../export/table-lines'
import { assertNever } from '../release/assert-never'
import { BLOCK_KINDS } from '../release/block-kinds'
import type { ContentTable } from '../release/content-table'
import type { ContentBlock, ContentParagraph, ReleaseContent } from '../release/release-content'
import type { GalleyMeasurer } from './galley-measure'
import { createMeasureCache } from './measure-cache'
import type { MeasureCache } from './measure-cache'
import { contentWidthPt, pageCapacityPx, PX_PER_PT } from './page-css'
import { blockLines, paginate } from './paginate'
import type { BlockMetrics } from './paginate'
import { planPieces, wholePiece, wholeTable } from './paragraph-pieces'
import type { PagePieces } from './paragraph-pieces'

interface Layout {
  readonly content: ReleaseContent
  readonly fontEpoch: number
  readonly pages: PagePieces
}

/** Paragraphs a page break needs line starts of that the galley did not hold: they join it for one more pass. */
interface SecondPass {
  readonly content: ReleaseContent
  readonly fontEpoch: number
  readonly indices: readonly number[]
}

export interface Pagination {
  readonly pages: PagePieces
  /** True while the pages shown are not yet laid out for this content and these fonts. */
  readonly measuring: boolean
  /** Where the galley must be rendered while measuring. */
  readonly galleyRef: RefObject<HTMLDivElement | null>
  /** The paragraphs (by index) the galley must hold: those not measured yet, in order. */
  readonly galleyIndices: readonly number[]
}

const NONE: readonly number[] = []

/**
 * A table's metrics need no measuring: every line of it (heading, row, note) is one row of the
 * table geometry's height, as Word's exact row height makes it.
 */
function tableMetrics(table: ContentTable, textWidthPt: number): BlockMetrics {
  return {
    lines: tableLines(table, textWidthPt).length,
    lineHeight: TABLE_GEOMETRY.rowHeightPt * PX_PER_PT,
    spaceAfter: TABLE_GEOMETRY.spaceAfterPt * PX_PER_PT,
    keepWithNext: BLOCK_KINDS.table.keepWithNext,
    headingLines: tableHeading(table, textWidthPt, false).length,
  }
}

function wholeBlock(block: ContentBlock, index: number, textWidthPt: number) {
  switch (block.kind) {
    case 'paragraph':
      return wholePiece(block, index)
    case 'table':
      return wholeTable(block, index, tableLines(block, textWidthPt).length)
    default:
      return assertNever(block)
  }
}

function singlePage(content: ReleaseContent): PagePieces {
  const textWidthPt = contentWidthPt(content.pageSize)
  return [content.blocks.map((block, index) => wholeBlock(block, index, textWidthPt))]
}

/** Each block's position among the prose paragraphs (the galley's indices); -1 for a table. */
function proseIndices(blocks: readonly ContentBlock[]): readonly number[] {
  let next = 0
  return blocks.map((block) => (block.kind === 'paragraph' ? next++ : -1))
}

type Outcome =
  | { readonly kind: 'pages'; readonly pages: PagePieces }
  | { readonly kind: 'more'; readonly indices: readonly number[] }

/**
 * Measures the paragraphs in the galley, takes every other paragraph's lines from the cache, and
 * breaks pages. A page break inside a paragraph the galley did not hold asks for one more pass.
 */
function layOut(
  content: ReleaseContent,
  galley: HTMLElement,
  measure: GalleyMeasurer,
  cache: MeasureCache,
  indices: readonly number[],
): Outcome {
  const paragraphs = content.paragraphs
  const inGalley = indices.flatMap((index) => {
    const paragraph = paragraphs[index]
    return paragraph === undefined ? [] : [paragraph]
  })
  const expectedWidth = contentWidthPt(content.pageSize) * PX_PER_PT
  const measurement = inGalley.length === 0 ? undefined : measure(galley, inGalley, expectedWidth)
  if (measurement === null) return { kind: 'pages', pages: singlePage(content) }
  const galleyBlock = new Map<ContentParagraph, number>()
  inGalley.forEach((paragraph, position) => {
    const block = measurement?.blocks[position]
    if (block !== undefined) cache.put(paragraph, block)
    galleyBlock.set(paragraph, position)
  })
  const laidOut = content.blocks
  const prose = proseIndices(laidOut)
  const blocks = laidOut.map((block): BlockMetrics => {
    switch (block.kind) {
      case 'paragraph':
        // Never measured (the measurer left it out): one line, so its text is still shown.
        return cache.get(block)?.block ?? { lines: 1, lineHeight: 0, spaceAfter: 0, keepWithNext: false }
      case 'table':
        return tableMetrics(block, contentWidthPt(content.pageSize))
      default:
        return assertNever(block)
    }
  })
  const plan = paginate(blocks, pageCapacityPx(content.pageSize))
  const lineCount = (block: number): number => {
    const metrics = blocks[block]
    return metrics === undefined ? 1 : blockLines(metrics)
  }
  const missing = new Set<number>()
  const lineStart = (block: number, line: number): number => {
    const laid = laidOut[block]
    const paragraph = laid?.kind === 'paragraph' ? laid : undefined
    const measured = paragraph === undefined ? undefined : cache.get(paragraph)
    if (paragraph === undefined || measured === undefined) return 0
    const known = measured.lineStarts.get(line)
    if (known !== undefined) return known
    const position = galleyBlock.get(paragraph)
    if (position === undefined || measurement === undefined) {
      missing.add(prose[block] ?? 0)
      return 0
    }
    const start = measurement.lineStart(position, line)
    measured.lineStarts.set(line, start)
    return start
  }
  const pages = planPieces(laidOut, plan, lineCount, lineStart)
  if (missing.size > 0) return { kind: 'more', indices: [...new Set([...indices, ...missing])].sort((a, b) => a - b) }
  cache.keepOnly(paragraphs)
  return { kind: 'pages', pages }
}

/**
 * Paginates by measuring: for one render after each change the galley is in the DOM holding only
 * the paragraphs whose words changed, a layout effect measures them and stores the pages, and the
 * galley goes away again before the browser paints, so the preview never shows it and tests never
 * find its text twice. Unchanged paragraphs keep their measurements, so a keystroke costs the
 * layout of the paragraphs it changed, not of the whole release.
 */
export function usePagination(
  content: ReleaseContent,
  measure: GalleyMeasurer,
  fontEpoch: number,
): Pagination {
  const galleyRef = useRef<HTMLDivElement | null>(null)
  const [cache] = useState(createMeasureCache)
  const [layout, setLayout] = useState<Layout | null>(null)
  const [secondPass, setSecondPass] = useState<SecondPass | null>(null)
  const current = layout !== null && layout.content === content && layout.fontEpoch === fontEpoch
  let galleyIndices: readonly number[] = NONE
  if (!current) {
    const pending = secondPass !== null && secondPass.content === content && secondPass.fontEpoch === fontEpoch
    // Measurements hold for one text width, one set of loaded fonts and one measurer.
    galleyIndices = pending ? secondPass.indices : cache.unmeasured(content.paragraphs, [content.pageSize, fontEpoch, measure])
  }

  useLayoutEffect(() => {
    const galley = galleyRef.current
    if (current || galley === null) return
    const outcome = layOut(content, galley, measure, cache, galleyIndices)
    if (outcome.kind === 'more') setSecondPass({ content, fontEpoch, indices: outcome.indices })
    else setLayout({ content, fontEpoch, pages: outcome.pages })
  }, [current, content, fontEpoch, measure, cache, galleyIndices])

  return { pages: layout?.pages ?? singlePage(content), measuring: !current, galleyRef, galleyIndices }
}
