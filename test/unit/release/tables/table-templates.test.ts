import { describe, expect, it } from 'vitest'
import type { ContentTable } from '../../../../renderer/src/release/content-table'
import type { ReleaseDocument } from '../../../../renderer/src/release/document-schema'
import { readReleaseDocument, serializeReleaseDocument } from '../../../../renderer/src/release/load-document'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import { releaseTables } from '../../../../renderer/src/release/release-tables'
import type { StoredTable } from '../../../../renderer/src/release/table-schema'
import { TABLE_TEMPLATES, tableTemplate } from '../../../../renderer/src/release/table-templates'
import { readJson, secondSampleJson } from './table-document'
import { readFileSync } from 'node:fs'

const SECOND = readJson(secondSampleJson())
const FIRST = readJson(JSON.parse(readFileSync('test/fixtures/v1/iec-q2-fiscal-2006.release.json', 'utf8')))

function built(templateId: string, document: ReleaseDocument, subject?: string): StoredTable {
  const template = tableTemplate(templateId)
  if (template === undefined) throw new Error(`no template ${templateId}`)
  const result = template.build({
    measures: document.figures.measures,
    quarter: document.period.quarter,
    tableIds: document.tables.map((table) => table.id),
    ...(subject === undefined ? {} : { subject }),
  })
  if (!result.ok) throw new Error(result.error)
  return result.value
}

function printed(document: ReleaseDocument, table: StoredTable): ContentTable {
  const withTable = { ...document, tables: [table] }
  const [content] = releaseTables(withTable, releaseFacts(withTable))
  if (content === undefined) throw new Error('no table printed')
  return content
}

function lines(table: ContentTable): string[] {
  return table.rows.map((row) => [row.label, ...row.cells.map((cell) => cell.text)].join(' | '))
}

