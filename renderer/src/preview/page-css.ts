import type { CSSProperties } from 'react'
import { FONTS, LIST_INDENT_PT, PAGE_MARGINS_PT, lineHeightPoints, pageSizePoints } from '../export/page-geometry'
import { BLOCK_KINDS } from '../release/block-kinds'
import type { PageSize } from '../export/pdf-options'
import type { ContentParagraph } from '../release/release-content'
import type { PageCapacity } from './paginate'

/**
 * The page geometry as CSS. Every length is in points, so the screen and the printed PDF use the
 * same numbers as the DOCX; only the measurer converts to CSS pixels.
 */
export const PX_PER_PT = 96 / 72

export function pt(value: number): string {
  // Hundredths of a point: A4's 595.2755… pt is written 595.28pt.
  return `${Math.round(value * 100) / 100}pt`
}

export function contentWidthPt(size: PageSize): number {
  return pageSizePoints(size).width - PAGE_MARGINS_PT.left - PAGE_MARGINS_PT.right
}

/** The height for text on page one (below the letterhead band) and later pages, in CSS pixels. */
export function pageCapacityPx(size: PageSize): PageCapacity {
  const { height } = pageSizePoints(size)
  const below = height - PAGE_MARGINS_PT.bottom
  return {
    first: (below - PAGE_MARGINS_PT.firstPageTop) * PX_PER_PT,
    rest: (below - PAGE_MARGINS_PT.top) * PX_PER_PT,
  }
}

/** The printer's page: exactly the page box, no printer margins (the page draws its own). */
export function pageRule(size: PageSize): string {
  const { width, height } = pageSizePoints(size)
  return `@page { size: ${pt(width)} ${pt(height)}; margin: 0; }`
}

export function pageBoxStyle(size: PageSize): CSSProperties {
  const { width, height } = pageSizePoints(size)
  return { width: pt(width), height: pt(height), fontFamily: FONTS.screen }
}

export function pageTextStyle(size: PageSize, first: boolean): CSSProperties {
  return {
    position: 'absolute',
    left: pt(PAGE_MARGINS_PT.left),
    top: pt(first ? PAGE_MARGINS_PT.firstPageTop : PAGE_MARGINS_PT.top),
    width: pt(contentWidthPt(size)),
  }
}

/** The height of one line of a paragraph, in points: one size for every line, so lines can be counted. */
export function lineHeightPt(paragraph: ContentParagraph): number {
  return lineHeightPoints(BLOCK_KINDS[paragraph.role].look)
}

export function paragraphStyle(
  paragraph: ContentParagraph,
  options: { readonly continues: boolean },
): CSSProperties {
  const look = BLOCK_KINDS[paragraph.role].look
  const indent = paragraph.list === null ? 0 : (paragraph.list.level + 1) * LIST_INDENT_PT
  return {
    fontSize: pt(look.sizePt),
    // An absolute line height keeps every line box the same height whatever the inline fonts.
    lineHeight: pt(lineHeightPt(paragraph)),
    fontWeight: look.bold ? 700 : 400,
    fontStyle: look.italic ? 'italic' : 'normal',
    textAlign: look.align,
    // A paragraph split by a page break keeps its justification on the line before the break.
    textAlignLast: options.continues && look.align === 'justify' ? 'justify' : 'auto',
    margin: `0 0 ${pt(options.continues ? 0 : look.spaceAfterPt)} 0`,
    paddingLeft: pt(indent),
  }
}

export function listMarkerStyle(paragraph: ContentParagraph): CSSProperties {
  const level = paragraph.list?.level ?? 0
  return { left: pt(level * LIST_INDENT_PT), width: pt(LIST_INDENT_PT) }
}
