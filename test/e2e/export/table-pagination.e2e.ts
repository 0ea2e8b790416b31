/**
 * A long financial table breaks between rows, with its heading printed again on each page, in the
 * preview, in the PDF Chromium prints of it, and in LibreOffice's PDF of the Word file.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stressReleaseText } from '../../../bench/stress-release'
import { CHROMIUM_ARGS, findChromium } from '../../../electron/cli/chromium'
import { serveFolder } from '../../../electron/cli/static-server'
import type { StaticServer } from '../../../electron/cli/static-server'
import { releaseDocx } from '../../../renderer/src/export/docx/release-docx'
import { finishPdf } from '../../../renderer/src/export/pdf-finish'
import { pdfOptions, PRINT_DOCUMENT_GLOBAL, toPlaywrightPdfOptions } from '../../../renderer/src/export/pdf-options'
import { pdfProperties } from '../../../renderer/src/export/pdf-properties'
import type { ReleaseDocument } from '../../../renderer/src/release/document-schema'
import { readReleaseDocument, serializeReleaseDocument } from '../../../renderer/src/release/load-document'
import { convertDocxToPdf, officeToolsMissingReason, pdfPageText } from '../../support/libreoffice'
import { pdfPages } from './page-positions'

const ROOT = resolve(__dirname, '../../..')
const ARTIFACTS = join(ROOT, 'test-results/table-pagination')
const TITLE = 'Operating Expenses by Account'
const ROWS = 110
/** Results paragraphs enough for the prose to end on page three. */
const UNITS = 9

/** The sample, lengthened with results paragraphs, and a table of 110 expense accounts after its contact. */
function longTableRelease(): ReleaseDocument {
  // Read and written again, so the file is of the current version, which holds tables.
  const stress = readReleaseDocument(stressReleaseText(UNITS))
  if (!stress.ok) throw new Error(`the stress release: ${stress.error}`)
  const json = JSON.parse(serializeReleaseDocument(stress.value)) as Record<string, unknown>
  const rows = Array.from({ length: ROWS }, (_, index) => ({
    id: `account-${index + 1}`,
    kind: 'entered',
    label: `Expense account ${index + 1}`,
    indent: 1,
    values: { quarter: String((index + 1) * 1000), yearAgoQuarter: String(-(index + 1) * 500) },
  }))
  json.tables = [
    {
      id: 'accounts',
      title: TITLE,
      unit: 'thousands',
      columns: [
        { kind: 'period', period: 'quarter' },
        { kind: 'period', period: 'yearAgoQuarter' },
      ],
      rows,
      notes: ['Sample data for a long table.'],
    },
  ]
  const read = readReleaseDocument(JSON.stringify(json))
  if (!read.ok) throw new Error(`the long-table release: ${read.error}`)
  return read.value
}

/** The page the table starts on, in the preview. */
function first(): number {
  return [...(preview?.rowsByPage.keys() ?? [])][0] ?? 0
}

interface PrintedTable {
  /** The rows each page shows, by their first column, page by page. */
  readonly rowsByPage: ReadonlyMap<number, readonly string[]>
  readonly headingsByPage: ReadonlyMap<number, string>
  readonly pages: number
}

const missing = officeToolsMissingReason()
if (missing !== null) console.warn(`Skipping the long-table pagination test: ${missing}`)

let browser: Browser | null = null
let server: StaticServer | null = null
let preview: PrintedTable | null = null
let pdfPath = ''
let docxPdfPath = ''

