import { Dec } from '../release/decimal'
import { INPUT_LIMITS } from '../release/input-limits'
import { catalogueMeasure } from '../release/measure-catalogue'
import type { MeasureId } from '../release/measure-definition'
import type { PeriodKey } from '../release/measures'
import type { Result } from '../release/result'
import { fail, ok } from '../release/result'
import {
  columnNumber,
  labelMatcher,
  labelsInWords,
  MAPPED_PERIODS,
  splitCell,
  unitFactor,
} from '../release/workbook-mapping'
import type { MeasureMapping, PeriodColumn, WorkbookMapping } from '../release/workbook-mapping'
import { cellFigure } from './workbook-figure'
import type { Rounding } from './workbook-figure'
import { csvSheet, xlsxSheets } from './workbook-sheet'
import { packageSizes } from './zip-sizes'
import type { Sheet } from './workbook-sheet'

/** The largest workbook the importer opens: refused before parsing, so a huge file cannot exhaust memory. */
export const WORKBOOK_MAX_BYTES = INPUT_LIMITS.workbookBytes

/**
 * The most a workbook's parts may unpack to, judged from the zip's directory before any is
 * inflated: a real workbook of figures is a few megabytes of XML; a zip bomb is gigabytes.
 */
export const WORKBOOK_MAX_INFLATED_BYTES = 500 * 1024 * 1024

/** One measure's figures by period, as decimal strings a person could have typed; null where not reported. */
export type ImportedRow = Readonly<Record<PeriodKey, string | null>>

/** Where one imported figure came from: "Q3!C5", the number as the workbook held it, and how it was rounded. */
export interface FigureSource {
  readonly cell: string
  readonly rounding: Rounding
}

/** The figures of a workbook, keyed by measure id, and the cell each came from. */
export interface ImportedFigures {
  readonly figures: Readonly<Record<MeasureId, ImportedRow>>
  readonly cells: Readonly<Record<MeasureId, Readonly<Partial<Record<PeriodKey, FigureSource>>>>>
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte)
}

/** Whether an OLE compound file holds an encrypted workbook: Excel names its stream "EncryptionInfo" (UTF-16). */
function holdsEncryptionInfo(bytes: Uint8Array): boolean {
  const name = [...'EncryptionInfo'].flatMap((letter) => [letter.charCodeAt(0), 0])
  const first = name[0]
  for (let at = bytes.indexOf(first ?? 0); at >= 0 && at + name.length <= bytes.length; at = bytes.indexOf(first ?? 0, at + 1))
    if (name.every((byte, index) => bytes[at + index] === byte)) return true
  return false
}

function sizeInMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

