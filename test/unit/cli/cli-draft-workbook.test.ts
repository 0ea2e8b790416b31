import { mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/main'
import { addStatement, encryptedWorkbookBytes, Q2_2006, xlsxBytes, zipBombWorkbookBytes } from '../files/workbook-builders'

const ROOT = resolve(__dirname, '../../..')
const SAMPLE_FIGURES = join(ROOT, 'assets/samples/iec-q2-fiscal-2006.figures.json')
let dir = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'release-desk-workbook-'))
})

async function run(...argv: string[]): Promise<{ code: number; stderr: string[] }> {
  const stderr: string[] = []
  const code = await runCli(argv, { warn: (line) => stderr.push(line) })
  return { code, stderr }
}

/** The sample's figures file without its figures, and the cells of its figures in the workbook (no previous quarter: it is derived). */
async function mappingFile(measures: Record<string, unknown>): Promise<string> {
  const sample = JSON.parse(await readFile(SAMPLE_FIGURES, 'utf8')) as Record<string, unknown>
  const { figures: _figures, ...figuresFile } = sample
  const cells = (row: number) => ({ quarter: `B${row}`, yearAgoQuarter: `D${row}`, yearToDate: `E${row}`, yearAgoYearToDate: `F${row}` })
  const mapping = {
    figuresFile,
    workbook: {
      sheet: 'Q2',
      unit: 'thousands',
      measures: { revenue: { cells: cells(5) }, netIncome: { cells: cells(6) }, dilutedEps: { cells: cells(7) }, ...measures },
    },
  }
  const path = join(dir, `mapping-${Object.keys(measures).join('-') || 'sample'}.json`)
  await writeFile(path, JSON.stringify(mapping, null, 2))
  return path
}

async function workbook(name: string, change: (sheet: ExcelJS.Worksheet) => void = () => undefined): Promise<string> {
  const book = new ExcelJS.Workbook()
  change(addStatement(book, 'Q2', Q2_2006))
  const path = join(dir, name)
  await writeFile(path, await xlsxBytes(book))
  return path
}

describe('release-desk draft figures.xlsx --map mapping.json', () => {
  it('writes the same release as draft of the same figures in a figures file', async () => {
    const fromJson = join(dir, 'from-json.release.json')
    const fromWorkbook = join(dir, 'from-workbook.release.json')
    expect((await run('draft', SAMPLE_FIGURES, '-o', fromJson)).code).toBe(0)
    const drafted = await run('draft', await workbook('figures.xlsx'), '--map', await mappingFile({}), '-o', fromWorkbook)
    expect(drafted).toEqual({ code: 0, stderr: [`wrote ${fromWorkbook}`] })
    expect(await readFile(fromWorkbook, 'utf8')).toBe(await readFile(fromJson, 'utf8'))
  })

  it('exits 2 with one line naming the workbook, the cell and the problem, and writes nothing', async () => {
    const path = await workbook('bad.xlsx', (sheet) => {
      sheet.getCell('D5').value = 'n/a'
    })
    const target = join(dir, 'never.json')
    const result = await run('draft', path, '--map', await mappingFile({}), '-o', target)
    expect(result).toEqual({ code: 2, stderr: [`release-desk: ${path}: Q2!D5 holds "n/a", expected a figure (revenue, yearAgoQuarter)`] })
    await expect(readFile(target)).rejects.toThrow()
  })

  it('exits 2 naming the mapping file\'s field for a measure the figures file cannot hold', async () => {
    const map = await mappingFile({ grossProfit: { cells: { quarter: 'B9' } } })
    const result = await run('draft', await workbook('ok.xlsx'), '--map', map)
    expect(result.code).toBe(2)
    expect(result.stderr).toEqual([
      `release-desk: ${map}: workbook.measures.grossProfit: not a measure a figures file holds; expected revenue, netIncome, dilutedEps or dilutedShares`,
    ])
  })

  it('refuses a workbook over 50 MB before reading it', async () => {
    const path = join(dir, 'huge.xlsx')
    await writeFile(path, '')
    await truncate(path, 60 * 1024 * 1024)
    const result = await run('draft', path, '--map', await mappingFile({}))
    expect(result).toEqual({ code: 2, stderr: [`release-desk: ${path}: the file is 60 MB, too large to be a workbook (at most 50 MB)`] })
  })

  it('exits 2 naming the sheet that is not there, and the sheets there are', async () => {
    const book = new ExcelJS.Workbook()
    addStatement(book, 'Q2 2006', Q2_2006)
    const path = join(dir, 'renamed.xlsx')
    await writeFile(path, await xlsxBytes(book))
    const result = await run('draft', path, '--map', await mappingFile({}))
    expect(result).toEqual({ code: 2, stderr: [`release-desk: ${path} has no sheet "Q2"; its sheets are "Q2 2006"`] })
  })

  it('exits 2 for a password-protected workbook, saying how to import it', async () => {
    const path = join(dir, 'locked.xlsx')
    await writeFile(path, encryptedWorkbookBytes())
    const result = await run('draft', path, '--map', await mappingFile({}))
    expect(result).toEqual({
      code: 2,
      stderr: [`release-desk: ${path} is password-protected: remove the password in Excel (File > Info > Protect Workbook) and save again`],
    })
  })

  it('exits 2 for a zip bomb, judged from its zip directory before anything is inflated', async () => {
    const path = join(dir, 'bomb.xlsx')
    await writeFile(path, await zipBombWorkbookBytes())
    const result = await run('draft', path, '--map', await mappingFile({}))
    expect(result.code).toBe(2)
    expect(result.stderr).toEqual([
      `release-desk: ${path} would unpack to 3.8 GB (its part xl/worksheets/sheet1.xml alone to 3.8 GB), more than the 500 MB a workbook may; it is not opened. Save the sheet with the figures as a workbook of its own`,
    ])
  })

  it('asks for the mapping when a workbook is given without one', async () => {
    const path = await workbook('nomap.xlsx')
    expect(await run('draft', path)).toEqual({
      code: 2,
      stderr: [`release-desk: ${path}: a workbook is read through its mapping: draft ${path} --map mapping.json`],
    })
  })
})
