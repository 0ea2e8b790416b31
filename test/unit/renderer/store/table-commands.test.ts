import { describe, expect, it } from 'vitest'
import { readReleaseDocument, serializeReleaseDocument } from '../../../../renderer/src/release/load-document'
import { releaseTables } from '../../../../renderer/src/release/release-tables'
import { selectFacts } from '../../../../renderer/src/store/selectors'
import type { ReleaseStore } from '../../../../renderer/src/store/release-store'
import { createReleaseStore } from '../../../../renderer/src/store/release-store'
import { manualClock, sampleDocument } from '../helpers/sample'

function operations(store: ReleaseStore) {
  const table = store.getState().document.tables.find((candidate) => candidate.id === 'operations')
  if (table === undefined) throw new Error('the statement of operations was not inserted')
  return table
}

function rowIds(store: ReleaseStore): string[] {
  return operations(store).rows.map((row) => row.id)
}

function printedRow(store: ReleaseStore, rowId: string): readonly string[] {
  const state = store.getState()
  const table = releaseTables(state.document, selectFacts(state)).find((candidate) => candidate.id === 'operations')
  return table?.rows.find((row) => row.id === rowId)?.cells.map((cell) => cell.text) ?? []
}

/** The sample without its own statement of operations, so each test inserts one afresh. */
function sampleWithoutTables(): ReleaseStore {
  return createReleaseStore({ document: { ...sampleDocument(), tables: [] }, path: null, stamp: null }, { now: manualClock().now })
}

function withOperations(): ReleaseStore {
  const store = sampleWithoutTables()
  expect(store.getState().changeTables({ kind: 'insertTemplate', template: 'statement-of-operations' })).toEqual({ ok: true, value: null })
  return store
}

