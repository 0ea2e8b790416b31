/**
 * The DOCX as an office suite opens it: LibreOffice converts it to PDF, and the PDF is read back.
 * Page 1 of each is kept in test-results/docx/ as a PNG to look at.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { releaseDocx } from '../../../../renderer/src/export/docx/release-docx'
import type { ReleaseDocument } from '../../../../renderer/src/release/document-schema'
import { paragraphText, releaseContent } from '../../../../renderer/src/release/release-content'
import {
  convertDocxFilesToPdf,
  officeToolsMissingReason,
  pdfFontNames,
  pdfImageCount,
  pdfInfo,
  pdfLineTops,
  pdfPageText,
  pdfText,
  pageInk,
  renderPdfPage,
} from '../../../support/libreoffice'
import {
  ARTIFACT_DIR,
  LONG_ADDRESS_LINES,
  markedFinal,
  sampleRelease,
  withLayout,
  withLongAddress,
} from './docx-fixtures'

const missing = officeToolsMissingReason()
if (missing !== null) console.warn(`Skipping the LibreOffice checks of the DOCX export: ${missing}`)

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Exports the variants and converts them in one LibreOffice run; keeps page 1 (and page 2 of the sample) as PNGs. */
async function convertAll(
  variants: Readonly<Record<keyof typeof pdfs, ReleaseDocument>>,
): Promise<void> {
  const names = Object.keys(variants) as (keyof typeof pdfs)[]
  const docxPaths: string[] = []
  for (const name of names) {
    const docxPath = join(ARTIFACT_DIR, `${name}.docx`)
    writeFileSync(docxPath, await releaseDocx(variants[name]))
    rmSync(docxPath.replace(/\.docx$/, '.pdf'), { force: true })
    docxPaths.push(docxPath)
  }
  const pdfPaths = convertDocxFilesToPdf(docxPaths, ARTIFACT_DIR)
  names.forEach((name, index) => {
    const pdfPath = pdfPaths[index] ?? ''
    pdfs[name] = pdfPath
    for (const page of name === 'sample' ? [1, 2] : [1]) {
      renderPdfPage(pdfPath, page, join(ARTIFACT_DIR, `${name}-page`))
    }
  })
}

/** The top of the first line of release text on a page (below the header, above the footer). */
function firstBodyLineTop(pdfPath: string, page: number, words: string): number | undefined {
  return pdfLineTops(pdfPath, page).find((line) => line.text.startsWith(words))?.top
}

const pdfs = { sample: '', preprinted: '', final: '', a4: '', longAddress: '' }

