import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkRelease } from '../../../../renderer/src/release/checks/check-release'
import type { Finding } from '../../../../renderer/src/release/checks/finding'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import { tableTemplate } from '../../../../renderer/src/release/table-templates'
import { QUARTER_COLUMNS, readJson, sampleWithTables } from '../tables/table-document'

const TABLE_RULES = new Set(['table-footing', 'table-figure', 'table-reconciliation'])

function tableFindings(facts: ReturnType<typeof sampleWithTables>): readonly Finding[] {
  return checkRelease(facts).filter((entry) => TABLE_RULES.has(entry.rule))
}

function cellOf(entry: Finding | undefined): unknown {
  return entry?.location
}

const REVENUE = { id: 'revenue', kind: 'measure', measure: 'revenue' }
const GROSS_PROFIT = {
  id: 'grossProfit',
  kind: 'measure',
  measure: 'grossProfit',
  style: 'subtotal',
  sums: [
    { row: 'revenue', sign: 1 },
    { row: 'costOfSales', sign: -1 },
  ],
}

function statement(costOfSales: string) {
  return {
    id: 'operations',
    title: 'Condensed Statements of Operations',
    columns: QUARTER_COLUMNS,
    rows: [REVENUE, { id: 'costOfSales', kind: 'entered', label: 'Cost of sales', values: { quarter: costOfSales } }, GROSS_PROFIT],
  }
}

describe('footing a table', () => {
  it('reports a subtotal that does not foot at its cell, with the sum shown in the table unit', () => {
    const [found, ...rest] = tableFindings(sampleWithTables([statement('25400000')]))
    expect(rest).toEqual([])
    expect(found?.severity).toBe('error')
    expect(found?.rule).toBe('table-footing')
    expect(found?.message).toBe(
      'Gross profit 17,240 does not foot: revenue 42,570 less cost of sales 25,400 is 17,170 (in thousands; three months ended Sept. 30, 2026).',
    )
    expect(cellOf(found)).toEqual({ block: 'tableCell', tableId: 'operations', rowId: 'grossProfit', column: 0 })
    expect(found?.quote).toBe('17,240')
  })

  it('is silent for a subtotal that foots, and for periods where a term is not entered', () => {
    expect(tableFindings(sampleWithTables([statement('25330000')]))).toEqual([])
  })

  it('makes a total that foots before rounding but not as printed a warning, never an error', () => {
    const rows = [
      { id: 'a', kind: 'entered', label: 'Product', values: { quarter: '1000400' } },
      { id: 'b', kind: 'entered', label: 'Service', values: { quarter: '2000400' } },
      { id: 'total', kind: 'entered', label: 'Total', style: 'total', values: { quarter: '3000800' }, sums: [{ row: 'a', sign: 1 }, { row: 'b', sign: 1 }] },
    ]
    const found = tableFindings(sampleWithTables([{ ...statement('0'), rows }]))
    expect(found.map((entry) => [entry.severity, entry.message])).toEqual([
      [
        'warning',
        'Total 3,001: footing differs by 1 from rounding; product 1,000 plus service 2,000 is 3,000 as printed, though the figures behind them add up (in thousands; three months ended Sept. 30, 2026).',
      ],
    ])
    expect(cellOf(found[0])).toEqual({ block: 'tableCell', tableId: 'operations', rowId: 'total', column: 0 })
  })
})

function reconciliation(adjustments: readonly string[]) {
  const facts = sampleWithTables([])
  const built = tableTemplate('non-gaap-reconciliation')?.build({
    measures: facts.document.figures.measures,
    quarter: facts.document.period.quarter,
    tableIds: [],
  })
  if (built === undefined || !built.ok) throw new Error('no reconciliation')
  const rows = built.value.rows.map((row) => {
    const index = ['adjustment-1', 'adjustment-2', 'adjustment-3'].indexOf(row.id)
    return row.kind === 'entered' ? { ...row, values: { ...row.values, quarter: adjustments[index] ?? null } } : row
  })
  return sampleWithTables([{ ...built.value, rows }])
}