describe('editing financial tables from the store', () => {
  it('inserts the statement of operations bound to the release figures, as one undo step', () => {
    const store = withOperations()
    expect(store.getState().past).toHaveLength(1)
    // Net sales is the sample's revenue, shown in thousands.
    expect(printedRow(store, 'net-sales')[0]).toBe('5,600')
    store.getState().undo()
    expect(store.getState().document.tables).toEqual([])
  })

  it('types an entered figure as the grid reads amounts, each one undo step, and refuses one that is not an amount', () => {
    const store = withOperations()
    expect(store.getState().setTableFigure('operations', 'cost-of-sales', 'quarter', '(168)').ok).toBe(true)
    expect(store.getState().setTableFigure('operations', 'cost-of-sales', 'yearAgoQuarter', '1,234').ok).toBe(true)
    const row = operations(store).rows.find((candidate) => candidate.id === 'cost-of-sales')
    expect(row?.kind === 'entered' && row.values).toMatchObject({ quarter: '-168', yearAgoQuarter: '1234' })
    const refused = store.getState().setTableFigure('operations', 'cost-of-sales', 'quarter', 'about 12')
    expect(refused).toEqual({ ok: false, error: expect.stringContaining('"about 12" is not an amount') })
    expect(store.getState().past).toHaveLength(3)
    store.getState().undo()
    const undone = operations(store).rows.find((candidate) => candidate.id === 'cost-of-sales')
    expect(undone?.kind === 'entered' && undone.values.yearAgoQuarter).toBeNull()
  })

  it('refuses a typed figure for a row bound to a measure', () => {
    const store = withOperations()
    const before = store.getState().document
    expect(store.getState().setTableFigure('operations', 'net-sales', 'quarter', '12').ok).toBe(false)
    expect(store.getState().document).toBe(before)
  })

  it('adds a heading, a measure row and an entered row after the row chosen, and saves and reopens them', () => {
    const store = withOperations()
    store.getState().changeTables({ kind: 'addRow', table: 'operations', after: 'income-taxes', row: { kind: 'heading', label: 'Other items' } })
    store.getState().changeTables({ kind: 'addRow', table: 'operations', after: 'other-items', row: { kind: 'entered', label: 'Restructuring', figures: 'money' } })
    store.getState().changeTables({ kind: 'addRow', table: 'operations', row: { kind: 'measure', measure: store.getState().document.figures.measures[0]?.id ?? '' } })
    expect(rowIds(store).slice(7, 10)).toEqual(['income-taxes', 'other-items', 'restructuring'])
    expect(store.getState().past).toHaveLength(4)
    const reopened = readReleaseDocument(serializeReleaseDocument(store.getState().document))
    expect(reopened.ok && reopened.value.tables).toEqual(store.getState().document.tables)
  })

  it('refuses an entered row without a label', () => {
    const store = withOperations()
    const result = store.getState().changeTables({ kind: 'addRow', table: 'operations', row: { kind: 'entered', label: '  ', figures: 'money' } })
    expect(result).toEqual({ ok: false, error: 'A row of entered figures needs a label, such as "Cost of sales".' })
  })

  it('removes a row and every total stops summing it', () => {
    const store = withOperations()
    store.getState().changeTables({ kind: 'removeRow', table: 'operations', row: 'cost-of-sales' })
    expect(rowIds(store)).not.toContain('cost-of-sales')
    const gross = operations(store).rows.find((row) => row.id === 'gross-profit')
    expect(gross?.kind !== 'heading' && gross?.sums).toEqual([{ row: 'net-sales', sign: 1 }])
  })

  it('moves a row, but not a total above a line it sums', () => {
    const store = withOperations()
    store.getState().changeTables({ kind: 'moveRow', table: 'operations', row: 'other-income', direction: 'up' })
    expect(rowIds(store).slice(4, 6)).toEqual(['other-income', 'operating-income'])
    const refused = store.getState().changeTables({ kind: 'moveRow', table: 'operations', row: 'gross-profit', direction: 'up' })
    expect(refused.ok).toBe(false)
    expect(!refused.ok && refused.error).toMatch(/sums "Cost of sales", so it stays below it/)
  })

  it('edits a label, an indent, a style and what a total sums', () => {
    const store = withOperations()
    const state = () => store.getState()
    state().changeTables({ kind: 'setLabel', table: 'operations', row: 'cost-of-sales', label: 'Cost of revenue' })
    state().changeTables({ kind: 'setIndent', table: 'operations', row: 'cost-of-sales', indent: 2 })
    state().changeTables({ kind: 'setStyle', table: 'operations', row: 'other-income', style: 'subtotal' })
    state().changeTables({ kind: 'setSums', table: 'operations', row: 'other-income', sums: [{ row: 'operating-expenses', sign: -1 }] })
    const rows = operations(store).rows
    expect(rows.find((row) => row.id === 'cost-of-sales')).toMatchObject({ label: 'Cost of revenue', indent: 2 })
    expect(rows.find((row) => row.id === 'other-income')).toMatchObject({ style: 'subtotal', sums: [{ row: 'operating-expenses', sign: -1 }] })
    const below = state().changeTables({ kind: 'setSums', table: 'operations', row: 'other-income', sums: [{ row: 'income-taxes', sign: 1 }] })
    expect(below).toEqual({ ok: false, error: 'A total sums rows of figures above it; "income-taxes" is not one.' })
    // Back to a normal row, it sums nothing.
    state().changeTables({ kind: 'setStyle', table: 'operations', row: 'other-income', style: 'normal' })
    expect(operations(store).rows.find((row) => row.id === 'other-income')).toMatchObject({ style: 'normal', sums: [] })
  })

  it('refuses to remove a measure a table row shows, so the saved release still opens', () => {
    const store = withOperations()
    const before = store.getState().document
    const result = store.getState().changeMeasures({ kind: 'remove', id: 'revenue' })
    expect(result).toEqual({ ok: false, error: 'The table "Condensed Consolidated Statements of Operations" shows this measure; remove its row first.' })
    expect(store.getState().document).toBe(before)
    expect(readReleaseDocument(serializeReleaseDocument(store.getState().document)).ok).toBe(true)
  })

  it('removes a table', () => {
    const store = withOperations()
    store.getState().changeTables({ kind: 'removeTable', table: 'operations' })
    expect(store.getState().document.tables).toEqual([])
    expect(store.getState().past).toHaveLength(2)
  })
})
