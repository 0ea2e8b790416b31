import { describe, expect, it } from 'vitest'
import { figureUnit } from '../../../../renderer/src/release/figure-precision'
import { readReleaseDocument } from '../../../../renderer/src/release/load-document'
import { selectDocumentText } from '../../../../renderer/src/store/selectors'
import { sampleStore } from '../helpers/sample'
import { figureRow } from '../../../support/figure-rows'

describe('figures typed in the grid keep the precision they were typed to', () => {
  it('saves "5.6m" as 5600000 known to 100000, and reopens it so', () => {
    const store = sampleStore()
    expect(store.getState().setFigure('revenue', 'quarter', '5.6m').ok).toBe(true)
    store.getState().commitFigure('revenue', 'quarter')
    const { document } = store.getState()
    expect(figureRow(document.figures, 'revenue').quarter).toBe('5600000')
    expect(figureUnit(document, 'revenue', 'quarter')?.toFixed()).toBe('100000')
    const reopened = readReleaseDocument(selectDocumentText(store.getState()))
    if (!reopened.ok) throw new Error(reopened.error)
    expect(reopened.value).toEqual(document)
    expect(figureUnit(reopened.value, 'revenue', 'quarter')?.toFixed()).toBe('100000')
  })

  it('makes an edit of the precision alone, and drops it when the figure is typed exactly', () => {
    const store = sampleStore()
    const before = store.getState().document
    store.getState().setFigure('revenue', 'quarter', '5.6m')
    // The value is the same: the precision is saved when the person leaves the cell, not mid-typing.
    expect(store.getState().document).toBe(before)
    store.getState().commitFigure('revenue', 'quarter')
    expect(store.getState().document).not.toBe(before)
    store.getState().setFigure('revenue', 'quarter', '5,600,000')
    store.getState().commitFigure('revenue', 'quarter')
    expect(store.getState().document.figures).toEqual(before.figures)
    expect(selectDocumentText(store.getState())).toBe(
      selectDocumentText({ ...store.getState(), document: before }),
    )
  })

  it('puts the precision back with the value on Escape', () => {
    const store = sampleStore()
    store.getState().setFigure('revenue', 'quarter', '5.6m')
    store.getState().commitFigure('revenue', 'quarter')
    store.getState().breakCoalescing()
    store.getState().setFigure('revenue', 'quarter', '5.7m')
    store.getState().revertFigure('revenue', 'quarter')
    const { document } = store.getState()
    expect(figureRow(document.figures, 'revenue').quarter).toBe('5600000')
    expect(figureUnit(document, 'revenue', 'quarter')?.toFixed()).toBe('100000')
  })

  it('records one edit while "3.0m" is typed over a figure: "3.0" on the way changes nothing', () => {
    const store = sampleStore()
    const edits: unknown[] = []
    store.subscribe((state, previous) => {
      if (state.document !== previous.document) edits.push(figureRow(state.document.figures, 'revenue').quarter)
    })
    for (const text of ['3', '3.', '3.0', '3.0m'])
      store.getState().setFigure('revenue', 'quarter', text)
    store.getState().commitFigure('revenue', 'quarter')
    expect(edits).toEqual(['3', '3000000'])
    expect(figureUnit(store.getState().document, 'revenue', 'quarter')?.toFixed()).toBe('100000')
  })

  it('refuses "(0,020)" in diluted EPS with the reason, and keeps the figure', () => {
    const store = sampleStore()
    const result = store.getState().setFigure('dilutedEps', 'quarter', '(0,020)')
    expect(result).toEqual({
      ok: false,
      error:
        '"(0,020)" is not an amount: a group of thousands cannot start with 0; for a decimal write 0.020.',
    })
    expect(figureRow(store.getState().document.figures, 'dilutedEps').quarter).toBe('-0.02')
  })

  it('refuses a scale on a per-share figure, and "13 050 000" anywhere, keeping the figures', () => {
    const store = sampleStore()
    const eps = store.getState().setFigure('dilutedEps', 'quarter', '5.6 B')
    expect(eps.ok).toBe(false)
    if (!eps.ok) expect(eps.error).toContain('per-share figures are in dollars and take no scale')
    const spaced = store.getState().setFigure('revenue', 'previousQuarter', '13 050 000')
    expect(spaced.ok).toBe(false)
    if (!spaced.ok) expect(spaced.error).toContain('spaces cannot separate the digits')
    expect(figureRow(store.getState().document.figures, 'dilutedEps').quarter).toBe('-0.02')
    expect(figureRow(store.getState().document.figures, 'revenue').previousQuarter).toBeNull()
  })
})
