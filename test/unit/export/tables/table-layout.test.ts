import { describe, expect, it } from 'vitest'
import { TABLE_GEOMETRY } from '../../../../renderer/src/export/page-geometry'
import { groupedHeads, tableLayout } from '../../../../renderer/src/export/table-layout'
import { breakLines, textWidthPt } from '../../../../renderer/src/export/text-width'
import type { ContentTable } from '../../../../renderer/src/release/content-table'
import { statementOfOperations } from '../../../support/content-tables'

/** The statement with these heads over its columns. */
function headed(heads: readonly (readonly string[])[], notes: readonly string[] = []): ContentTable {
  return { ...statementOfOperations(), columns: heads.map((headLines) => ({ headLines })), rows: [], notes }
}

const texts = (table: ContentTable, width: number) =>
  tableLayout(table, width).heads.map((line) => line.map((cell) => (cell.span > 1 ? `${cell.text}×${cell.span}` : cell.text)))

describe('the body face measured without a browser', () => {
  it('gives Times New Roman widths: "Three Months Ended" at 10 pt is about 84 pt, bold wider', () => {
    expect(textWidthPt('Three Months Ended', 10)).toBeCloseTo(84.4, 1)
    expect(textWidthPt('2006', 10)).toBeCloseTo(20, 5)
    expect(textWidthPt('Net income (loss)', 10, 'bold')).toBeGreaterThan(textWidthPt('Net income (loss)', 10))
  })

  it('breaks text at spaces into lines that fit, a word too long for any line on its own', () => {
    expect(breakLines('Three Months Ended', 60, 10)).toEqual(['Three Months', 'Ended'])
    expect(breakLines('Three Months Ended', 90, 10)).toEqual(['Three Months Ended'])
    expect(breakLines('Extraordinarily', 10, 10)).toEqual(['Extraordinarily'])
    expect(breakLines('', 10, 10)).toEqual([''])
  })
})

describe('the column heads of a table', () => {
  const quarter = (year: number) => ['Three Months Ended', 'March 31,', `${year}`]
  const half = (year: number) => ['Six Months Ended', 'March 31,', `${year}`]

  it('sets what neighbouring columns share once across them, and each year over its own column', () => {
    expect(groupedHeads(headed([quarter(2006), quarter(2005), half(2006), half(2005)]))).toEqual([
      [{ text: 'Three Months Ended', span: 2 }, { text: 'Six Months Ended', span: 2 }],
      [{ text: 'March 31,', span: 2 }, { text: 'March 31,', span: 2 }],
      [{ text: '2006', span: 1 }, { text: '2005', span: 1 }, { text: '2006', span: 1 }, { text: '2005', span: 1 }],
    ])
  })

  it('joins a date only under a span the columns also share, and never across a change column', () => {
    const table = headed([quarter(2006), ['Three Months Ended', 'Dec. 31,', '2005'], ['% Change'], quarter(2005)])
    // The last column's "Three Months Ended" is too wide for it alone and takes two lines; the
    // heads set across two columns sit on the lower one.
    expect(texts(table, 468)).toEqual([
      ['×2', '', 'Three Months'],
      ['Three Months Ended×2', '', 'Ended'],
      ['March 31,', 'Dec. 31,', '', 'March 31,'],
      ['2006', '2005', '% Change', '2005'],
    ])
  })

  it('breaks a head too wide for its columns into more lines, the shorter heads at the bottom', () => {
    const six = headed([quarter(2006), quarter(2005), ['% Change'], half(2006), half(2005), ['% Change']])
    expect(texts(six, 468)).toEqual([
      ['Three Months×2', '', '×2', ''],
      ['Ended×2', '', 'Six Months Ended×2', ''],
      ['March 31,×2', '', 'March 31,×2', ''],
      ['', '', '%', '', '', '%'],
      ['2006', '2005', 'Change', '2006', '2005', 'Change'],
    ])
    // Across a wider measure every head fits on one line again: three lines, as over four columns.
    expect(texts(six, 900).length).toBe(3)
  })

  it('breaks each note into lines that fit the text width, the same for the same table and width', () => {
    const note = 'Sample data: cost of sales, gross profit, operating expenses and other income are illustrative, not reported results.'
    const layout = tableLayout(headed([quarter(2006)], [note]), 300)
    expect(layout.noteLines.length).toBeGreaterThan(1)
    expect(layout.noteLines.join(' ')).toBe(note)
    for (const line of layout.noteLines) expect(textWidthPt(line, TABLE_GEOMETRY.sizePt)).toBeLessThanOrEqual(300)
  })
})
