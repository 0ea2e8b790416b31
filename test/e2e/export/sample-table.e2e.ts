/**
 * The sample's statement of operations as a reader sees it: in the preview no head, figure or note
 * is cut off, and the PDF and LibreOffice's PDF of the Word file both print the heads whole
 * ("Three Months Ended" set once over its two columns, the date under it, a year over each column),
 * the rows in reading order with their figures under the years, and the whole note. A second table
 * of six columns, too narrow for "Three Months Ended" on one line, breaks its heads into more lines
 * instead of clipping them.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, findChromium } from '../../../electron/cli/chromium'
import { serveFolder } from '../../../electron/cli/static-server'
import type { StaticServer } from '../../../electron/cli/static-server'
import { releaseDocx } from '../../../renderer/src/export/docx/release-docx'
import { pdfOptions, PRINT_DOCUMENT_GLOBAL, toPlaywrightPdfOptions } from '../../../renderer/src/export/pdf-options'
import type { ReleaseDocument } from '../../../renderer/src/release/document-schema'
import { readReleaseDocument, serializeReleaseDocument } from '../../../renderer/src/release/load-document'
import { convertDocxFilesToPdf, officeToolsMissingReason } from '../../support/libreoffice'
import { SAMPLE_STATEMENT_ROWS } from '../../support/sample-statement'
import { withSixColumnTable } from '../../support/six-column-table'

const ROOT = resolve(__dirname, '../../..')
const ARTIFACTS = join(ROOT, 'test-results/sample-table')
const SAMPLE = join(ROOT, 'assets/samples/iec-q2-fiscal-2006.release.json')
const NOTE_END = 'not IEC Electronics’ reported results.'

function sample(): ReleaseDocument {
  const read = readReleaseDocument(readFileSync(SAMPLE, 'utf8'))
  if (!read.ok) throw new Error(`the sample: ${read.error}`)
  return read.value
}

interface Printed {
  /** Cells of the table whose text is wider than the cell, as "row: text". */
  readonly clipped: readonly string[]
  readonly headLines: readonly string[]
  readonly pdf: string
}

const missing = officeToolsMissingReason()
if (missing !== null) console.warn(`Skipping the sample-table test: ${missing}`)

let browser: Browser | null = null
let server: StaticServer | null = null
const printed = new Map<string, Printed>()
const docxPdfs = new Map<string, string>()

async function print(name: string, document: ReleaseDocument): Promise<Printed> {
  if (browser === null || server === null) throw new Error('no browser')
  const page = await browser.newPage()
  await page.addInitScript({ content: `window.${PRINT_DOCUMENT_GLOBAL} = ${JSON.stringify(serializeReleaseDocument(document))}` })
  await page.goto(`${server.origin}/index.html#print`)
  await page.locator('html[data-print-ready="true"], html[data-print-error]').waitFor({ state: 'attached' })
  const table = page.locator('.print-table').first()
  await table.screenshot({ path: join(ARTIFACTS, `${name}-preview.png`) })
  const found = await table.evaluate((element) => ({
    clipped: [...element.querySelectorAll('th, td')]
      .filter((cell) => cell.scrollWidth > cell.clientWidth)
      .map((cell) => `${cell.closest('tr')?.getAttribute('data-table-line') ?? '?'}: ${cell.textContent ?? ''}`),
    headLines: [...element.querySelectorAll('[data-table-line="head"]')].map((row) =>
      [...row.querySelectorAll('th')].map((cell) => cell.textContent ?? '').filter((text) => text !== '').join(' | '),
    ),
  }))
  const pdf = join(ARTIFACTS, `${name}-chromium.pdf`)
  writeFileSync(pdf, await page.pdf(toPlaywrightPdfOptions(pdfOptions(document.layout.pageSize))))
  await page.close()
  return { ...found, pdf }
}

/** The text of the PDF's last page, laid out as printed. */
function lastPageText(pdf: string): string {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1])
  return execFileSync('pdftotext', ['-layout', '-f', String(pages), '-l', String(pages), pdf, '-'], { encoding: 'utf8' })
}

/** The statement's lines, from its title to the closing "###", each trimmed. */
function statementLines(pdf: string): string[] {
  const lines = lastPageText(pdf).split('\n').map((line) => line.trim())
  const from = lines.indexOf('Condensed Consolidated Statements of Operations')
  const to = lines.indexOf('###')
  return lines.slice(from, to).filter((line) => line !== '')
}

describe.skipIf(missing !== null)('the sample\u2019s statement of operations, printed', () => {
  beforeAll(async () => {
    rmSync(ARTIFACTS, { recursive: true, force: true })
    mkdirSync(ARTIFACTS, { recursive: true })
    server = await serveFolder(join(ROOT, 'out/renderer'))
    browser = await chromium.launch({ executablePath: await findChromium(), args: [...CHROMIUM_ARGS] })
    const releases = { sample: sample(), 'six-columns': withSixColumnTable(sample()) }
    for (const [name, document] of Object.entries(releases)) {
      printed.set(name, await print(name, document))
      writeFileSync(join(ARTIFACTS, `${name}.docx`), await releaseDocx(document))
    }
    const names = Object.keys(releases)
    const pdfs = convertDocxFilesToPdf(names.map((name) => join(ARTIFACTS, `${name}.docx`)), ARTIFACTS)
    names.forEach((name, index) => docxPdfs.set(name, pdfs[index] ?? ''))
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('cuts off no head, figure or note in the preview, and sets shared heads once over their columns', () => {
    const shown = printed.get('sample')
    expect(shown?.clipped).toEqual([])
    expect(shown?.headLines).toEqual(['Three Months Ended | Six Months Ended', 'March 31, | March 31,', '2006 | 2005 | 2006 | 2005'])
  })

  for (const output of ['PDF', 'Word file (LibreOffice)'] as const) {
    it(`prints the heads whole, the rows in reading order under the years, and the whole note, in the ${output}`, () => {
      const pdf = output === 'PDF' ? printed.get('sample')?.pdf : docxPdfs.get('sample')
      const lines = statementLines(pdf ?? '')
      writeFileSync(join(ARTIFACTS, `sample-${output === 'PDF' ? 'pdf' : 'docx'}.txt`), lines.join('\n'))
      expect(lines.slice(1, 5)).toEqual([
        '(in thousands, except per share data)',
        expect.stringMatching(/^Three Months Ended\s+Six Months Ended$/),
        expect.stringMatching(/^March 31,\s+March 31,$/),
        expect.stringMatching(/^2006\s+2005\s+2006\s+2005$/),
      ])
      const rows = lines.slice(5, 16)
      expect(rows.map((line) => line.split(/\s{2,}/))).toEqual(SAMPLE_STATEMENT_ROWS)
      expect(lines.slice(16).join(' ')).toMatch(/^Sample data: net sales, .* not IEC Electronics’ reported results\.$/)
      expect(lines.slice(16).join(' ')).toContain(NOTE_END)
    })
  }

  it('breaks the heads of a six-column table into more lines rather than cutting them off, in every output', () => {
    const shown = printed.get('six-columns')
    expect(shown?.clipped).toEqual([])
    // "Three Months Ended" no longer fits over two narrow columns on one line.
    expect(shown?.headLines.length).toBeGreaterThan(3)
    for (const pdf of [shown?.pdf, docxPdfs.get('six-columns')]) {
      const text = statementLines(pdf ?? '').join(' ').replace(/\s+/g, ' ')
      for (const words of ['Three Months', 'Six Months', 'Ended', 'March 31,', 'Change', NOTE_END]) expect(text).toContain(words)
      expect(text).not.toContain('…')
    }
  })
})
