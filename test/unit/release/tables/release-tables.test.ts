import { describe, expect, it } from 'vitest'
import type { ContentTable } from '../../../../renderer/src/release/content-table'
import { releaseTables } from '../../../../renderer/src/release/release-tables'
import type { ReleaseFacts } from '../../../../renderer/src/release/release-facts'
import { QUARTER_COLUMNS, sampleWithTables } from './table-document'

const STATEMENT = {
  id: 'operations',
  title: 'Condensed Consolidated Statements of Operations',
  unit: 'thousands',
  columns: QUARTER_COLUMNS,
  rows: [
    { id: 'revenue', kind: 'measure', measure: 'revenue', label: 'Net sales' },
    {
      id: 'costOfSales',
      kind: 'entered',
      label: 'Cost of sales',
      values: { quarter: '25330000', yearAgoQuarter: '23160000' },
    },
    {
      id: 'grossProfit',
      kind: 'measure',
      measure: 'grossProfit',
      style: 'subtotal',
      sums: [
        { row: 'revenue', sign: 1 },
        { row: 'costOfSales', sign: -1 },
      ],
    },
    { id: 'otherHeading', kind: 'heading', label: 'Other items' },
    { id: 'otherIncome', kind: 'entered', label: 'Other income (expense)', indent: 1, values: { quarter: '-168400', yearAgoQuarter: '0' } },
    { id: 'netIncome', kind: 'measure', measure: 'netIncome', style: 'total', doubleRuleBelow: true },
    { id: 'eps', kind: 'measure', measure: 'dilutedEps', label: 'Diluted earnings per share' },
    { id: 'shares', kind: 'measure', measure: 'dilutedShares', label: 'Diluted shares' },
    { id: 'margin', kind: 'measure', measure: 'grossMargin' },
  ],
  notes: ['Cost of sales and other income are as entered for this table.'],
}

function onlyTable(facts: ReleaseFacts): ContentTable {
  const [table, ...rest] = releaseTables(facts.document, facts)
  if (table === undefined || rest.length > 0) throw new Error('expected one table')
  return table
}

function rowTexts(table: ContentTable, id: string): string[] {
  const row = table.rows.find((entry) => entry.id === id)
  if (row === undefined) throw new Error(`no row ${id}`)
  return row.cells.map((cell) => cell.text)
}

describe('a stored table resolved from the release figures', () => {
  const table = onlyTable(sampleWithTables([STATEMENT]))

  it('prints the title, the unit line and the heads of the release periods', () => {
    expect(table.title).toBe('Condensed Consolidated Statements of Operations')
    expect(table.unitLine).toBe('(in thousands, except per share data)')
    expect(table.columns.map((column) => column.headLines)).toEqual([
      ['Three Months Ended', 'Sept. 30,', '2026'],
      ['Three Months Ended', 'Sept. 30,', '2025'],
      ['% Change'],
    ])
  })

  it('shows each measure row in thousands with separators, and the change as a percent', () => {
    expect(rowTexts(table, 'revenue')).toEqual(['42,570', '37,350', '14%'])
    expect(rowTexts(table, 'grossProfit')).toEqual(['17,240', '14,190', '21%'])
  })

  it('keeps per-share figures in dollars and cents, and shares in the table unit', () => {
    expect(rowTexts(table, 'eps')).toEqual(['0.26', '0.18', '44%'])
    expect(rowTexts(table, 'shares')).toEqual(['15,200', '15,020', '1%'])
  })

  it('writes a margin as a percent and its change in points', () => {
    expect(rowTexts(table, 'margin')).toEqual(['40.5%', '38.0%', '2.5 pts'])
  })

  it('puts negatives in parentheses and says NM for a change from zero', () => {
    expect(rowTexts(table, 'otherIncome')).toEqual(['(168)', '0', 'NM'])
  })

  it('labels rows with the override or the measure label, and styles totals with a rule above', () => {
    const rows = table.rows.map((row) => [row.label, row.style, row.indent, row.ruleAbove, row.doubleRuleBelow])
    expect(rows).toEqual([
      ['Net sales', 'normal', 0, false, false],
      ['Cost of sales', 'normal', 0, false, false],
      ['Gross profit', 'subtotal', 0, true, false],
      ['Other items', 'heading', 0, false, false],
      ['Other income (expense)', 'normal', 1, false, false],
      ['Net income (loss)', 'total', 0, true, true],
      ['Diluted earnings per share', 'normal', 0, false, false],
      ['Diluted shares', 'normal', 0, false, false],
      ['Gross margin (%)', 'normal', 0, false, false],
    ])
  })

  it('gives a heading row empty cells and every figure cell its source, for findings', () => {
    expect(rowTexts(table, 'otherHeading')).toEqual(['', '', ''])
    expect(table.rows[3]?.cells.every((cell) => cell.source === null)).toBe(true)
    expect(table.rows[1]?.cells.map((cell) => cell.source)).toEqual([0, 1, 2].map((column) => ({ tableId: 'operations', rowId: 'costOfSales', column })))
    expect(table.notes).toEqual(['Cost of sales and other income are as entered for this table.'])
  })
})

