import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { importWorkbook, WORKBOOK_MAX_BYTES } from '../../../renderer/src/workbook/workbook-import'
import { workbookMappingSchema } from '../../../renderer/src/release/workbook-mapping'
import type { WorkbookMapping } from '../../../renderer/src/release/workbook-mapping'
import {
  addStatement,
  encryptedWorkbookBytes,
  Q2_2006,
  Q3_2006,
  statementWorkbook,
  xlsxBytes,
  zipBombWorkbookBytes,
} from './workbook-builders'

const mapping = (raw: unknown): WorkbookMapping => workbookMappingSchema.parse(raw)

const PERIOD_CELLS = (row: number) => ({
  quarter: `B${row}`,
  previousQuarter: `C${row}`,
  yearAgoQuarter: `D${row}`,
  yearToDate: `E${row}`,
  yearAgoYearToDate: `F${row}`,
})

/** The mapping a person makes once: each measure's five cells on sheet "Q2", in thousands. */
const CELL_MAPPING = mapping({
  sheet: 'Q2',
  unit: 'thousands',
  measures: {
    revenue: { cells: PERIOD_CELLS(5) },
    netIncome: { cells: PERIOD_CELLS(6) },
    dilutedEps: { cells: PERIOD_CELLS(7) },
    dilutedShares: { cells: PERIOD_CELLS(8) },
  },
})

/** The same figures found by row label and column head instead of by cell. */
const rangeMapping = (heads: readonly string[], sheet: string) =>
  mapping({
    sheet,
    unit: 'thousands',
    range: {
      labelColumn: 'A',
      headRow: 4,
      periods: {
        quarter: { head: heads[0] },
        previousQuarter: { head: heads[1] },
        yearAgoQuarter: { head: heads[2] },
        yearToDate: { column: 'E' },
        yearAgoYearToDate: { column: 'F' },
      },
    },
    measures: { revenue: {}, netIncome: {}, dilutedEps: {}, dilutedShares: {} },
  })

const Q2_FIGURES = {
  revenue: { quarter: '5600000', previousQuarter: '3600000', yearAgoQuarter: '4700000', yearToDate: '9200000', yearAgoYearToDate: '10900000' },
  netIncome: { quarter: '-168000', previousQuarter: '-48000', yearAgoQuarter: '73000', yearToDate: '-216000', yearAgoYearToDate: '156000' },
  dilutedEps: { quarter: '-0.02', previousQuarter: '-0.01', yearAgoQuarter: '0.01', yearToDate: '-0.03', yearAgoYearToDate: '0.02' },
  dilutedShares: { quarter: '7963000', previousQuarter: '7963000', yearAgoQuarter: '7950000', yearToDate: '7963000', yearAgoYearToDate: '7950000' },
}

async function importError(bytes: Uint8Array, map: WorkbookMapping = CELL_MAPPING, name = 'figures.xlsx'): Promise<string> {
  const result = await importWorkbook(bytes, name, map)
  if (result.ok) throw new Error('expected the import to fail')
  return result.error
}