describe('the table templates', () => {
  it('lists each template once, by id and label', () => {
    expect(TABLE_TEMPLATES.map((template) => template.label)).toEqual([
      'Statement of operations',
      'Balance sheet summary',
      'Revenue by segment',
      'Non-GAAP reconciliation',
    ])
    expect(new Set(TABLE_TEMPLATES.map((template) => template.id)).size).toBe(TABLE_TEMPLATES.length)
  })

  it("the second sample's statement of operations shows its figures in thousands, and rows to enter for the rest", () => {
    const table = printed(SECOND, built('statement-of-operations', SECOND))
    expect(table.unitLine).toBe('(in thousands, except per share data)')
    expect(table.columns.map((column) => column.headLines.join(' '))).toEqual([
      'Three Months Ended Sept. 30, 2026',
      'Three Months Ended Sept. 30, 2025',
      'Nine Months Ended Sept. 30, 2026',
      'Nine Months Ended Sept. 30, 2025',
    ])
    expect(lines(table)).toEqual([
      'Revenue | 42,570 | 37,350 | 121,350 | 110,840',
      'Cost of sales | — | — | — | —',
      'Gross profit | 17,240 | 14,190 | 48,300 | 42,560',
      'Operating expenses | — | — | — | —',
      'Operating income (loss) | 5,410 | 3,920 | 14,230 | 11,050',
      'Other income (expense), net | — | — | — | —',
      'Income (loss) before income taxes | — | — | — | —',
      'Income tax expense (benefit) | — | — | — | —',
      'Net income (loss) | 3,980 | 2,750 | 10,310 | 7,940',
      'Per share data: |  |  |  | ',
      'Diluted earnings (loss) per share | 0.26 | 0.18 | 0.68 | 0.53',
      'Diluted weighted average shares outstanding | 15,200 | 15,020 | 15,160 | 14,990',
    ])
  })

  it('makes a line the release does not report a row to enter: the first sample has no gross profit', () => {
    const table = built('statement-of-operations', FIRST)
    const row = table.rows.find((entry) => entry.id === 'gross-profit')
    expect(row).toMatchObject({ kind: 'entered', label: 'Gross profit', style: 'subtotal' })
    expect(table.rows.find((entry) => entry.id === 'net-sales')).toMatchObject({ kind: 'measure' })
  })

  it('shows only the quarters at the first quarter, where the year to date is the quarter', () => {
    const q1 = { ...SECOND, period: { ...SECOND.period, quarter: 1 as const } }
    expect(built('statement-of-operations', q1).columns).toEqual([
      { kind: 'period', period: 'quarter' },
      { kind: 'period', period: 'yearAgoQuarter' },
    ])
  })

  it('heads a balance sheet by dates alone', () => {
    const table = printed(SECOND, built('balance-sheet', SECOND))
    expect(table.columns.map((column) => column.headLines)).toEqual([['Sept. 30,', '2026'], ['Sept. 30,', '2025']])
    expect(table.unitLine).toBe('(in thousands)')
    expect(table.rows.at(-1)).toMatchObject({ label: "Total liabilities and shareholders' equity", style: 'total' })
  })

  it('breaks revenue down by segment with the parent as the total of its segments', () => {
    const stored = built('segment-revenue', SECOND)
    const table = printed(SECOND, stored)
    expect(lines(table)).toEqual([
      'Test Systems revenue | 28,450 | 25,310 | 12% | 81,200 | 74,880 | 8%',
      'Sensors revenue | 14,120 | 12,040 | 17% | 40,150 | 35,960 | 12%',
      'Revenue | 42,570 | 37,350 | 14% | 121,350 | 110,840 | 9%',
    ])
    expect(stored.rows.at(-1)).toMatchObject({ style: 'total', sums: [{ sign: 1 }, { sign: 1 }] })
  })

  it('reconciles adjusted EPS to diluted EPS, with each adjustment a per-share row to enter', () => {
    const table = printed(SECOND, built('non-gaap-reconciliation', SECOND))
    expect(table.title).toBe('Reconciliation of Diluted EPS to Adjusted diluted EPS')
    expect(lines(table)[0]).toBe('Diluted EPS (GAAP) | 0.26 | 0.18 | 0.68 | 0.53')
    expect(lines(table).at(-1)).toBe('Adjusted diluted EPS (non-GAAP) | 0.31 | 0.22 | 0.80 | 0.64')
    const adjustments = table.rows.filter((row) => row.indent === 1)
    expect(adjustments.map((row) => row.cells.map((cell) => cell.text).join(' '))).toEqual(['— — — —', '— — — —', '— — — —'])
    // Every figure is per share: there is no "in thousands" to state.
    expect(table.unitLine).toBe('')
  })

  it('says why when the release has no segments or no non-GAAP measure', () => {
    const input = { measures: FIRST.figures.measures, quarter: FIRST.period.quarter, tableIds: [] }
    expect(tableTemplate('segment-revenue')?.build(input)).toEqual({ ok: false, error: expect.stringMatching(/^The release reports no segments/) })
    expect(tableTemplate('non-gaap-reconciliation')?.build(input)).toEqual({ ok: false, error: expect.stringMatching(/^The release reports no non-GAAP measure/) })
  })

  it('gives a new table an id the release does not use yet', () => {
    const first = built('statement-of-operations', SECOND)
    expect(built('statement-of-operations', { ...SECOND, tables: [first] }).id).toBe('operations-2')
  })

  it.each(['statement-of-operations', 'balance-sheet', 'segment-revenue', 'non-gaap-reconciliation'])(
    'the %s template saves and opens again unchanged',
    (id) => {
      const document = { ...SECOND, tables: [built(id, SECOND)] }
      const saved = serializeReleaseDocument(document)
      const reopened = readReleaseDocument(saved)
      expect(reopened.ok && reopened.value.tables).toEqual(document.tables)
      // The same text whether the table was just built or opened from the file.
      expect(reopened.ok && serializeReleaseDocument(reopened.value)).toBe(saved)
    },
  )
})
