import { describe, expect, it } from 'vitest'
import { releaseContentDocx } from '../../../../renderer/src/export/docx/release-docx'
import { TABLE_GEOMETRY } from '../../../../renderer/src/export/page-geometry'
import { releaseToText } from '../../../../renderer/src/export/plain-text'
import { releaseContent } from '../../../../renderer/src/release/release-content'
import { releaseWordCount } from '../../../../renderer/src/release/word-count'
import { statementOfOperations, withTables } from '../../../support/content-tables'
import { validateDocxParts, xmllintMissingReason } from '../../../support/ooxml-schema'
import { readDocx } from '../../../support/unzip'
import { sampleProse } from '../docx/docx-fixtures'

const document = sampleProse()
const content = withTables(releaseContent(document), [statementOfOperations()])

describe('a financial table in the plain-text export', () => {
  const text = releaseToText(content)
  const lines = text.split('\n')

  it('comes after the contact and before the closing mark', () => {
    expect(text.indexOf('Condensed Consolidated Statements of Operations')).toBeGreaterThan(text.indexOf('Contact'))
    expect(text.indexOf('Condensed Consolidated')).toBeLessThan(text.lastIndexOf('###'))
  })

  /** Where each digit run of a line ends: the figures' last digits. */
  const digitEnds = (line: string): number[] => [...line.matchAll(/\d[\d,]*/g)].map((match) => match.index + match[0].length)

  it('lines up the figures of every column on their last digit, with spaces, parentheses hanging', () => {
    const rows = ['Net sales', '  Cost of sales', 'Gross profit', '  Selling and administrative expenses', 'Net income (loss)']
    const found = rows.map((label) => lines.find((line) => line.startsWith(label)) ?? `missing: ${label}`)
    const columns = found.map(digitEnds)
    expect(columns.every((ends) => ends.length === 2)).toBe(true)
    expect(new Set(columns.map((ends) => ends[0])).size).toBe(1)
    expect(new Set(columns.map((ends) => ends[1])).size).toBe(1)
    expect(text).not.toContain('\t')
  })

  it('prints the column heads over their figures, the unit line and the notes', () => {
    // The span and the date both columns share are set once, centred over them; each year over its figures.
    const span = lines.find((line) => line.includes('Three Months Ended')) ?? ''
    expect(span.match(/Three Months Ended/g)).toHaveLength(1)
    const date = lines.find((line) => line.includes('April 1,')) ?? ''
    expect(date.match(/April 1,/g)).toHaveLength(1)
    const years = lines[lines.indexOf(date) + 1] ?? ''
    const sales = lines.find((line) => line.startsWith('Net sales')) ?? ''
    // Each year reaches over the closing parenthesis of a negative figure, one past the digits.
    expect(years.indexOf('2006') + 4).toBe((digitEnds(sales)[0] ?? 0) + 1)
    expect(years.indexOf('2005') + 4).toBe((digitEnds(sales)[1] ?? 0) + 1)
    // The shared heads sit over the middle of the two columns.
    const middle = (line: string, text: string): number => line.indexOf(text) + text.length / 2
    const columnsMiddle = (years.indexOf('2006') + years.indexOf('2005') + 4) / 2
    expect(Math.abs(middle(span, 'Three Months Ended') - columnsMiddle)).toBeLessThanOrEqual(6)
    expect(Math.abs(middle(date, 'April 1,') - columnsMiddle)).toBeLessThanOrEqual(6)
    expect(text).toContain('(in thousands, except per share data)')
    expect(text).toContain('Sample data: the cost and expense rows are illustrative.')
  })

  it('leaves the table out of the word count, which counts the prose', () => {
    expect(releaseWordCount(content)).toBe(releaseWordCount(releaseContent(document)))
  })
})

describe('a financial table in the Word file', () => {
  it('is a real Word table whose heading rows repeat on each page, figures right-aligned, rows of the preview height', async () => {
    const body = (await readDocx(await releaseContentDocx(document, content))).xml('word/document.xml')
    const table = body.slice(body.indexOf('<w:tbl>'), body.indexOf('</w:tbl>'))
    expect(table).toContain('Condensed Consolidated Statements of Operations')
    const rows = table.split('<w:tr>').slice(1)
    // Title, unit line and the three lines of column heads are header rows; nothing else is.
    expect(rows.map((row) => row.includes('<w:tblHeader/>'))).toEqual([true, true, true, true, true, false, false, false, false, false, false])
    // The span and the date are set once across both figure columns, centred; the years each over their own.
    const across = rows.filter((row) => row.includes('<w:gridSpan w:val="2"/>') && !row.includes('Condensed'))
    expect(across.map((row) => /Three Months Ended|April 1,/.exec(row)?.[0])).toEqual(['Three Months Ended', 'April 1,'])
    for (const row of across) expect(row).toContain('<w:jc w:val="center"/>')
    const sales = rows.find((row) => row.includes('6,327')) ?? ''
    expect(sales).toMatch(/<w:jc w:val="right"\/>[\s\S]*6,327/)
    // A figure stands in by the width of ")" more than a negative one, so the digits line up.
    const inset = (row: string, figure: string): number => {
      const cell = row.split('<w:tc>').find((part) => part.includes(figure)) ?? ''
      return Number(/<w:ind w:right="(\d+)"/.exec(cell)?.[1])
    }
    const opex = rows.find((row) => row.includes('(486)')) ?? ''
    expect(inset(sales, '6,327') - inset(opex, '(486)')).toBe(Math.round((TABLE_GEOMETRY.parenWidthPt) * 20))
    for (const row of rows) expect(row).toContain(`<w:trHeight w:val="${TABLE_GEOMETRY.rowHeightPt * 20}" w:hRule="exact"/>`)
    // The grand total has the double rule under it; no other row has one.
    expect(rows.filter((row) => row.includes('w:val="double"')).length).toBe(1)
    expect(rows.find((row) => row.includes('w:val="double"'))).toContain('Net income (loss)')
  })

  it('fits the page: its columns add up to the text width', async () => {
    const body = (await readDocx(await releaseContentDocx(document, content))).xml('word/document.xml')
    const grid = [...body.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]))
    // Letter: 8.5 in less two 1 in margins is 6.5 in, 9,360 twips.
    expect(grid.reduce((sum, width) => sum + width, 0)).toBeGreaterThanOrEqual(9358)
    expect(grid.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(9362)
  })

  const missing = xmllintMissingReason()
  if (missing !== null) console.warn(`Skipping the schema check of the DOCX table: ${missing}`)
  it.skipIf(missing !== null)('validates against the ISO 29500 schemas', async () => {
    const report = await validateDocxParts(new Map([['table', await releaseContentDocx(document, content)]]))
    expect(report.errors).toEqual([])
  }, 60_000)
})