/** A Q2 workbook with one cell changed before it is saved. */
async function withCell(address: string, change: (cell: ExcelJS.Cell, sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = addStatement(workbook, 'Q2', Q2_2006)
  change(sheet.getCell(address), sheet)
  return xlsxBytes(workbook)
}

describe('importing figures from the finance team\'s workbook', () => {
  it('reads each mapped cell in thousands, per-share figures as they are, and says where each came from', async () => {
    const result = await importWorkbook(await statementWorkbook(), 'figures.xlsx', CELL_MAPPING)
    expect(result).toMatchObject({ ok: true, value: { figures: Q2_FIGURES } })
    if (!result.ok) return
    expect(result.value.cells.revenue?.quarter).toEqual({ cell: 'Q2!B5', rounding: 'numberFormat' })
    expect(result.value.cells.dilutedEps?.yearToDate).toEqual({ cell: 'Q2!E7', rounding: 'numberFormat' })
  })

  it('finds the rows by the measures\' names ("Net sales" is revenue) and the columns by the heads picked', async () => {
    const result = await importWorkbook(await statementWorkbook(), 'figures.xlsx', rangeMapping(Q2_2006.heads, 'Q2'))
    expect(result).toMatchObject({ ok: true, value: { figures: Q2_FIGURES } })
  })

  it('imports next quarter\'s workbook of the same layout with the same cell mapping', async () => {
    const next = await importWorkbook(await statementWorkbook(Q3_2006, 'Q2'), 'figures-q3.xlsx', CELL_MAPPING)
    expect(next).toMatchObject({
      ok: true,
      value: { figures: { revenue: { quarter: '6100000', yearToDate: '15300000' }, netIncome: { quarter: '85000', previousQuarter: '-168000' } } },
    })
  })

  it('finds a renamed row by the labels the person gave, and flips signs for a row shown as positive losses', async () => {
    const bytes = await withCell('A6', (cell) => {
      cell.value = 'Net loss'
    })
    const result = await importWorkbook(
      bytes,
      'figures.xlsx',
      mapping({
        ...rangeMapping(Q2_2006.heads, 'Q2'),
        measures: { netIncome: { labels: ['Net loss', 'Net income (loss)'], signs: 'reversed' } },
      }),
    )
    expect(result).toMatchObject({ ok: true, value: { figures: { netIncome: { quarter: '168000', yearAgoQuarter: '-73000' } } } })
  })

  it('reads figures typed as text the way accountants write them, parentheses negative', async () => {
    const bytes = await withCell('B6', (cell) => {
      cell.value = '$(168)'
    })
    const result = await importWorkbook(bytes, 'figures.xlsx', CELL_MAPPING)
    expect(result).toMatchObject({ ok: true, value: { figures: { netIncome: { quarter: '-168000' } }, cells: { netIncome: { quarter: { rounding: 'typed' } } } } })
  })

  it('rounds a formula\'s binary noise to the decimals its number format shows, or to 15 significant digits under General', async () => {
    const bytes = await withCell('B5', (cell, sheet) => {
      cell.value = { formula: 'E5-C5', result: 5600.000000000001 }
      const general = sheet.getCell('B7')
      general.value = { formula: 'B6/B8', result: -0.020000000000000004 }
      general.numFmt = 'General'
    })
    const result = await importWorkbook(bytes, 'figures.xlsx', CELL_MAPPING)
    expect(result).toMatchObject({
      ok: true,
      value: {
        figures: { revenue: { quarter: '5600000' }, dilutedEps: { quarter: '-0.02' } },
        cells: { dilutedEps: { quarter: { rounding: 'significantDigits' } } },
      },
    })
  })

  it('reads a CSV file through the same mapping', async () => {
    const csv = [
      'Statement of operations,,,,,',
      '(in thousands),,,,,',
      ',,,,,',
      `,${Q2_2006.heads.join(',')}`,
      'Net sales,"5,600","3,600","4,700","9,200","10,900"',
      'Net income (loss),(168),(48),73,(216),156',
      'Diluted EPS,(0.02),(0.01),0.01,(0.03),0.02',
      'Weighted diluted shares,"7,963","7,963","7,950","7,963","7,950"',
    ].join('\r\n')
    const result = await importWorkbook(new TextEncoder().encode(csv), 'figures.csv', CELL_MAPPING)
    expect(result).toMatchObject({ ok: true, value: { figures: Q2_FIGURES, cells: { revenue: { quarter: { cell: 'row 5, column B' } } } } })
    const ranged = await importWorkbook(new TextEncoder().encode(csv), 'figures.csv', rangeMapping(Q2_2006.heads, 'ignored'))
    expect(ranged).toMatchObject({ ok: true, value: { figures: Q2_FIGURES } })
  })
})

describe('a workbook that cannot be imported gives one sentence naming the file, sheet and cell', () => {
  it('a text cell where a figure is mapped', async () => {
    const bytes = await withCell('C5', (cell) => {
      cell.value = 'n/a'
    })
    expect(await importError(bytes)).toBe('figures.xlsx: Q2!C5 holds "n/a", expected a figure (revenue, previousQuarter).')
  })

  it('a text cell in a CSV file, by row and column', async () => {
    const csv = 'a,b\r\n,,\r\n,,\r\n,,\r\nNet sales,n/a\r\n'
    const map = mapping({ unit: 'thousands', measures: { revenue: { cells: { quarter: 'B5' } } } })
    expect(await importError(new TextEncoder().encode(csv), map, 'figures.csv')).toBe(
      'figures.csv: row 5, column B holds "n/a", expected a figure (revenue, quarter).',
    )
  })

  it('a missing sheet, listing the sheets there are', async () => {
    const bytes = await statementWorkbook(Q2_2006, 'Q2 2006')
    expect(await importError(bytes)).toBe('figures.xlsx has no sheet "Q2"; its sheets are "Notes", "Q2 2006".')
  })

  it('a password-protected workbook (an encrypted OLE file, not a zip)', async () => {
    expect(await importError(encryptedWorkbookBytes())).toBe(
      'figures.xlsx is password-protected: remove the password in Excel (File > Info > Protect Workbook) and save again.',
    )
  })

  it('a part whose size says "see the zip64 field" with no such field, refused as too large to count', async () => {
    expect(await importError(await zipBombWorkbookBytes(0xffffffff))).toMatch(
      /^figures\.xlsx would unpack to more than can be counted \(its part xl\/worksheets\/sheet1\.xml alone to more than can be counted\)/,
    )
  })

  it('a zip bomb, refused from its zip directory before any part is inflated', async () => {
    expect(await importError(await zipBombWorkbookBytes())).toBe(
      'figures.xlsx would unpack to 3.8 GB (its part xl/worksheets/sheet1.xml alone to 3.8 GB), more than the 500 MB a workbook may; it is not opened. Save the sheet with the figures as a workbook of its own.',
    )
  })

  it('a workbook over 50 MB, refused before it is read', async () => {
    const huge = new Uint8Array(WORKBOOK_MAX_BYTES + 1)
    expect(await importError(huge)).toMatch(/^figures\.xlsx is 50\.0 MB, larger than the 50 MB a workbook may be/)
  })

  it('a formula without a saved result', async () => {
    const bytes = await withCell('B6', (cell) => {
      cell.value = { formula: 'E6-C6', date1904: false }
    })
    expect(await importError(bytes)).toBe(
      'figures.xlsx: Q2!B6 holds the formula =E6-C6 with no saved result; open the workbook in Excel, let it calculate and save it again (netIncome, quarter).',
    )
  })

  it('a merged cell', async () => {
    const bytes = await withCell('D7', (_cell, sheet) => {
      sheet.mergeCells('C7:D7')
    })
    expect(await importError(bytes)).toBe(
      'figures.xlsx: Q2!C7 is part of the merged cells C7:D7; unmerge them so the figure has a cell of its own (dilutedEps, previousQuarter).',
    )
  })

  it('a row label or a column head that is not there', async () => {
    const bytes = await statementWorkbook(Q3_2006, 'Q2')
    expect(await importError(bytes, rangeMapping(Q2_2006.heads, 'Q2'))).toBe(
      'figures.xlsx: no column of row 4 of sheet "Q2" is headed "Q1 FY2006" (previousQuarter); the heads there are "Q3 FY2006", "Q2 FY2006", "Q3 FY2005", "YTD FY2006", "YTD FY2005".',
    )
  })
})

describe('the mapping names the field that is wrong', () => {
  it('refuses a cell that is not an address', () => {
    const parsed = workbookMappingSchema.safeParse({ measures: { revenue: { cells: { quarter: 'C' } } } })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['measures', 'revenue', 'cells', 'quarter'], message: expect.stringContaining('a cell such as "C5"') })
  })

  it('refuses a measure with neither cells nor a labelled range', () => {
    const parsed = workbookMappingSchema.safeParse({ measures: { revenue: {} } })
    expect(parsed.error?.issues[0]?.path).toEqual(['measures', 'revenue', 'cells'])
  })
})
