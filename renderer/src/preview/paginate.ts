import { WIDOW_ORPHAN_LINES } from '../export/page-geometry'

/**
 * Page breaking as a pure function of measured paragraph metrics, so that the rules (what fits,
 * where a paragraph may split, what stays together) are tested without a layout engine.
 */

/** One paragraph as laid out at the page's text width: every line is `lineHeight` tall. */
export interface BlockMetrics {
  readonly lines: number
  readonly lineHeight: number
  readonly spaceAfter: number
  /** A heading-like paragraph that must not end a page on its own. */
  readonly keepWithNext: boolean
  /**
   * A table's heading (title, unit line, column heads): its first lines, which never end a page
   * without rows under them and are printed again at the top of each page the table runs onto.
   */
  readonly headingLines?: number
}

/** Lines [fromLine, toLine) of paragraph `block` on one page. */
export interface PageSlice {
  readonly block: number
  readonly fromLine: number
  readonly toLine: number
}

export type PagePlan = readonly (readonly PageSlice[])[]

/** The height available for text on page one (below the letterhead band) and on later pages. */
export interface PageCapacity {
  readonly first: number
  readonly rest: number
}

/** Measured heights carry sub-pixel noise; half a pixel never decides a page break. */
const TOLERANCE = 0.5

/** Fewest lines left at the foot of a page (orphans) or carried to the next (widows). */
export const MIN_SPLIT_LINES = WIDOW_ORPHAN_LINES

/** A paragraph's line count as pagination uses it: whole, and at least one, so no text is ever dropped. */
export function blockLines(block: BlockMetrics): number {
  return Math.max(1, Math.round(block.lines))
}

function fittingLines(room: number, lineHeight: number): number {
  if (lineHeight <= 0) return Number.POSITIVE_INFINITY
  return Math.max(0, Math.floor((room + TOLERANCE) / lineHeight))
}

/**
 * How many of a paragraph's remaining lines go on the current page: all, some, or none. `heading`
 * lines at the start must take at least MIN_SPLIT_LINES lines after them onto the page.
 */
function linesToTake(remaining: number, fit: number, pageEmpty: boolean, heading: number): number {
  if (fit >= remaining) return remaining
  let take = Math.min(fit, remaining - MIN_SPLIT_LINES)
  if (take < heading + MIN_SPLIT_LINES) take = 0
  // A paragraph taller than an empty page must still make progress, whatever the orphan rules say.
  if (take === 0 && pageEmpty) take = Math.max(1, fit)
  return take
}

function blockHeight(block: BlockMetrics, lines: number): number {
  return lines * block.lineHeight
}

/**
 * Splits paragraphs over pages. Every line of every paragraph lands on exactly one page, in
 * order; a paragraph splits only between lines, leaving at least two lines on each side when it
 * can; a keep-with-next paragraph moves to the next page rather than end a page alone.
 */
export function paginate(blocks: readonly BlockMetrics[], capacity: PageCapacity): PagePlan {
  const pages: PageSlice[][] = [[]]
  let used = 0
  let pageCapacity = capacity.first
  const current = (): PageSlice[] => pages[pages.length - 1] ?? []
  const newPage = (): void => {
    pages.push([])
    used = 0
    pageCapacity = capacity.rest
  }

  blocks.forEach((block, index) => {
    const lines = blockLines(block)
    let from = 0
    while (from < lines) {
      const remaining = lines - from
      const pageEmpty = current().length === 0
      // A table continued from the page before prints its heading again above its next rows.
      const repeated = from > 0 ? Math.min(block.headingLines ?? 0, lines) : 0
      const fit = fittingLines(pageCapacity - used - repeated * block.lineHeight, block.lineHeight)
      let take = linesToTake(remaining, fit, pageEmpty, from === 0 ? (block.headingLines ?? 0) : 0)
      if (take === remaining && !pageEmpty && block.keepWithNext) {
        const next = blocks[index + 1]
        const after = used + blockHeight(block, remaining) + block.spaceAfter
        const nextFirst = next === undefined ? 0 : Math.min(next.lines, MIN_SPLIT_LINES)
        if (next !== undefined && nextFirst > fittingLines(pageCapacity - after, next.lineHeight)) {
          take = 0
        }
      }
      if (take > 0) {
        current().push({ block: index, fromLine: from, toLine: from + take })
        used += blockHeight(block, repeated + take) + (take === remaining ? block.spaceAfter : 0)
        from += take
      }
      if (from < lines) newPage()
    }
  })
  return pages
}