describe.skipIf(missing !== null)('a table of 110 rows at the end of a six-page release, over its last four pages', () => {
  beforeAll(async () => {
    rmSync(ARTIFACTS, { recursive: true, force: true })
    mkdirSync(ARTIFACTS, { recursive: true })
    const document = longTableRelease()
    server = await serveFolder(join(ROOT, 'out/renderer'))
    browser = await chromium.launch({ executablePath: await findChromium(), args: [...CHROMIUM_ARGS] })
    const page = await browser.newPage()
    await page.addInitScript({ content: `window.${PRINT_DOCUMENT_GLOBAL} = ${JSON.stringify(serializeReleaseDocument(document))}` })
    await page.goto(`${server.origin}/index.html#print`)
    await page.locator('html[data-print-ready="true"], html[data-print-error]').waitFor({ state: 'attached' })
    const found = await page.locator('.print-table').evaluateAll((tables) =>
      tables.map((table) => ({
        page: Number(table.closest('[data-testid="page"]')?.getAttribute('data-page-number')),
        heading: table.querySelector('thead [data-table-line="title"]')?.textContent ?? '',
        heads: table.querySelectorAll('thead [data-table-line="head"]').length,
        rows: [...table.querySelectorAll('tbody [data-table-line="row"] th')].map((cell) => cell.textContent ?? ''),
      })),
    )
    const sheets = page.locator('[data-testid="page"]')
    const count = await sheets.count()
    for (let index = 0; index < count; index += 1) {
      await sheets.nth(index).screenshot({ path: join(ARTIFACTS, `preview-page-${index + 1}.png`) })
    }
    preview = {
      rowsByPage: new Map(found.map((table) => [table.page, table.heads > 0 ? table.rows : []])),
      headingsByPage: new Map(found.map((table) => [table.page, table.heading])),
      pages: count,
    }
    const printed = await page.pdf(toPlaywrightPdfOptions(pdfOptions(document.layout.pageSize)))
    pdfPath = join(ARTIFACTS, 'long-table-chromium.pdf')
    writeFileSync(pdfPath, finishPdf(printed, pdfProperties(document)))
    const docxPath = join(ARTIFACTS, 'long-table.docx')
    writeFileSync(docxPath, await releaseDocx(document))
    docxPdfPath = convertDocxToPdf(docxPath, ARTIFACTS)
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('runs to six pages, the table over the last three, split between rows with its heading repeated', () => {
    expect(preview?.pages).toBe(6)
    const pages = [...(preview?.rowsByPage.keys() ?? [])]
    // Pages three (a few rows under the prose, or none) to six, in order.
    expect(pages.filter((page) => page >= 4)).toEqual([4, 5, 6])
    expect(pages.every((page) => page >= 3)).toBe(true)
    const rows = pages.flatMap((page) => preview?.rowsByPage.get(page) ?? [])
    expect(rows).toEqual(Array.from({ length: ROWS }, (_, index) => `Expense account ${index + 1}`))
    expect(preview?.headingsByPage.get(pages[0] ?? 0)).toBe(TITLE)
    expect(preview?.headingsByPage.get(pages[1] ?? 0)).toBe(`${TITLE} (continued)`)
    expect(preview?.headingsByPage.get(5)).toBe(`${TITLE} (continued)`)
    expect(preview?.headingsByPage.get(6)).toBe(`${TITLE} (continued)`)
  })

  it('prints the same pages in the PDF, each row on one line with its figures aligned in reading order', () => {
    expect(pdfPages(pdfPath)).toBe(6)
    for (const [page, rows] of preview?.rowsByPage ?? []) {
      const text = execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdfPath, '-'], { encoding: 'utf8' })
      writeFileSync(join(ARTIFACTS, `pdf-page-${page}.txt`), text)
      expect(text).toContain(page === first() ? TITLE : `${TITLE} (continued)`)
      const lines = text.split('\n')
      const printed = lines.filter((line) => /Expense account \d+/.test(line))
      expect(printed.map((line) => /Expense account (\d+)/.exec(line)?.[0])).toEqual(rows)
      // "Expense account 7   7   (4)": the label, then both figures, right edges in line on every row.
      const ends = printed.map((line) => line.trimEnd().length)
      expect(Math.max(...ends) - Math.min(...ends)).toBeLessThanOrEqual(1)
      for (const line of printed) expect(line).toMatch(/Expense account (\d+)\s+\d[\d,]*\s+\(\d[\d,.]*\)\s*$/)
    }
  })

  it('breaks the Word file between the same rows, with the column heads repeated (LibreOffice standing in for Word)', () => {
    expect(pdfPages(docxPdfPath)).toBe(6)
    for (const [page, rows] of preview?.rowsByPage ?? []) {
      const text = pdfPageText(docxPdfPath, page)
      writeFileSync(join(ARTIFACTS, `docx-page-${page}.txt`), text)
      // Word repeats the heading rows as they are: the title without "(continued)".
      expect(text).toContain(TITLE)
      const printed = [...text.matchAll(/Expense account \d+/g)].map((match) => match[0])
      expect(printed).toEqual(rows)
    }
  })
})
