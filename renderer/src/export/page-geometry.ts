import type { PageSize } from './pdf-options'
import { PAGE_SIZES_INCHES } from './pdf-options'
import type { ParagraphLook } from '../release/block-kinds'

/**
 * The page as the preview, the PDF and the DOCX all lay it out. One table, so that a change of
 * margin or type size moves all three outputs together. Lengths are in points (1/72 inch).
 */
export const POINTS_PER_INCH = 72

export function pageSizePoints(size: PageSize): {
  readonly width: number
  readonly height: number
} {
  const inches = PAGE_SIZES_INCHES[size]
  // Exact, not rounded to whole points: A4 is 595.28 × 841.89 pt.
  return { width: inches.width * POINTS_PER_INCH, height: inches.height * POINTS_PER_INCH }
}

export const PAGE_MARGINS_PT = {
  left: 72,
  right: 72,
  bottom: 72,
  /** Later pages. */
  top: 72,
  /**
   * Page one leaves room for the letterhead: the printed art, or in pre-printed mode the paper's own.
   * The text starts at the same height either way.
   */
  firstPageTop: 144,
} as const

/** Where the letterhead sits inside the first page's top band. */
export const LETTERHEAD_PT = {
  top: 36,
  logoHeight: 48,
  /** The company name in bold stands in for a missing logo. */
  nameSize: 48 * 0.45,
  addressSize: 9,
  /** Space between the logo and the rule above the address line. */
  addressGapAbove: 6,
  /** Space between that rule and the address line, and the rule's weight. */
  ruleGap: 3,
  ruleWeight: 0.75,
} as const

/** Page numbers sit this far from the bottom edge, from page 2 on. */
export const PAGE_NUMBER_PT = { fromBottom: 36, size: 10 } as const

/** The body face: Times New Roman in Word; Tinos, its metric twin, in the preview and PDF. */
export const FONTS = {
  word: 'Times New Roman',
  screen: '"Tinos", "Liberation Serif", "Times New Roman", serif',
} as const

export type { ParagraphLook } from '../release/block-kinds'

/**
 * The distance from one line's baseline to the next, in points: exact, the same for every line of a
 * paragraph whatever its fonts. The preview's CSS line-height, and the DOCX's exact line spacing.
 */
export function lineHeightPoints(look: ParagraphLook): number {
  return look.sizePt * look.lineHeight
}

/**
 * Widow and orphan control: a paragraph split by a page break keeps at least this many lines on each
 * side. Word's and LibreOffice's widow control is this same two.
 */
export const WIDOW_ORPHAN_LINES = 2

/** The diagonal DRAFT marking on every page until the release is marked final. */
export const DRAFT_MARK = {
  text: 'DRAFT',
  sizePt: 96,
  opacity: 0.12,
  angleDeg: -35,
  /** The word's width and cap height in ems, in the bold face (the preview's outline of it). */
  widthEm: 7054 / 2048,
  capHeightEm: 1341 / 2048,
} as const

/** List items: each level of nesting indents by this much, and the bullet or number hangs in the step before the text. */
export const LIST_INDENT_PT = 18

/**
 * A financial table as every output lays it out. Every row (title, unit line, each line of the column
 * heads, each figure row, each note) is one line of exactly `rowHeightPt`, rules included, so the
 * preview can paginate a table by counting rows and Word (an exact row height) breaks it alike.
 */
export const TABLE_GEOMETRY = {
  sizePt: 10,
  rowHeightPt: 13,
  /** Space under the table, as under a paragraph. */
  spaceAfterPt: 12,
  /** Each indent level moves a row's label right by this much. */
  indentPt: 12,
  /** The label column's share of the text width; the figure columns share the rest equally. */
  labelShare: 0.46,
  /** The rules above subtotals and totals, under the column heads, and the double rule's lines. */
  ruleWeightPt: 0.75,
  /** Figures sit this far in from their column's right edge, so a ")" does not touch the next column. */
  figurePaddingPt: 4,
  /**
   * The width of ")" in the table's type (Times: a third of an em). A figure without parentheses
   * stands this much further in, so its digits line up with those of "(168)" above and below it.
   */
  parenWidthPt: 10 / 3,
} as const

/** How far a figure's text stands in from its column's right edge, in points. */
export function figureInsetPt(text: string): number {
  return TABLE_GEOMETRY.figurePaddingPt + (text.endsWith(')') ? 0 : TABLE_GEOMETRY.parenWidthPt)
}

/** The widths of a table's columns in points: the label column first, then each figure column. */
export function tableColumnWidthsPt(textWidthPt: number, figureColumns: number): readonly number[] {
  if (figureColumns === 0) return [textWidthPt]
  const label = textWidthPt * TABLE_GEOMETRY.labelShare
  const figure = (textWidthPt - label) / figureColumns
  return [label, ...Array.from({ length: figureColumns }, () => figure)]
}
