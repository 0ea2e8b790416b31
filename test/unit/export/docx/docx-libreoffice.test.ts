/**
 * The DOCX as an office suite opens it: LibreOffice converts it to PDF, and the PDF is read back.
 * Page 1 of each is kept in test-results/docx/ as a PNG to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { releaseDocx } from '../../../../renderer/src/export/docx/release-docx'
import { DRAFT_LINE } from '../../../../renderer/src/export/plain-text'
import type { ReleaseDocument } from '../../../../renderer/src/release/document-schema'
import { paragraphText, releaseContent } from '../../../../renderer/src/release/release-content'
import {
  convertDocxToPdf,
  officeToolsMissingReason,
  pdfFontNames,
  pdfImageCount,
  pdfInfo,
  pdfLineTops,
  pdfPageText,
  pdfText,
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

/** Exports a variant, converts it, and keeps page 1 (and page 2 of the sample) as PNGs. */
async function convert(
  name: string,
  document: ReleaseDocument,
  pages: readonly number[] = [1],
): Promise<string> {
  const docxPath = join(ARTIFACT_DIR, `${name}.docx`)
  writeFileSync(docxPath, await releaseDocx(document))
  const pdfPath = convertDocxToPdf(docxPath, ARTIFACT_DIR)
  for (const page of pages) renderPdfPage(pdfPath, page, join(ARTIFACT_DIR, `${name}-page`))
  return pdfPath
}

/** The top of the first line of release text on a page (below the header, above the footer). */
function firstBodyLineTop(pdfPath: string, page: number, words: string): number | undefined {
  return pdfLineTops(pdfPath, page).find((line) => line.text.startsWith(words))?.top
}

describe.skipIf(missing !== null)('the DOCX in LibreOffice', () => {
  const pdfs = { sample: '', preprinted: '', final: '', a4: '', longAddress: '' }

  beforeAll(async () => {
    mkdirSync(ARTIFACT_DIR, { recursive: true })
    pdfs.sample = await convert('sample', sampleRelease(), [1, 2])
    pdfs.preprinted = await convert(
      'sample-preprinted',
      withLayout(sampleRelease(), { preprinted: true }),
    )
    pdfs.final = await convert('sample-final', markedFinal(sampleRelease()))
    pdfs.a4 = await convert('sample-a4', withLayout(sampleRelease(), { pageSize: 'a4' }))
    pdfs.longAddress = await convert('sample-long-address', withLongAddress(sampleRelease()))
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
      (line) => line.text !== DRAFT_LINE && line.top < 700,
    )
    expect(pageTwo[0]?.top).toBeGreaterThan(70)
    expect(pageTwo[0]?.top).toBeLessThan(75)
  })

  it('lets an address too long for the band push page one\u2019s text down, never cutting it off', () => {
    const text = normalise(pdfPageText(pdfs.longAddress, 1))
    for (const line of LONG_ADDRESS_LINES) expect(text).toContain(line)
    expect(text).toContain('www.iec-electronics.com')
    const exhibit = firstBodyLineTop(pdfs.longAddress, 1, 'Exhibit 99.1') ?? 0
    const lastAddressLine = pdfLineTops(pdfs.longAddress, 1)
      .filter((line) => line.text.includes('www.iec-electronics.com') && line.top < 200)
      .map((line) => line.top)
    expect(lastAddressLine).toHaveLength(1)
    expect(exhibit).toBeGreaterThan((lastAddressLine[0] ?? 0) + 9)
  })

  it('numbers pages from page 2, at the foot', () => {
    const foot = (page: number) =>
      pdfLineTops(pdfs.sample, page).filter((line) => line.top > 792 - 72)
    expect(foot(1)).toEqual([])
    expect(foot(2).map((line) => line.text)).toEqual(['2'])
  })

  it('heads each page of a draft with the DRAFT line, and no page of the final release', () => {
    expect(pdfInfo(pdfs.sample).get('Pages')).toBe('2')
    expect(normalise(pdfPageText(pdfs.sample, 1))).toContain(DRAFT_LINE)
    expect(normalise(pdfPageText(pdfs.sample, 2))).toContain(DRAFT_LINE)
    expect(pdfText(pdfs.final)).not.toContain('DRAFT')
    expect(pdfText(pdfs.preprinted)).toContain(DRAFT_LINE)
  })
})