describe.skipIf(missing !== null)('the DOCX in LibreOffice', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACT_DIR, { recursive: true })
    await convertAll({
      sample: sampleRelease(),
      preprinted: withLayout(sampleRelease(), { preprinted: true }),
      final: markedFinal(sampleRelease()),
      a4: withLayout(sampleRelease(), { pageSize: 'a4' }),
      longAddress: withLongAddress(sampleRelease()),
    })
  }, 180_000)

  it('prints every results paragraph, the headline and the dateline word for word', () => {
    const text = normalise(pdfText(pdfs.sample))
    const paragraphs = releaseContent(sampleRelease()).paragraphs
    const checked = paragraphs.filter((paragraph) =>
      ['results', 'headline', 'dateline'].includes(paragraph.role),
    )
    expect(checked.filter((paragraph) => paragraph.role === 'results')).toHaveLength(3)
    for (const paragraph of checked) expect(text).toContain(normalise(paragraphText(paragraph)))
  })

  it('is US Letter, or A4 when the layout says so', () => {
    expect(pdfInfo(pdfs.sample).get('Page size')).toMatch(/^612 x 792 pts/)
    expect(pdfInfo(pdfs.a4).get('Page size')).toMatch(/^595\.\d* x 841\.\d* pts/)
  })

  it('sets the text in Times New Roman or its metric twin Liberation Serif', () => {
    const fonts = pdfFontNames(pdfs.sample)
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) expect(font).toMatch(/LiberationSerif|TimesNewRoman/)
  })

  it('shows the logo and the address line on page 1 only, and nothing of them on pre-printed paper', () => {
    expect(pdfImageCount(pdfs.sample, 1)).toBe(1)
    expect(pdfImageCount(pdfs.sample, 2)).toBe(0)
    expect(normalise(pdfPageText(pdfs.sample, 1))).toContain('105 Norton Street')
    expect(pdfPageText(pdfs.sample, 2)).not.toContain('Norton Street')
    expect(pdfImageCount(pdfs.preprinted, 1)).toBe(0)
    expect(pdfPageText(pdfs.preprinted, 1)).not.toContain('Norton Street')
  })

  it('starts page 1\u2019s text 2 in down on plain and pre-printed paper alike, and later pages\u2019 1 in down', () => {
    const exhibit = firstBodyLineTop(pdfs.sample, 1, 'Exhibit 99.1')
    const exhibitPreprinted = firstBodyLineTop(pdfs.preprinted, 1, 'Exhibit 99.1')
    expect(exhibit).toBeGreaterThan(142)
    expect(exhibit).toBeLessThan(147)
    expect(exhibitPreprinted).toBeCloseTo(exhibit ?? 0, 0)
    const pageTwo = pdfLineTops(pdfs.sample, 2).filter(
      (line) => !line.text.includes('DRAFT') && line.top < 700,
    )
    expect(pageTwo[0]?.top).toBeGreaterThan(70)
    expect(pageTwo[0]?.top).toBeLessThan(75)
  })

  it('lets an address too long for the band push page one\u2019s text down, never cutting it off', () => {
    const text = normalise(pdfPageText(pdfs.longAddress, 1))
    for (const line of LONG_ADDRESS_LINES) expect(text).toContain(line)
    expect(text).toContain('www.iec-electronics.com')
    const exhibit = firstBodyLineTop(pdfs.longAddress, 1, 'Exhibit 99.1') ?? 0
    const addressLines = pdfLineTops(pdfs.longAddress, 1).filter(
      (line) => line.top < exhibit && !line.text.includes('Exhibit'),
    )
    const lastAddressLine = addressLines.filter((line) => line.text.includes('electronics.com'))
    expect(lastAddressLine).toHaveLength(1)
    expect(exhibit).toBeGreaterThan((lastAddressLine[0]?.top ?? 0) + 9)
    // The address wraps before a separator, never leaving a "\u2022" at the end of a line.
    expect(addressLines.length).toBeGreaterThan(1)
    for (const line of addressLines) expect(line.text).not.toMatch(/\u2022$/)
  })

  it('numbers pages from page 2, at the foot', () => {
    const foot = (page: number) =>
      pdfLineTops(pdfs.sample, page).filter((line) => line.top > 792 - 72)
    expect(foot(1)).toEqual([])
    expect(foot(2).map((line) => line.text)).toEqual(['2'])
  })

  it('marks every page of a draft with the watermark, moving nothing, and no page of the final release', () => {
    // The mark is drawn: a draft's pages carry more ink than the final's, which are otherwise the same.
    const ink = (pdf: string, page: number) => pageInk(pdf, page, join(ARTIFACT_DIR, 'ink'))
    expect(ink(pdfs.sample, 1)).toBeGreaterThan(ink(pdfs.final, 1) * 1.02)
    expect(ink(pdfs.sample, 2)).toBeGreaterThan(ink(pdfs.final, 2) * 1.02)
    expect(pdfText(pdfs.final)).not.toContain('DRAFT')
    expect(pdfText(pdfs.sample)).not.toContain('NOT FOR RELEASE')
    // As many pages as the PDF (two), and the letterhead and the text where the final has them.
    expect(pdfInfo(pdfs.sample).get('Pages')).toBe('2')
    expect(pdfInfo(pdfs.final).get('Pages')).toBe('2')
    const top = (pdf: string, words: string) =>
      pdfLineTops(pdf, 1).find((line) => line.text.includes(words))?.top
    expect(top(pdfs.sample, '105 Norton Street')).toBeDefined()
    expect(top(pdfs.sample, '105 Norton Street')).toBeCloseTo(
      top(pdfs.final, '105 Norton Street') ?? 0,
      1,
    )
    expect(top(pdfs.sample, 'Exhibit 99.1')).toBeCloseTo(top(pdfs.final, 'Exhibit 99.1') ?? 0, 1)
    expect(pdfImageCount(pdfs.sample, 1)).toBe(pdfImageCount(pdfs.final, 1))
  })
})
