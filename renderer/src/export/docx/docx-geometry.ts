import type { PageSize } from '../pdf-options'
import { LETTERHEAD_PT, PAGE_MARGINS_PT, PAGE_NUMBER_PT, pageSizePoints } from '../page-geometry'

/**
 * The shared page geometry (page-geometry.ts, in points) in Word's units: twips (1/20 pt) for page
 * and paragraph lengths, half-points for type sizes. Nothing here invents a length of its own.
 */
export function twips(points: number): number {
  return Math.round(points * 20)
}

export function halfPoints(points: number): number {
  return Math.round(points * 2)
}

/** Word's "auto" line spacing is in 240ths of a line. */
export function autoLine(lineHeight: number): number {
  return Math.round(240 * lineHeight)
}

/** docx sizes images in CSS pixels, 96 to the inch. */
export function pixels(points: number): number {
  return (points * 96) / 72
}

/**
 * Word and printer drivers recognise paper by its exact size, and A4 (210 × 297 mm) is not a whole number
 * of twips, so a size within a point of a standard paper is written as that paper's own twips; otherwise
 * Word would call it "Custom size" and some printers would scale it.
 */
const STANDARD_PAPERS_TWIPS = [
  { width: 12240, height: 15840 }, // US Letter, 8.5 × 11 in
  { width: 11906, height: 16838 }, // A4, 210 × 297 mm
] as const

export function pageSizeTwips(size: PageSize): { readonly width: number; readonly height: number } {
  const points = pageSizePoints(size)
  const exact = { width: twips(points.width), height: twips(points.height) }
  const standard = STANDARD_PAPERS_TWIPS.find(
    (paper) =>
      Math.abs(paper.width - exact.width) <= 20 && Math.abs(paper.height - exact.height) <= 20,
  )
  return standard ?? exact
}

/** The text column's width, which the letterhead band spans and the logo may not exceed. */
export function textWidthPoints(size: PageSize): number {
  return pageSizeTwips(size).width / 20 - PAGE_MARGINS_PT.left - PAGE_MARGINS_PT.right
}

/**
 * Word has one top margin per section, while page one needs a taller one (the letterhead band) than the
 * pages after it. The section's top margin is the later pages' margin, and page one's first-page header
 * is a band of fixed height, starting at the letterhead's top and ending exactly at the first-page top
 * margin: Word and LibreOffice start the body below a header that reaches past the margin, so page one's
 * text starts at `firstPageTop`. The band is a table row of a set height, whatever it holds: the
 * letterhead art, or nothing in pre-printed mode; so the body starts at the same
 * height with or without the letterhead. The row's height is a minimum ("at least"), not exact: an
 * address too long for the band then pushes page one's text down rather than being cut off unseen.
 */
export const HEADER_FROM_TOP_PT = LETTERHEAD_PT.top

/** A header paragraph after a table is required by Word; it is kept one point high, inside the band. */
export const BAND_TRAILER_PT = 1

/** The height of the first-page band's table row: the band less the trailing paragraph. */
export const BAND_ROW_PT = PAGE_MARGINS_PT.firstPageTop - HEADER_FROM_TOP_PT - BAND_TRAILER_PT

/** Page-number footer: its text sits `PAGE_NUMBER_PT.fromBottom` above the bottom edge. */
export const FOOTER_FROM_BOTTOM_PT = PAGE_NUMBER_PT.fromBottom

/** The section's page: size, margins, and the header and footer distances, in twips. */
export function sectionPage(size: PageSize) {
  return {
    size: pageSizeTwips(size),
    margin: {
      top: twips(PAGE_MARGINS_PT.top),
      bottom: twips(PAGE_MARGINS_PT.bottom),
      left: twips(PAGE_MARGINS_PT.left),
      right: twips(PAGE_MARGINS_PT.right),
      header: twips(HEADER_FROM_TOP_PT),
      footer: twips(FOOTER_FROM_BOTTOM_PT),
    },
  } as const
}
