import type ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { columnLetters } from '../release/workbook-mapping'

/** What one cell of a workbook holds, as the importer needs to judge it. */
export type SheetCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number; readonly format: string; readonly formula: boolean }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'formulaWithoutResult'; readonly formula: string }
  | { readonly kind: 'error'; readonly text: string }
  | { readonly kind: 'date' }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'merged'; readonly range: string }

/** One sheet of an XLSX workbook, or the one table of a CSV file. */
export interface Sheet {
  /** The sheet's name; null for a CSV file, which has none. */
  readonly name: string | null
  /** How a message names a cell: "Q3!C5", or "row 5, column C" in a CSV file. */
  readonly address: (column: number, row: number) => string
  readonly cell: (column: number, row: number) => SheetCell
  /** The cell's text as a person reads it, for row labels and column heads; "" when none. */
  readonly text: (column: number, row: number) => string
  readonly rowCount: number
  readonly columnCount: number
}

/** Sheet names are quoted in addresses when Excel would quote them: 'Q3 2026'!C5. */
function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`
}

function mergedRange(sheet: ExcelJS.Worksheet, address: string): string {
  const ranges = sheet.model.merges
  const found = ranges.find((range) => {
    const [from = '', to = ''] = range.split(':')
    const start = sheet.getCell(from)
    const end = sheet.getCell(to)
    const here = sheet.getCell(address)
    return (
      here.row >= start.row && here.row <= end.row && Number(here.col) >= Number(start.col) && Number(here.col) <= Number(end.col)
    )
  })
  return found ?? address
}

function richText(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((run) => run.text).join('')
}

function fromResult(result: unknown, format: string): SheetCell {
  if (typeof result === 'number') return { kind: 'number', value: result, format, formula: true }
  if (typeof result === 'string') return { kind: 'text', text: result }
  if (typeof result === 'boolean') return { kind: 'boolean', value: result }
  if (result instanceof Date) return { kind: 'date' }
  if (typeof result === 'object' && result !== null && 'error' in result)
    return { kind: 'error', text: String((result as ExcelJS.CellErrorValue).error) }
  return { kind: 'empty' }
}

/** Reads what one ExcelJS cell holds, with a formula's saved result standing for the formula. */
function excelCell(sheet: ExcelJS.Worksheet, column: number, row: number): SheetCell {
  const cell = sheet.getCell(row, column)
  if (cell.isMerged) return { kind: 'merged', range: mergedRange(sheet, cell.address) }
  const value = cell.value
  const format = cell.numFmt ?? ''
  if (value === null || value === undefined) return { kind: 'empty' }
  if (typeof value === 'number') return { kind: 'number', value, format, formula: false }
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value }
  if (typeof value === 'boolean') return { kind: 'boolean', value }
  if (value instanceof Date) return { kind: 'date' }
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula
    if (value.result === undefined || value.result === null) return { kind: 'formulaWithoutResult', formula }
    return fromResult(value.result, format)
  }
  if ('richText' in value) return { kind: 'text', text: richText(value) }
  if ('error' in value) return { kind: 'error', text: String(value.error) }
  if ('text' in value) return { kind: 'text', text: String(value.text) }
  return { kind: 'empty' }
}

function excelText(sheet: ExcelJS.Worksheet, column: number, row: number): string {
  const cell = sheet.getCell(row, column)
  // A merged cell's other cells repeat its master's value: read the label once, where it is.
  if (cell.isMerged && cell.master.address !== cell.address) return ''
  const read = excelCell(sheet, column, row)
  switch (read.kind) {
    case 'text':
      return read.text
    case 'number':
      return String(read.value)
    case 'merged':
      return excelText(sheet, column, row)
    default:
      return ''
  }
}

/** The sheets of an XLSX workbook, by name, in the workbook's order. Throws on a file ExcelJS cannot read. */
export async function xlsxSheets(bytes: Uint8Array): Promise<ReadonlyMap<string, Sheet>> {
  // Loaded on first use: the app's window opens without the workbook reader.
  const { default: excel } = await import('exceljs')
  const workbook = new excel.Workbook()
  // A copy, so that the reader owns its bytes whatever view of a larger buffer it was given.
  await workbook.xlsx.load(bytes.slice().buffer)
  const sheets = new Map<string, Sheet>()
  for (const sheet of workbook.worksheets) {
    const prefix = sheetPrefix(sheet.name)
    sheets.set(sheet.name, {
      name: sheet.name,
      address: (column, row) => `${prefix}${columnLetters(column)}${row}`,
      cell: (column, row) => excelCell(sheet, column, row),
      text: (column, row) => (excelText(sheet, column, row)),
      rowCount: sheet.rowCount,
      columnCount: sheet.columnCount,
    })
  }
  return sheets
}

/** The one table of a CSV file: every cell is text, as the finance system wrote it. */
export function csvSheet(bytes: Uint8Array): Sheet {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '')
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: false }).data
  const at = (column: number, row: number): string => rows[row - 1]?.[column - 1] ?? ''
  return {
    name: null,
    address: (column, row) => `row ${row}, column ${columnLetters(column)}`,
    cell: (column, row) => {
      const value = at(column, row)
      return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value }
    },
    text: at,
    rowCount: rows.length,
    columnCount: rows.reduce((widest, row) => Math.max(widest, row.length), 0),
  }
}
