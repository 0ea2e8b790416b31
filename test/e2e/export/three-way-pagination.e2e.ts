/**
 * What you see is what Word prints: six releases laid out three ways (the preview's print view in
 * Chromium, the PDF Chromium prints of it, and LibreOffice's PDF of the DOCX, LibreOffice standing
 * in for Word) start every paragraph on the same page, and on the same line of it within one line.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findChromium } from '../../../electron/cli/chromium'
import { releaseDocx } from '../../../renderer/src/export/docx/release-docx'
import { lineHeightPoints } from '../../../renderer/src/export/page-geometry'
import { BLOCK_KINDS } from '../../../renderer/src/release/block-kinds'
import type { ReleaseDocument } from '../../../renderer/src/release/document-schema'
import { paragraphText, releaseContent } from '../../../renderer/src/release/release-content'
import {
  convertDocxFilesToPdf,
  officeToolsMissingReason,
  renderPdfPage,
} from '../../support/libreoffice'
import {
  breakInParagraph,
  onePage,
  sampleRelease,
  sixPageRelease,
  withLayout,
} from '../../unit/export/docx/docx-fixtures'
import type { Position, PrintView } from './page-positions'
import { openPrintView, pdfPages, pdfParagraphStarts } from './page-positions'

const ROOT = resolve(__dirname, '../../..')
const ARTIFACTS = join(ROOT, 'test-results/three-way')

const missing = officeToolsMissingReason()
if (missing !== null) console.warn(`Skipping the three-way pagination test: ${missing}`)

interface Laid {
  readonly preview: readonly Position[]
  /** Paragraphs a page break splits, in the preview. */
  readonly splits: number
  readonly pdf: readonly (Position | null)[]
  readonly docx: readonly (Position | null)[]
  readonly pdfPages: number
  readonly docxPages: number
}

const releases: ReadonlyMap<string, ReleaseDocument> = new Map([
  ['sample', sampleRelease()],
  ['one-page', onePage(sampleRelease())],
  ['break-in-paragraph', breakInParagraph(sampleRelease())],
  ['six-page', sixPageRelease()],
  ['a4', withLayout(sampleRelease(), { pageSize: 'a4' })],
  ['preprinted', withLayout(sampleRelease(), { preprinted: true })],
])
const laid = new Map<string, Laid>()
let view: PrintView | null = null

describe.skipIf(missing !== null)('one page geometry, three outputs', () => {
  beforeAll(async () => {
    rmSync(ARTIFACTS, { recursive: true, force: true })
    mkdirSync(ARTIFACTS, { recursive: true })
    view = await openPrintView(await findChromium(), join(ROOT, 'out/renderer'))
    const printed = new Map<string, { starts: Position[]; pieces: number; pdfPath: string }>()
    const docxPaths: string[] = []
    for (const [name, document] of releases) {
      const { starts, pieces, pdf } = await view.render(document)
      const pdfPath = join(ARTIFACTS, `${name}-chromium.pdf`)
      writeFileSync(pdfPath, pdf)
      printed.set(name, { starts, pieces, pdfPath })
      const docxPath = join(ARTIFACTS, `${name}.docx`)
      writeFileSync(docxPath, await releaseDocx(document))
      docxPaths.push(docxPath)
    }
    // One LibreOffice run for all six: the machine is shared.
    const officePdfs = convertDocxFilesToPdf(docxPaths, ARTIFACTS)
    ;[...releases].forEach(([name, document], index) => {
      const paragraphs = releaseContent(document).paragraphs
      const chromiumPdf = printed.get(name)
      const officePdf = officePdfs[index]
      if (chromiumPdf === undefined || officePdf === undefined)
        throw new Error(`${name} was not laid out`)
      // Page one of each, as pictures to compare by eye.
      renderPdfPage(chromiumPdf.pdfPath, 1, join(ARTIFACTS, `${name}-chromium`))
      renderPdfPage(officePdf, 1, join(ARTIFACTS, `${name}-docx`))
      laid.set(name, {
        preview: chromiumPdf.starts,
        splits: chromiumPdf.pieces - chromiumPdf.starts.length,
        pdf: pdfParagraphStarts(chromiumPdf.pdfPath, paragraphs),
        docx: pdfParagraphStarts(officePdf, paragraphs),
        pdfPages: pdfPages(chromiumPdf.pdfPath),
        docxPages: pdfPages(officePdf),
      })
    })
  }, 240_000)

  afterAll(async () => {
    await view?.close()
  })

  it('lays out releases of one page, two and six pages', () => {
    expect(laid.get('one-page')?.pdfPages).toBe(1)
    expect(laid.get('sample')?.pdfPages).toBe(2)
    expect(laid.get('six-page')?.pdfPages).toBe(6)
    expect(laid.get('break-in-paragraph')?.splits).toBeGreaterThan(0)
  })

  for (const name of releases.keys()) {
    it(`starts every paragraph of the ${name} release on the same page and line in the preview, the PDF and the DOCX`, () => {
      const release = laid.get(name)
      const document = releases.get(name)
      if (release === undefined || document === undefined)
        throw new Error(`${name} was not laid out`)
      const paragraphs = releaseContent(document).paragraphs
      expect(release.preview).toHaveLength(paragraphs.length)
      const wrong: string[] = []
      paragraphs.forEach((paragraph, index) => {
        const line = lineHeightPoints(BLOCK_KINDS[paragraph.role].look)
        const words = paragraphText(paragraph).slice(0, 40)
        const preview = release.preview[index]
        const where = (position: Position | null | undefined) =>
          position === null || position === undefined
            ? 'nowhere'
            : `page ${position.page} at ${position.top.toFixed(1)} pt`
        const outputs = { pdf: release.pdf[index], docx: release.docx[index] }
        for (const [output, position] of Object.entries(outputs)) {
          const same =
            preview !== undefined &&
            position !== null &&
            position !== undefined &&
            position.page === preview.page &&
            Math.abs(position.top - preview.top) <= line
          if (!same)
            wrong.push(`"${words}": preview ${where(preview)}, ${output} ${where(position)}`)
        }
      })
      expect(wrong).toEqual([])
      expect(release.docxPages).toBe(release.pdfPages)
    })
  }
})