describe('the house style of a table', () => {
  it('prints "—" where a period has no figure, and NM across a change of sign', () => {
    const facts = sampleWithTables([
      {
        ...STATEMENT,
        columns: [...QUARTER_COLUMNS, { kind: 'period', period: 'previousQuarter' }],
        rows: [
          { id: 'result', kind: 'entered', label: 'Result', values: { quarter: '-250000', yearAgoQuarter: '120000' } },
        ],
      },
    ])
    expect(rowTexts(onlyTable(facts), 'result')).toEqual(['(250)', '120', 'NM', '—'])
  })

  it('prints millions to a tenth and drops the per-share clause when no row is per share', () => {
    const facts = sampleWithTables([
      { ...STATEMENT, unit: 'millions', rows: [{ id: 'revenue', kind: 'measure', measure: 'revenue' }] },
    ])
    const table = onlyTable(facts)
    expect(table.unitLine).toBe('(in millions)')
    expect(rowTexts(table, 'revenue')).toEqual(['42.6', '37.4', '14%'])
  })

  it('prints figures in dollars with no unit line when the unit is units, or the line the table gives', () => {
    const units = onlyTable(sampleWithTables([{ ...STATEMENT, unit: 'units', rows: [{ id: 'r', kind: 'measure', measure: 'revenue' }] }]))
    expect(units.unitLine).toBe('')
    expect(rowTexts(units, 'r')).toEqual(['42,570,000', '37,350,000', '14%'])
    const own = onlyTable(sampleWithTables([{ ...STATEMENT, unitLine: '(unaudited, in thousands)' }]))
    expect(own.unitLine).toBe('(unaudited, in thousands)')
  })

  it('heads the year to date by its length and a change column in dollars as "Change"', () => {
    const facts = sampleWithTables([
      {
        ...STATEMENT,
        columns: [
          { kind: 'period', period: 'yearToDate' },
          { kind: 'period', period: 'yearAgoYearToDate' },
          { kind: 'period', period: 'previousQuarter' },
          { kind: 'change', change: 'amount', current: 'yearToDate', prior: 'yearAgoYearToDate' },
        ],
        rows: [{ id: 'revenue', kind: 'measure', measure: 'revenue' }],
      },
    ])
    const table = onlyTable(facts)
    expect(table.columns.map((column) => column.headLines)).toEqual([
      ['Nine Months Ended', 'Sept. 30,', '2026'],
      ['Nine Months Ended', 'Sept. 30,', '2025'],
      ['Three Months Ended', 'June 30,', '2026'],
      ['Change'],
    ])
    expect(rowTexts(table, 'revenue')).toEqual(['121,350', '110,840', '40,380', '10,510'])
  })

  it('a release with no tables resolves to none', () => {
    const facts = sampleWithTables([])
    expect(releaseTables(facts.document, facts)).toEqual([])
  })
})