describe('a non-GAAP reconciliation', () => {
  it('reports adjustments that do not take the GAAP figure to the non-GAAP one, at the non-GAAP cell', () => {
    const [found, ...rest] = tableFindings(reconciliation(['0.03', '0.01', '0']))
    expect(rest).toEqual([])
    expect(found?.rule).toBe('table-reconciliation')
    expect(found?.message).toBe(
      'Adjusted diluted EPS (non-GAAP) 0.31 does not reconcile: diluted EPS (GAAP) 0.26 plus amortization of acquired intangible assets 0.03 plus restructuring charges 0.01 plus income tax effect of adjustments 0.00 is 0.30 (three months ended Sept. 30, 2026).',
    )
    expect(cellOf(found)).toEqual({ block: 'tableCell', tableId: 'reconciliation', rowId: 'non-gaap-adjustedDilutedEps', column: 0 })
  })

  it('is silent when it reconciles', () => {
    expect(tableFindings(reconciliation(['0.04', '0.02', '-0.01']))).toEqual([])
  })
})

describe('a figure typed for a table', () => {
  const netSales = (quarter: string) => ({
    id: 'operations',
    title: 'Summary',
    columns: QUARTER_COLUMNS,
    rows: [{ id: 'sales', kind: 'entered', label: 'Net sales', values: { quarter } }],
  })

  it('is reported where it disagrees, as printed, with the same measure in the figures grid', () => {
    const [found, ...rest] = tableFindings(sampleWithTables([netSales('42600000')]))
    expect(rest).toEqual([])
    expect(found?.message).toBe(
      'Net sales 42,600 disagrees with revenue in the figures grid, which is 42,570 (in thousands; three months ended Sept. 30, 2026): bind the row to the measure, or correct the figure.',
    )
    expect(cellOf(found)).toEqual({ block: 'tableCell', tableId: 'operations', rowId: 'sales', column: 0 })
  })

  it('is silent when it prints as the grid figure does', () => {
    expect(tableFindings(sampleWithTables([netSales('42570400')]))).toEqual([])
  })

  const firstSample = (grossProfit: string) => {
    const v1 = JSON.parse(readFileSync('test/fixtures/v1/iec-q2-fiscal-2006.release.json', 'utf8')) as Record<string, unknown>
    const narrative = v1['narrative'] as { results: { content: unknown[] } }
    const results = {
      ...narrative.results,
      content: [...narrative.results.content, { type: 'paragraph', content: [{ type: 'text', text: 'Gross profit was $1.2 million for the quarter.' }] }],
    }
    const table = {
      id: 'operations',
      title: 'Condensed Statements of Operations',
      columns: QUARTER_COLUMNS,
      rows: [{ id: 'gross', kind: 'entered', label: 'Gross profit', values: { quarter: grossProfit } }],
    }
    return releaseFacts(
      readJson({
        ...v1,
        formatVersion: 2,
        measures: [{ id: 'revenue' }, { id: 'netIncome' }, { id: 'dilutedEps' }, { id: 'dilutedShares' }],
        narrative: { ...narrative, results },
        tables: [table],
      }),
    )
  }

  it('is reported where the text states the same measure and period otherwise, when the grid has no such figure', () => {
    const [found, ...rest] = tableFindings(firstSample('1320000'))
    expect(rest).toEqual([])
    expect(found?.message).toBe(
      'Gross profit 1,320 disagrees with the text, which states gross profit of $1.2 million in the results, paragraph 4 (in thousands; three months ended March 31, 2006): correct the table or the text.',
    )
    expect(cellOf(found)).toEqual({ block: 'tableCell', tableId: 'operations', rowId: 'gross', column: 0 })
  })

  it('is silent when the text states it at its own rounding', () => {
    expect(tableFindings(firstSample('1240000'))).toEqual([])
  })
})
