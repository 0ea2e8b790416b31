import { assertNever } from '../../release/assert-never'
import type { Logo } from '../../release/document-schema'
import type { Letterhead, ReleaseContent } from '../../release/release-content'
import type { IContext, IXmlableObject } from 'docx'
import {
  Footer,
  Header,
  HeightRule,
  ImageRun,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx'
import { TextWatermark } from 'docx/watermarks'
import { DRAFT_MARK, FONTS, LETTERHEAD_PT } from '../page-geometry'
import {
  BAND_ROW_PT,
  BAND_TRAILER_PT,
  halfPoints,
  pixels,
  textWidthPoints,
  twips,
} from './docx-geometry'
import { HEADER_STYLE_IDS } from './docx-styles'
import type { RasterType } from './image-size'
import { base64ToBytes, rasterSize } from './image-size'

/**
 * Headers and footers. Page one's header is the letterhead band (see docx-geometry.ts); every header
 * carries the DRAFT watermark while the release is a draft. Page numbers start on page 2.
 */

/** The only drawing in the document; a fixed id, as docx would otherwise count up across exports. */
const LOGO_DRAWING_ID = '1'

function rasterType(logo: Logo): RasterType | null {
  switch (logo.mediaType) {
    case 'image/png':
      return 'png'
    case 'image/jpeg':
      return 'jpg'
    case 'image/svg+xml':
      // docx embeds SVG only with a raster fallback, which a pure export cannot draw; the name is set as text instead.
      return null
    default:
      return assertNever(logo.mediaType)
  }
}

/**
 * The logo at the letterhead's logo height, keeping its aspect ratio, and narrower than the text column;
 * null for an SVG logo or bytes that are not a readable PNG or JPEG, whose letterhead then shows the name.
 */
export function createLogoRun(letterhead: Letterhead, maxWidthPt: number): ImageRun | null {
  const logo = letterhead.logo
  if (logo === null) return null
  const type = rasterType(logo)
  if (type === null) return null
  const data = base64ToBytes(logo.data)
  if (data === null) return null
  const size = rasterSize(data, type)
  if (size === null) return null
  const scale = Math.min(LETTERHEAD_PT.logoHeight / size.height, maxWidthPt / size.width)
  return new ImageRun({
    type,
    data,
    transformation: { width: pixels(size.width * scale), height: pixels(size.height * scale) },
    altText: {
      id: LOGO_DRAWING_ID,
      name: 'Logo',
      title: letterhead.companyName,
      description: `${letterhead.companyName} logo`,
    },
  })
}

/**
 * The DRAFT mark as Word's own Design > Watermark makes it: a WordArt shape in the header, centred on
 * the page behind the text, the size, angle and shade of the preview's mark. Being anchored and behind
 * the text, it moves no line, and Word's Watermark command can remove it.
 */
export function createDraftWatermark(): TextWatermark {
  return new DraftWatermark({
    text: DRAFT_MARK.text,
    font: FONTS.word,
    bold: true,
    color: '000000',
    opacity: DRAFT_MARK.opacity,
    // Word turns clockwise; the preview's -35° is counter-clockwise.
    rotation: (360 + DRAFT_MARK.angleDeg) % 360,
    width: DRAFT_MARK.sizePt * DRAFT_MARK.widthEm,
    height: DRAFT_MARK.sizePt,
  })
}

/** docx names each watermark shape with a random suffix; a fixed one keeps an export's bytes the same. */
const WATERMARK_SHAPE_ID = /^PowerPlusWaterMarkObject[\w-]*$/

function withFixedShapeId(node: unknown): unknown {
  if (typeof node === 'string') {
    return WATERMARK_SHAPE_ID.test(node) ? 'PowerPlusWaterMarkObject1' : node
  }
  if (Array.isArray(node)) return node.map(withFixedShapeId)
  if (typeof node === 'object' && node !== null) {
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, withFixedShapeId(value)]),
    )
  }
  return node
}

