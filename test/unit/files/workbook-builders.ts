import ExcelJS from 'exceljs'

/** One quarter's figures as finance's workbook holds them, in thousands except per-share data. */
export interface QuarterSheet {
  readonly heads: readonly [string, string, string, string, string]
  readonly revenue: readonly number[]
  readonly netIncome: readonly number[]
  readonly dilutedEps: readonly number[]
  readonly dilutedShares: readonly number[]
}

export const Q2_2006: QuarterSheet = {
  heads: ['Q2 FY2006', 'Q1 FY2006', 'Q2 FY2005', 'YTD FY2006', 'YTD FY2005'],
  revenue: [5600, 3600, 4700, 9200, 10900],
  netIncome: [-168, -48, 73, -216, 156],
  dilutedEps: [-0.02, -0.01, 0.01, -0.03, 0.02],
  dilutedShares: [7963, 7963, 7950, 7963, 7950],
}

export const Q3_2006: QuarterSheet = {
  heads: ['Q3 FY2006', 'Q2 FY2006', 'Q3 FY2005', 'YTD FY2006', 'YTD FY2005'],
  revenue: [6100, 5600, 5000, 15300, 15900],
  netIncome: [85, -168, 90, -131, 246],
  dilutedEps: [0.01, -0.02, 0.01, -0.02, 0.03],
  dilutedShares: [7990, 7963, 7955, 7970, 7952],
}

/**
 * A statement of operations as finance lays it out: a title, a unit line, period heads in row 4,
 * row labels in column A and the five periods in columns B to F (rows 5 to 8).
 */
export function addStatement(workbook: ExcelJS.Workbook, name: string, quarter: QuarterSheet): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name)
  sheet.getCell('A1').value = 'Condensed Consolidated Statements of Operations'
  sheet.getCell('A2').value = '(in thousands, except per share data)'
  sheet.getRow(4).values = ['', ...quarter.heads]
  const rows: readonly [string, readonly number[], string][] = [
    ['Net sales', quarter.revenue, '#,##0;(#,##0)'],
    ['Net income (loss)', quarter.netIncome, '#,##0;(#,##0)'],
    ['Diluted EPS', quarter.dilutedEps, '0.00;(0.00)'],
    ['Weighted diluted shares', quarter.dilutedShares, '#,##0'],
  ]
  rows.forEach(([label, values, format], index) => {
    const row = sheet.getRow(5 + index)
    row.getCell(1).value = label
    values.forEach((value, column) => {
      const cell = row.getCell(2 + column)
      cell.value = value
      cell.numFmt = format
    })
  })
  return sheet
}

/** The XLSX bytes of a workbook built in a test. */
export async function xlsxBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** A workbook of one statement sheet named "Q2" (or as given), with the figures of that quarter. */
export async function statementWorkbook(quarter: QuarterSheet = Q2_2006, name = 'Q2'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('Notes').getCell('A1').value = 'Prepared by finance'
  addStatement(workbook, name, quarter)
  return xlsxBytes(workbook)
}

/**
 * The first sector of an OLE compound file, as Excel writes a password-protected workbook: the
 * magic number, then a directory entry named "EncryptionInfo" in UTF-16, as the file's streams are named.
 */
export function encryptedWorkbookBytes(): Uint8Array {
  const bytes = new Uint8Array(1536)
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0)
  bytes.set(Buffer.from('EncryptionInfo', 'utf16le'), 1024)
  bytes.set(Buffer.from('EncryptedPackage', 'utf16le'), 1152)
  return bytes
}

/**
 * A real workbook whose zip directory says its first sheet unpacks to 3.75 GB (or `declared`
 * bytes), as a zip bomb's does: the importer must refuse it from the directory alone, before inflating anything.
 */
export async function zipBombWorkbookBytes(declared = 0xf0000000): Promise<Uint8Array> {
  const bytes = (await statementWorkbook()).slice()
  const data = new DataView(bytes.buffer)
  const name = new TextEncoder().encode('xl/worksheets/sheet1.xml')
  for (let at = 0; at + 46 <= bytes.length; at += 1) {
    if (data.getUint32(at, true) !== 0x02014b50) continue
    const nameLength = data.getUint16(at + 28, true)
    const entry = bytes.subarray(at + 46, at + 46 + nameLength)
    if (entry.length === name.length && entry.every((byte, index) => byte === name[index])) data.setUint32(at + 24, declared, true)
  }
  return bytes
}