function sizeInWords(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'more than can be counted'
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.round(bytes / (1024 * 1024))} MB`
}

/** A workbook opened once, whose sheets a mapping, or a person choosing cells, then reads. */
export interface OpenedWorkbook {
  readonly fileName: string
  /** The worksheets' names in the workbook's order; empty for a CSV file, which has one unnamed table. */
  readonly sheetNames: readonly string[]
  /** The named sheet (absent: the first), or why there is none. */
  readonly sheet: (name: string | undefined) => Result<Sheet>
}

function damaged(fileName: string): string {
  return `${fileName} is not an Excel workbook (.xlsx) that can be read: it is damaged or of another kind.`
}

/**
 * Opens an XLSX workbook or a CSV file from its bytes, refusing before anything is parsed a file
 * over 50 MB, a password-protected or 97–2003 workbook, and a zip whose parts would unpack too large.
 */
export async function openWorkbook(bytes: Uint8Array, fileName: string): Promise<Result<OpenedWorkbook>> {
  if (bytes.byteLength > WORKBOOK_MAX_BYTES)
    return fail(
      `${fileName} is ${sizeInMegabytes(bytes.byteLength)}, larger than the 50 MB a workbook may be; save the sheet with the figures as a workbook of its own.`,
    )
  if (startsWith(bytes, OLE_MAGIC))
    return fail(
      holdsEncryptionInfo(bytes)
        ? `${fileName} is password-protected: remove the password in Excel (File > Info > Protect Workbook) and save again.`
        : `${fileName} is an Excel 97–2003 workbook (.xls); save it as an Excel workbook (.xlsx) to import.`,
    )
  if (/\.(?:csv|txt)$/i.test(fileName) || !startsWith(bytes, ZIP_MAGIC)) {
    if (/\.xls[xm]?$/i.test(fileName)) return fail(damaged(fileName))
    const table = csvSheet(bytes)
    return ok({ fileName, sheetNames: [], sheet: () => ok(table) })
  }
  const sizes = packageSizes(bytes)
  if (sizes === null) return fail(damaged(fileName))
  if (sizes.totalBytes > WORKBOOK_MAX_INFLATED_BYTES)
    return fail(
      `${fileName} would unpack to ${sizeInWords(sizes.totalBytes)} (its part ${sizes.largestPart.name} alone to ${sizeInWords(sizes.largestPart.bytes)}), more than the ${sizeInWords(WORKBOOK_MAX_INFLATED_BYTES)} a workbook may; it is not opened. Save the sheet with the figures as a workbook of its own.`,
    )
  let sheets: ReadonlyMap<string, Sheet>
  try {
    sheets = await xlsxSheets(bytes)
  } catch {
    return fail(damaged(fileName))
  }
  const names = [...sheets.keys()]
  const sheet = (sheetName: string | undefined): Result<Sheet> => {
    const name = sheetName ?? names[0]
    const found = name === undefined ? undefined : sheets.get(name)
    if (found !== undefined) return ok(found)
    const listed = names.map((each) => `"${each}"`).join(', ')
    return fail(
      names.length === 0 ? `${fileName} has no sheets.` : `${fileName} has no sheet "${sheetName ?? ''}"; its sheets are ${listed}.`,
    )
  }
  return ok({ fileName, sheetNames: names, sheet })
}

/** The workbook's unit applies to amounts and counts; per-share figures and ratios are never "in thousands". */
function factorFor(id: MeasureId, measure: MeasureMapping, mapping: WorkbookMapping): string {
  if (measure.unit !== undefined) return unitFactor(measure.unit)
  const kind = catalogueMeasure(id)?.kind
  return kind === 'perShare' || kind === 'ratio' ? '1' : unitFactor(mapping.unit)
}

/** The row a measure's label is on in the labelled range, or why it cannot be found. */
function labelRow(sheet: Sheet, labelColumn: string, id: MeasureId, measure: MeasureMapping, fileName: string): Result<number> {
  const column = columnNumber(labelColumn)
  const matches = labelMatcher(id, measure.labels)
  const rows: number[] = []
  for (let row = 1; row <= sheet.rowCount; row += 1) if (matches(sheet.text(column, row))) rows.push(row)
  const wanted = labelsInWords(id, measure.labels)
  const [first, second] = rows
  if (first === undefined)
    return fail(
      `${fileName}: no row of column ${labelColumn}${sheet.name === null ? '' : ` of sheet "${sheet.name}"`} is labelled ${wanted} (${id}); give the workbook's label in the mapping's "labels".`,
    )
  if (second !== undefined)
    return fail(
      `${fileName}: ${sheet.address(column, first)} and ${sheet.address(column, second)} are both labelled ${wanted}; give the one meant for ${id} in the mapping's "labels".`,
    )
  return ok(first)
}

/** The column of each period of the labelled range, found by its head or given by its letter. */
function periodColumns(
  sheet: Sheet,
  periods: Readonly<Partial<Record<PeriodKey, PeriodColumn | undefined>>>,
  headRow: number | undefined,
  fileName: string,
): Result<Partial<Record<PeriodKey, number>>> {
  const columns: Partial<Record<PeriodKey, number>> = {}
  for (const period of MAPPED_PERIODS) {
    const wanted = periods[period]
    if (wanted === undefined) continue
    if ('column' in wanted) {
      columns[period] = columnNumber(wanted.column)
      continue
    }
    const row = headRow ?? 1
    const head = wanted.head.replace(/\s+/g, ' ').toLowerCase()
    const found: number[] = []
    for (let column = 1; column <= sheet.columnCount; column += 1)
      if (sheet.text(column, row).replace(/\s+/g, ' ').trim().toLowerCase() === head) found.push(column)
    const heads = Array.from({ length: sheet.columnCount }, (_, index) => sheet.text(index + 1, row).trim())
      .filter((text) => text !== '')
      .map((text) => `"${text}"`)
    if (found.length !== 1)
      return fail(
        found.length === 0
          ? `${fileName}: no column of row ${row}${sheet.name === null ? '' : ` of sheet "${sheet.name}"`} is headed "${wanted.head}" (${period}); the heads there are ${heads.join(', ') || 'none'}.`
          : `${fileName}: ${found.length} columns of row ${row} are headed "${wanted.head}"; give the column of ${period} by its letter instead.`,
      )
    const [column] = found
    if (column !== undefined) columns[period] = column
  }
  return ok(columns)
}

