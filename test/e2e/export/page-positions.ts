/**
 * Where each paragraph of a release starts, as page and height on the page (points from the top
 * edge), read three ways: from the print view's own layout in Chromium, and from a PDF's text lines.
 */
import { chromium } from 'playwright-core'
import type { Browser, Page } from 'playwright-core'
import { CHROMIUM_ARGS } from '../../../electron/cli/chromium'
import { serveFolder } from '../../../electron/cli/static-server'
import type { StaticServer } from '../../../electron/cli/static-server'
import { finishPdf } from '../../../renderer/src/export/pdf-finish'
import {
  pdfOptions,
  PRINT_DOCUMENT_GLOBAL,
  toPlaywrightPdfOptions,
} from '../../../renderer/src/export/pdf-options'
import { pdfProperties } from '../../../renderer/src/export/pdf-properties'
import type { ReleaseDocument } from '../../../renderer/src/release/document-schema'
import { serializeReleaseDocument } from '../../../renderer/src/release/load-document'
import { paragraphText } from '../../../renderer/src/release/release-content'
import type { ContentParagraph } from '../../../renderer/src/release/release-content'
import { pdfInfo, pdfLineTops } from '../../support/libreoffice'

export interface Position {
  readonly page: number
  readonly top: number
}

export interface PrintView {
  /** The preview's paragraph starts, in reading order, and the PDF Chromium prints of that view. */
  readonly render: (
    document: ReleaseDocument,
  ) => Promise<{ starts: Position[]; pieces: number; pdf: Uint8Array }>
  readonly close: () => Promise<void>
}

const PX_TO_PT = 72 / 96

async function printedPage(browser: Browser, origin: string, json: string): Promise<Page> {
  const page = await browser.newPage()
  await page.addInitScript({ content: `window.${PRINT_DOCUMENT_GLOBAL} = ${JSON.stringify(json)}` })
  await page.goto(`${origin}/index.html#print`)
  await page
    .locator('html[data-print-ready="true"], html[data-print-error]')
    .waitFor({ state: 'attached' })
  const problem = await page.locator('html').getAttribute('data-print-error')
  if (problem !== null) throw new Error(`the print view could not lay out the release: ${problem}`)
  return page
}

/** A Chromium on the built print view (out/renderer). */
export async function openPrintView(chromiumPath: string, rendererDir: string): Promise<PrintView> {
  const server: StaticServer = await serveFolder(rendererDir)
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS] })
  return {
    render: async (document) => {
      const page = await printedPage(browser, server.origin, serializeReleaseDocument(document))
      // Paragraph starts only: a piece a page break carried over is marked data-continued.
      const starts = await page
        .locator('[data-testid="page"] .print-paragraph:not([data-continued])')
        .evaluateAll((paragraphs) =>
          paragraphs.map((paragraph) => {
            const sheet = paragraph.closest('[data-testid="page"]')
            const sheetTop = sheet?.getBoundingClientRect().top ?? Number.NaN
            return {
              page: Number(sheet?.getAttribute('data-page-number')),
              topPx: paragraph.getBoundingClientRect().top - sheetTop,
            }
          }),
        )
      // Every piece, a paragraph's start or what a page break carried over, to tell splits happened.
      const pieces = await page.locator('[data-testid="page"] .print-paragraph').count()
      const printed = await page.pdf(toPlaywrightPdfOptions(pdfOptions(document.layout.pageSize)))
      await page.close()
      return {
        starts: starts.map((start) => ({ page: start.page, top: start.topPx * PX_TO_PT })),
        pieces,
        pdf: finishPdf(printed, pdfProperties(document)),
      }
    },
    close: async () => {
      await browser.close()
      await server.close()
    },
  }
}

const LIST_MARKER = /^(?:[\u2022\u25e6\u25aa\u25cf\u25cb\u25a0o]|\d+\.)\s+/
const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** The first words of a paragraph, enough to tell where it starts. */
function startKey(paragraph: ContentParagraph): string {
  return normalise(paragraphText(paragraph)).split(' ').slice(0, 5).join(' ')
}

function startsParagraph(lineText: string, key: string): boolean {
  const line = normalise(lineText).replace(LIST_MARKER, '')
  return line.startsWith(key) || (line.length >= Math.min(key.length, 8) && key.startsWith(line))
}

/**
 * Each paragraph's first line in a PDF, in reading order, or null for one not found. Lines are
 * searched in order from the previous paragraph's start, so repeated words find the right one.
 */
export function pdfParagraphStarts(
  pdfPath: string,
  paragraphs: readonly ContentParagraph[],
): (Position | null)[] {
  const pages = Number(pdfInfo(pdfPath).get('Pages') ?? '0')
  const lines = Array.from({ length: pages }, (_, index) =>
    pdfLineTops(pdfPath, index + 1).map((line) => ({ ...line, page: index + 1 })),
  ).flat()
  let cursor = 0
  return paragraphs.map((paragraph) => {
    const key = startKey(paragraph)
    const found = lines.findIndex(
      (line, index) => index >= cursor && startsParagraph(line.text, key),
    )
    if (found < 0) return null
    cursor = found + 1
    const line = lines[found]
    return line === undefined ? null : { page: line.page, top: line.top }
  })
}

/** How many pages a PDF has. */
export function pdfPages(pdfPath: string): number {
  return Number(pdfInfo(pdfPath).get('Pages') ?? '0')
}