class DraftWatermark extends TextWatermark {
  override prepForXml(context: IContext): IXmlableObject | undefined {
    const xml = super.prepForXml(context)
    return xml === undefined ? undefined : (withFixedShapeId(xml) as IXmlableObject)
  }
}

/** The letterhead art: the logo (or the company's name set in type), then the address line under a rule. */
function letterheadParagraphs(letterhead: Letterhead, maxWidthPt: number): Paragraph[] {
  const logo = createLogoRun(letterhead, maxWidthPt)
  const top =
    logo === null
      ? new Paragraph({
          style: HEADER_STYLE_IDS.letterheadName,
          // The name takes the logo's place and height, so the address line sits where it would under a logo.
          spacing: { line: twips(LETTERHEAD_PT.logoHeight), lineRule: LineRuleType.EXACT },
          children: [new TextRun(letterhead.companyName)],
        })
      : new Paragraph({ style: HEADER_STYLE_IDS.letterheadName, children: [logo] })
  if (letterhead.addressLine === '') return [top]
  return [
    top,
    new Paragraph({
      style: HEADER_STYLE_IDS.letterheadAddress,
      children: createAddressRuns(letterhead.addressLine),
    }),
  ]
}

/** The separator letterheadAddressLine puts between the parts of the address line. */
export const ADDRESS_SEPARATOR = ' \u2022 '

/**
 * The address line in ordinary spaces and hyphens, so that Word's Find for "331-7742" finds it. The one
 * no-break space is the one after each "\u2022", which keeps the separator with the part after it: a
 * long address then wraps before a "\u2022", never leaving one dangling at the end of a line.
 */
export function createAddressRuns(addressLine: string): TextRun[] {
  const glued = addressLine.split(ADDRESS_SEPARATOR).join(' \u2022\u00a0')
  return [new TextRun(glued)]
}

/**
 * Word needs a paragraph after a table in a header; this one is a point high, the band's last point.
 * It anchors page one's DRAFT watermark while the release is a draft.
 */
function bandTrailer(draft: boolean): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: twips(BAND_TRAILER_PT), lineRule: LineRuleType.EXACT },
    run: { size: halfPoints(BAND_TRAILER_PT) },
    children: draft ? [createDraftWatermark()] : [],
  })
}

/**
 * Page one's header: a borderless one-cell table of the band's height spanning the text column, holding
 * the letterhead art, or nothing in pre-printed mode. Its height does not depend on what it holds (unless
 * that overflows it), so page one's body starts at the same height with and without the letterhead.
 */
export function createLetterheadHeader(content: ReleaseContent): Header {
  const widthPt = textWidthPoints(content.pageSize)
  const art = content.letterhead === null ? [] : letterheadParagraphs(content.letterhead, widthPt)
  const cellChildren = art
  const band = new Table({
    width: { size: twips(widthPt), type: WidthType.DXA },
    columnWidths: [twips(widthPt)],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [
      new TableRow({
        height: { value: twips(BAND_ROW_PT), rule: HeightRule.ATLEAST },
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: twips(widthPt), type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.TOP,
            children: cellChildren.length === 0 ? [new Paragraph({})] : cellChildren,
          }),
        ],
      }),
    ],
  })
  return new Header({ children: [band, bandTrailer(content.draft)] })
}

/** Later pages' header: an empty paragraph, holding the DRAFT watermark while a draft. */
export function createDefaultHeader(draft: boolean): Header {
  return new Header({
    children: [new Paragraph({ children: draft ? [createDraftWatermark()] : [] })],
  })
}

/** Later pages' footer: the page number, the document's only field (Word fills it in as it paginates). */
export function createPageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: HEADER_STYLE_IDS.pageNumber,
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  })
}

/** Page one's footer: empty, as page one carries no number. */
export function createFirstPageFooter(): Footer {
  return new Footer({ children: [new Paragraph({})] })
}
