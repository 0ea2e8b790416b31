import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { releaseDocx } from '../../../../renderer/src/export/docx/release-docx'
import type { ReleaseDocument } from '../../../../renderer/src/release/document-schema'
import type { DocxPackage } from '../../../support/unzip'
import { paragraphTexts, readDocx, sameBytes } from '../../../support/unzip'
import {
  LOGO_PATH,
  jpegHeader,
  markedFinal,
  sampleRelease,
  toBase64,
  withLayout,
  withLogo,
} from './docx-fixtures'

const IMAGE_RELATIONSHIP =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image'
const ADDRESS = '105 Norton Street \u2022 PO Box 271 \u2022 Newark, NY 14513'
const EMU_PER_POINT = 12700

async function exported(document: ReleaseDocument): Promise<DocxPackage> {
  return readDocx(await releaseDocx(document))
}

function media(docx: DocxPackage): string[] {
  return docx.names.filter((name) => name.startsWith('word/media/'))
}

/** The images a part shows: its drawings' r:embed ids resolved through the part's relationships. */
function imagesShownBy(docx: DocxPackage, part: string): string[] {
  const relationships = docx.relationships(part)
  return [...docx.xml(part).matchAll(/<a:blip r:embed="([^"]+)"/g)].map((match) => {
    const relationship = relationships.get(match[1] ?? '')
    expect(relationship?.type).toBe(IMAGE_RELATIONSHIP)
    return relationship?.target ?? `missing ${match[1]}`
  })
}

/** The logo's size on the page, in points. */
function extentPoints(xml: string): { width: number; height: number } | null {
  const match = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(xml)
  return match === null
    ? null
    : { width: Number(match[1]) / EMU_PER_POINT, height: Number(match[2]) / EMU_PER_POINT }
}

/** Header text as a reader sees it: no-break spaces and hyphens read as plain ones. */
function headerText(docx: DocxPackage, type: 'first' | 'default'): string[] {
  return paragraphTexts(docx.xml(docx.headerPath(type))).map((text) =>
    text.replace(/\u00a0/g, ' ').replace(/\u2011/g, '-'),
  )
}

/** The first-page band's height: the row that pushes page one's body down. */
function bandRow(xml: string): string | undefined {
  return /<w:trHeight w:val="(\d+)" w:hRule="atLeast"\/>/.exec(xml)?.[1]
}

describe('the letterhead on page one', () => {
  it('shows the logo in page one\u2019s header only, at the letterhead\u2019s 48 pt height, keeping its shape', async () => {
    const docx = await exported(sampleRelease())
    expect(media(docx)).toHaveLength(1)
    const [image] = media(docx)
    expect(imagesShownBy(docx, docx.headerPath('first'))).toEqual([image])
    expect(imagesShownBy(docx, docx.headerPath('default'))).toEqual([])
    expect(imagesShownBy(docx, 'word/document.xml')).toEqual([])
    expect(sameBytes(docx.bytes(image ?? ''), readFileSync(LOGO_PATH))).toBe(true)
    // The stand-in logo is 640 × 160 pixels: 48 pt high is 192 pt wide.
    expect(extentPoints(docx.xml(docx.headerPath('first')))).toEqual({ width: 192, height: 48 })
  })

  it('prints the address line on page one only', async () => {
    const docx = await exported(sampleRelease())
    expect(headerText(docx, 'first').join('\n')).toContain(ADDRESS)
    expect(docx.xml(docx.headerPath('default'))).not.toContain('Norton Street')
    expect(docx.xml('word/document.xml')).not.toContain('Norton Street')
  })

  it('sets the company name in type when there is no logo', async () => {
    const docx = await exported(withLogo(sampleRelease(), null))
    expect(media(docx)).toEqual([])
    const header = headerText(docx, 'first')
    expect(header).toContain('IEC Electronics Corp.')
    expect(header.join('\n')).toContain(ADDRESS)
  })

  it('writes the address in ordinary spaces and hyphens, so Word finds "331-7742", each "\u2022" kept with the part after it', async () => {
    const docx = await exported(sampleRelease())
    const address = paragraphTexts(docx.xml(docx.headerPath('first'))).find((text) =>
      text.includes('Norton'),
    )
    expect(address).toContain('Ph: (315) 331-7742')
    expect(address).toContain('www.iec-electronics.com')
    // The only no-break space is the one after each separator: a wrap comes before a "\u2022", never after.
    const parts = address?.split(' \u2022\u00a0') ?? []
    expect(parts).toEqual([
      '105 Norton Street',
      'PO Box 271',
      'Newark, NY 14513',
      'Ph: (315) 331-7742',
      'Fax: (315) 331-3547',
      'www.iec-electronics.com',
    ])
    expect(docx.xml(docx.headerPath('first'))).not.toContain('noBreakHyphen')
  })

  it('sets the name in type for an SVG logo, which needs a raster fallback a pure export cannot draw', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><rect width="200" height="50"/></svg>'
    const docx = await exported(
      withLogo(sampleRelease(), {
        mediaType: 'image/svg+xml',
        data: toBase64(new TextEncoder().encode(svg)),
      }),
    )
    expect(media(docx)).toEqual([])
    expect(paragraphTexts(docx.xml(docx.headerPath('first')))).toContain('IEC Electronics Corp.')
  })

  it('sets the name in type when the logo bytes are not the PNG they claim to be', async () => {
    const docx = await exported(
      withLogo(sampleRelease(), { mediaType: 'image/png', data: toBase64(jpegHeader(10, 10)) }),
    )
    expect(media(docx)).toEqual([])
    expect(paragraphTexts(docx.xml(docx.headerPath('first')))).toContain('IEC Electronics Corp.')
  })

  it('sets the name in type when the logo data is cut off mid-way', async () => {
    const docx = await exported(
      withLogo(sampleRelease(), { mediaType: 'image/png', data: 'iVBORw0KG' }),
    )
    expect(media(docx)).toEqual([])
    expect(paragraphTexts(docx.xml(docx.headerPath('first')))).toContain('IEC Electronics Corp.')
  })

  it('embeds a JPEG logo as a JPEG, scaled from its own pixel size', async () => {
    const docx = await exported(
      withLogo(sampleRelease(), { mediaType: 'image/jpeg', data: toBase64(jpegHeader(300, 100)) }),
    )
    expect(media(docx)).toHaveLength(1)
    expect(media(docx)[0]).toMatch(/\.(jpe?g)$/)
    expect(extentPoints(docx.xml(docx.headerPath('first')))).toEqual({ width: 144, height: 48 })
  })

  it('narrows a very wide logo to the text column (6.5 in on Letter)', async () => {
    const docx = await exported(
      withLogo(sampleRelease(), { mediaType: 'image/jpeg', data: toBase64(jpegHeader(4000, 100)) }),
    )
    const size = extentPoints(docx.xml(docx.headerPath('first')))
    expect(size?.width).toBe(468)
    expect(size?.height).toBeCloseTo(468 / 40, 3)
  })
})

