import { describe, expect, it } from 'vitest'
import { readReleaseDocument, serializeReleaseDocument } from '../../../../renderer/src/release/load-document'
import { selectFacts } from '../../../../renderer/src/store/selectors'
import type { ReleaseStore } from '../../../../renderer/src/store/release-store'
import { manualClock, sampleStore } from '../helpers/sample'
import { figureRow } from '../../../support/figure-rows'

function ids(store: ReleaseStore): string[] {
  return store.getState().document.figures.measures.map((measure) => measure.id)
}

describe('changing the measures of the figures grid', () => {
  it('adds a catalogue measure with empty figures, which then takes figures and gives comparisons', () => {
    const store = sampleStore(manualClock())
    expect(store.getState().changeMeasures({ kind: 'addCatalogue', id: 'operatingIncome' })).toEqual({ ok: true, value: null })
    expect(ids(store)).toEqual(['revenue', 'netIncome', 'dilutedEps', 'dilutedShares', 'operatingIncome'])
    store.getState().setFigure('operatingIncome', 'quarter', '500,000')
    store.getState().commitFigure('operatingIncome', 'quarter')
    store.getState().setFigure('operatingIncome', 'yearAgoQuarter', '400,000')
    store.getState().commitFigure('operatingIncome', 'yearAgoQuarter')
    const comparison = selectFacts(store.getState()).comparison('operatingIncome', 'yearAgoQuarter')
    expect(comparison.kind === 'change' && comparison.percent?.toFixed()).toBe('25')
  })

  it('refuses a measure the release already has, and changes nothing', () => {
    const store = sampleStore(manualClock())
    const before = store.getState().document
    const result = store.getState().changeMeasures({ kind: 'addCatalogue', id: 'revenue' })
    expect(result.ok).toBe(false)
    expect(store.getState().document).toBe(before)
  })

  it('adds a measure of the person\u2019s own with its parent, renames and moves it, and saves and reopens it', () => {
    const store = sampleStore(manualClock())
    store.getState().changeMeasures({ kind: 'addOwn', name: 'Aerospace revenue', measureKind: 'money', parent: 'revenue', gaap: true })
    expect(ids(store)).toContain('aerospaceRevenue')
    store.getState().changeMeasures({ kind: 'rename', id: 'aerospaceRevenue', name: 'Aerospace sales' })
    store.getState().changeMeasures({ kind: 'move', id: 'aerospaceRevenue', direction: 'up' })
    expect(ids(store)).toEqual(['revenue', 'netIncome', 'dilutedEps', 'aerospaceRevenue', 'dilutedShares'])
    const saved = serializeReleaseDocument(store.getState().document)
    const reopened = readReleaseDocument(saved)
    if (!reopened.ok) throw new Error(reopened.error)
    expect(reopened.value.figures.measures.find((measure) => measure.id === 'aerospaceRevenue')?.label).toBe('Aerospace sales')
    expect(reopened.value).toEqual(store.getState().document)
  })

  it('removes a measure with its figures as one undo step, and refuses to remove a parent of another', () => {
    const store = sampleStore(manualClock())
    store.getState().changeMeasures({ kind: 'addOwn', name: 'Aerospace revenue', measureKind: 'money', parent: 'revenue', gaap: true })
    expect(store.getState().changeMeasures({ kind: 'remove', id: 'revenue' }).ok).toBe(false)
    const revenue = figureRow(store.getState().document.figures, 'dilutedShares')
    store.getState().changeMeasures({ kind: 'remove', id: 'dilutedShares' })
    expect(ids(store)).not.toContain('dilutedShares')
    store.getState().undo()
    expect(ids(store)).toContain('dilutedShares')
    expect(figureRow(store.getState().document.figures, 'dilutedShares')).toEqual(revenue)
  })
})
