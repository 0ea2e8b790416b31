import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseReleaseDocument, serializeReleaseDocument } from '../../../../renderer/src/release/load-document'
import { SECOND_SAMPLE_RELEASE } from '../../../support/make-second-sample'
import { QUARTER_COLUMNS, readJson, secondSampleJson } from './table-document'

const TABLE = {
  id: 'operations',
  title: 'Condensed Statements of Operations',
  columns: QUARTER_COLUMNS,
  rows: [
    { id: 'revenue', kind: 'measure', measure: 'revenue' },
    { id: 'costOfSales', kind: 'entered', label: 'Cost of sales', values: { quarter: '25.33m' } },
    { id: 'grossProfit', kind: 'measure', measure: 'grossProfit', style: 'subtotal', sums: [{ row: 'revenue', sign: 1 }, { row: 'costOfSales', sign: -1 }] },
  ],
}

function problem(tables: unknown): string {
  const read = parseReleaseDocument({ ...secondSampleJson(), tables })
  if (read.ok) throw new Error('expected the file to be refused')
  return read.error
}

describe('the tables of a release file', () => {
  it('a file without tables opens with none and saves byte for byte as before', () => {
    const text = readFileSync(SECOND_SAMPLE_RELEASE, 'utf8')
    const document = readJson(JSON.parse(text))
    expect(document.tables).toEqual([])
    expect(serializeReleaseDocument(document)).toBe(text)
  })

  it('a version-1 file gets no tables, whatever it holds under the key', () => {
    const v1 = JSON.parse(readFileSync('test/fixtures/v1/iec-q2-fiscal-2006.release.json', 'utf8')) as Record<string, unknown>
    expect(readJson({ ...v1, tables: 'not tables' }).tables).toEqual([])
  })

  it('reads a table with defaults filled in, typed amounts stored exactly, and saves it to read back the same', () => {
    const document = readJson({ ...secondSampleJson(), tables: [TABLE] })
    const [table] = document.tables
    expect(table?.unit).toBe('thousands')
    expect(table?.notes).toEqual([])
    expect(table?.rows[1]).toMatchObject({
      kind: 'entered',
      figures: 'money',
      indent: 0,
      style: 'normal',
      values: { quarter: '25330000', yearAgoQuarter: null },
    })
    const saved = serializeReleaseDocument(document)
    expect(readJson(JSON.parse(saved)).tables).toEqual(document.tables)
    expect(serializeReleaseDocument(readJson(JSON.parse(saved)))).toBe(saved)
  })

  it('refuses a row bound to a measure the release does not report, naming the field', () => {
    const rows = [{ id: 'backlog', kind: 'measure', measure: 'backlog' }]
    expect(problem([{ ...TABLE, rows }])).toMatch(/^tables\.0\.rows\.0\.measure: the release does not report "backlog"/)
  })

  it('refuses a total that sums a row below it or one that does not exist', () => {
    const rows = [
      { id: 'grossProfit', kind: 'measure', measure: 'grossProfit', style: 'subtotal', sums: [{ row: 'revenue', sign: 1 }] },
      { id: 'revenue', kind: 'measure', measure: 'revenue' },
    ]
    expect(problem([{ ...TABLE, rows }])).toMatch(/tables\.0\.rows\.0\.sums\.0\.row: "revenue" is not a row of figures above "grossProfit"/)
  })

  it('refuses an entered figure that is not an amount, and a normal row that sums', () => {
    const text = [{ id: 'cost', kind: 'entered', label: 'Cost', values: { quarter: 'about 5' } }]
    expect(problem([{ ...TABLE, rows: text }])).toMatch(/^tables\.0\.rows\.0\.values\.quarter: /)
    const normal = [TABLE.rows[0], { ...TABLE.rows[2], style: 'normal' }]
    expect(problem([{ ...TABLE, rows: normal }])).toMatch(/tables\.0\.rows\.1\.style: only a subtotal or total row sums/)
  })

  it('refuses two rows or two tables with one id, and a change column of one period', () => {
    expect(problem([{ ...TABLE, rows: [TABLE.rows[0], TABLE.rows[0]] }])).toMatch(/two rows have the id "revenue"/)
    expect(problem([TABLE, TABLE])).toMatch(/^tables\.1\.id: two tables have the id "operations"/)
    const columns = [{ kind: 'change', change: 'percent', current: 'quarter', prior: 'quarter' }]
    expect(problem([{ ...TABLE, columns }])).toMatch(/a change column compares two different periods/)
  })

  it('refuses an unknown unit or row kind with the choices', () => {
    expect(problem([{ ...TABLE, unit: 'billions' }])).toMatch(/^tables\.0\.unit: expected a unit: units, thousands, millions/)
    expect(problem([{ ...TABLE, rows: [{ id: 'x', kind: 'formula' }] }])).toMatch(/^tables\.0\.rows\.0/)
  })
})