describe('pre-printed letterhead paper', () => {
  it('prints no logo, no name and no address line, and keeps page one\u2019s top margin', async () => {
    const normal = await exported(sampleRelease())
    const preprinted = await exported(withLayout(sampleRelease(), { preprinted: true }))
    expect(media(preprinted)).toEqual([])
    const header = preprinted.xml(preprinted.headerPath('first'))
    expect(header).not.toContain('<w:drawing>')
    expect(header).not.toContain('Norton Street')
    expect(header).not.toContain('IEC Electronics')
    // The band that pushes page one's text down is the same height on plain and pre-printed paper.
    expect(bandRow(header)).toBe('2140')
    expect(bandRow(normal.xml(normal.headerPath('first')))).toBe('2140')
    const pageSetup = (docx: DocxPackage) =>
      /<w:pgMar [^>]*>/.exec(docx.xml('word/document.xml'))?.[0]
    expect(pageSetup(preprinted)).toBe(pageSetup(normal))
  })
})

/** The VML watermark shapes a header part holds, as Word's Design > Watermark writes them. */
function watermarks(xml: string): string[] {
  return xml.match(/<v:shape [^>]*id="PowerPlusWaterMarkObject[^"]*"[\s\S]*?<\/v:shape>/g) ?? []
}

describe('the DRAFT marking', () => {
  it('is a watermark behind the text on every page while the release is a draft, and no header line', async () => {
    const docx = await exported(sampleRelease())
    for (const type of ['first', 'default'] as const) {
      const header = docx.xml(docx.headerPath(type))
      const [mark, ...more] = watermarks(header)
      expect(more).toEqual([])
      expect(mark).toContain('string="DRAFT"')
      // Behind the text, anchored to the page's centre: it takes no room and moves no line.
      expect(mark).toMatch(/position:absolute/)
      expect(mark).toMatch(/z-index:-\d+/)
      expect(mark).toMatch(/mso-position-horizontal:center/)
      expect(mark).toMatch(/mso-position-vertical:center/)
      expect(mark).toMatch(/rotation:325/)
      expect(mark).toContain('<v:fill opacity="0.12"/>')
      expect(paragraphTexts(header).join('')).not.toContain('DRAFT')
      expect(header).not.toContain('NOT FOR RELEASE')
    }
  })

  it('is on pre-printed paper too, outside the letterhead art\u2019s zone as a mark behind the text', async () => {
    const docx = await exported(withLayout(sampleRelease(), { preprinted: true }))
    expect(watermarks(docx.xml(docx.headerPath('first')))).toHaveLength(1)
    expect(watermarks(docx.xml(docx.headerPath('default')))).toHaveLength(1)
    expect(paragraphTexts(docx.xml(docx.headerPath('first'))).join('')).toBe('')
  })

  it('is gone from every part once the release is marked final', async () => {
    const docx = await exported(markedFinal(sampleRelease()))
    for (const name of docx.names.filter((part) => part.endsWith('.xml'))) {
      expect(docx.xml(name), name).not.toContain('DRAFT')
    }
    expect(media(docx)).toHaveLength(1)
  })
})