/** The cell of each period of one measure: the mapped cells, or the crossing of its label row and the period columns. */
function measureCells(
  sheet: Sheet,
  id: MeasureId,
  measure: MeasureMapping,
  mapping: WorkbookMapping,
  rangeColumns: Partial<Record<PeriodKey, number>> | null,
  fileName: string,
): Result<Partial<Record<PeriodKey, { readonly column: number; readonly row: number }>>> {
  const cells: Partial<Record<PeriodKey, { readonly column: number; readonly row: number }>> = {}
  if (measure.cells !== undefined) {
    for (const period of MAPPED_PERIODS) {
      const split = splitCell(measure.cells[period] ?? '')
      if (split !== null) cells[period] = { column: columnNumber(split.column), row: split.row }
    }
    return ok(cells)
  }
  if (mapping.range === undefined || rangeColumns === null) return ok(cells)
  const row = labelRow(sheet, mapping.range.labelColumn, id, measure, fileName)
  if (!row.ok) return row
  for (const period of MAPPED_PERIODS) {
    const column = rangeColumns[period]
    if (column !== undefined) cells[period] = { column, row: row.value }
  }
  return ok(cells)
}

function decimalString(value: Dec): string {
  return value.isZero() ? '0' : value.toFixed()
}

/**
 * Reads the figures a mapping names from an XLSX workbook or a CSV file. On failure, the error is
 * one sentence naming the file, the sheet and the cell, and nothing is imported.
 */
export async function importWorkbook(
  bytes: Uint8Array,
  fileName: string,
  mapping: WorkbookMapping,
): Promise<Result<ImportedFigures>> {
  const opened = await openWorkbook(bytes, fileName)
  return opened.ok ? readMappedFigures(opened.value, mapping) : opened
}

/** The figures a mapping names in an opened workbook; the error is one sentence naming the sheet and cell. */
export function readMappedFigures(workbook: OpenedWorkbook, mapping: WorkbookMapping): Result<ImportedFigures> {
  const { fileName } = workbook
  const opened = workbook.sheet(mapping.sheet)
  if (!opened.ok) return opened
  const sheet = opened.value
  let rangeColumns: Partial<Record<PeriodKey, number>> | null = null
  if (mapping.range !== undefined) {
    const columns = periodColumns(sheet, mapping.range.periods, mapping.range.headRow, fileName)
    if (!columns.ok) return columns
    rangeColumns = columns.value
  }
  const figures: Record<MeasureId, ImportedRow> = {}
  const sources: Record<MeasureId, Partial<Record<PeriodKey, FigureSource>>> = {}
  for (const [id, measure] of Object.entries(mapping.measures)) {
    const located = measureCells(sheet, id, measure, mapping, rangeColumns, fileName)
    if (!located.ok) return located
    const factor = factorFor(id, measure, mapping)
    const flip = (measure.signs ?? mapping.signs) === 'reversed'
    const row: Record<PeriodKey, string | null> = {
      quarter: null,
      previousQuarter: null,
      yearAgoQuarter: null,
      yearToDate: null,
      yearAgoYearToDate: null,
    }
    const from: Partial<Record<PeriodKey, FigureSource>> = {}
    for (const period of MAPPED_PERIODS) {
      const at = located.value[period]
      if (at === undefined) continue
      const address = sheet.address(at.column, at.row)
      const read = cellFigure(sheet.cell(at.column, at.row))
      if (!read.ok) return fail(`${fileName}: ${address} ${read.error} (${id}, ${period}).`)
      if (read.value === null) continue
      const scaled = read.value.value.times(new Dec(factor))
      row[period] = decimalString(flip ? scaled.negated() : scaled)
      from[period] = { cell: address, rounding: read.value.rounding }
    }
    figures[id] = row
    sources[id] = from
  }
  return ok({ figures, cells: sources })
}
