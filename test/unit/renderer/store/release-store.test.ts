import { describe, expect, it } from 'vitest'
import { paragraphText } from '../../../../renderer/src/release/release-content'
import { rich } from '../../../../renderer/src/release/narrative-builders'
import { selectCanUndo, selectContent, selectDirty, selectDocumentText, selectFieldFacts } from '../../../../renderer/src/store/selectors'
import type { ReleaseState } from '../../../../renderer/src/store/store-types'
import { manualClock, sampleStore } from '../helpers/sample'
import { figureRow } from '../../../support/figure-rows'

function resultsText(state: ReleaseState): string {
  return selectContent(state)
    .paragraphs.filter((paragraph) => paragraph.role === 'results')
    .map(paragraphText)
    .join('\n')
}

describe('the release store', () => {
  it('applies a typed amount to the document and keeps an invalid one out of it', () => {
    const store = sampleStore()
    expect(store.getState().setFigure('revenue', 'quarter', '3.0m').ok).toBe(true)
    expect(figureRow(store.getState().document.figures, 'revenue').quarter).toBe('3000000')
    expect(resultsText(store.getState())).toContain('Second quarter sales decreased')
    store.getState().commitFigure('revenue', 'quarter')

    const rejected = store.getState().setFigure('revenue', 'quarter', 'abc')
    expect(rejected).toEqual({ ok: false, error: '"abc" is not an amount. Type it like 5,600,000, 5.6m or (168,000).' })
    expect(figureRow(store.getState().document.figures, 'revenue').quarter).toBe('3000000')
    expect(store.getState().figureDrafts['revenue.quarter']).toEqual({
      text: 'abc',
      error: expect.stringContaining('not an amount'),
      shown: false,
      before: { amount: '3000000', unit: '100000' },
    })
  })

  it('reads losses typed in parentheses or with a minus sign, and an emptied cell as not reported once left', () => {
    const store = sampleStore()
    store.getState().setFigure('netIncome', 'quarter', '(250,000)')
    expect(figureRow(store.getState().document.figures, 'netIncome').quarter).toBe('-250000')
    store.getState().setFigure('netIncome', 'quarter', '-168000')
    expect(figureRow(store.getState().document.figures, 'netIncome').quarter).toBe('-168000')
    store.getState().setFigure('dilutedEps', 'quarter', '$0.02')
    expect(figureRow(store.getState().document.figures, 'dilutedEps').quarter).toBe('0.02')
    // Emptying a cell blanks the figure only once the person leaves the cell, not on the way to a new value.
    store.getState().setFigure('revenue', 'yearAgoQuarter', '  ')
    expect(figureRow(store.getState().document.figures, 'revenue').yearAgoQuarter).toBe('4700000')
    store.getState().commitFigure('revenue', 'yearAgoQuarter')
    expect(figureRow(store.getState().document.figures, 'revenue').yearAgoQuarter).toBeNull()
    expect(store.getState().figureDrafts['revenue.yearAgoQuarter']).toBeUndefined()
  })

  it('undoes and redoes a figure edit, a settings edit and a text edit in order', () => {
    const clock = manualClock()
    const store = sampleStore(clock)
    const original = store.getState().document
    const s = () => store.getState()

    s().setFigure('revenue', 'quarter', '3.0m')
    clock.advance(5000)
    s().setLayout({ preprinted: true })
    clock.advance(5000)
    const headline = rich.doc(rich.paragraph('IEC Reports a Record Quarter'))
    s().setNarrativeBlock('headline', headline)

    expect(selectContent(s()).letterhead).toBeNull()
    expect(selectContent(s()).title).toBe('IEC Reports a Record Quarter')

    s().undo()
    expect(selectContent(s()).title).toBe('IEC Announces Second Quarter Results for Fiscal 2006')
    expect(s().document.layout.preprinted).toBe(true)
    s().undo()
    expect(s().document.layout.preprinted).toBe(false)
    expect(figureRow(s().document.figures, 'revenue').quarter).toBe('3000000')
    s().undo()
    expect(s().document).toBe(original)
    expect(selectCanUndo(s())).toBe(false)
    expect(resultsText(s())).toContain('increased by more than 50% from the previous quarter')

    s().redo()
    s().redo()
    s().redo()
    expect(figureRow(s().document.figures, 'revenue').quarter).toBe('3000000')
    expect(s().document.layout.preprinted).toBe(true)
    expect(s().document.narrative.headline).toBe(headline)
  })

  it('makes all the typing in one cell one undo step, whatever the pauses, and another cell or a second visit a new one', () => {
    const clock = manualClock()
    const store = sampleStore(clock)
    const s = () => store.getState()
    for (const text of ['3', '3.', '3.0', '3.0m']) {
      s().setFigure('revenue', 'quarter', text)
      clock.advance(1500)
    }
    s().commitFigure('revenue', 'quarter')
    expect(s().past).toHaveLength(1)
    s().breakCoalescing()
    s().setFigure('netIncome', 'quarter', '168,000')
    expect(s().past).toHaveLength(2)
    s().commitFigure('netIncome', 'quarter')
    s().breakCoalescing()
    s().setFigure('netIncome', 'quarter', '170,000')
    expect(s().past).toHaveLength(3)

    s().undo()
    expect(figureRow(s().document.figures, 'netIncome').quarter).toBe('168000')
    s().undo()
    expect(figureRow(s().document.figures, 'netIncome').quarter).toBe('-168000')
    s().undo()
    expect(figureRow(s().document.figures, 'revenue').quarter).toBe('5600000')
  })

  it('coalesces typing in one text block, and starts a new step after the burst is broken', () => {
    const clock = manualClock()
    const store = sampleStore(clock)
    const s = () => store.getState()
    for (const text of ['I', 'IE', 'IEC']) {
      s().setNarrativeBlock('headline', rich.doc(rich.paragraph(text)))
      clock.advance(100)
    }
    expect(s().past).toHaveLength(1)
    s().breakCoalescing()
    s().setNarrativeBlock('headline', rich.doc(rich.paragraph('IEC!')))
    expect(s().past).toHaveLength(2)
  })

  it('forgets what was typed in cells when undo restores another document', () => {
    const store = sampleStore()
    store.getState().setFigure('revenue', 'quarter', '3.0m')
    store.getState().commitFigure('revenue', 'quarter')
    store.getState().breakCoalescing()
    store.getState().setFigure('netIncome', 'quarter', '3.0mx')
    store.getState().commitFigure('netIncome', 'quarter')
    expect(store.getState().figureDrafts['netIncome.quarter']?.error).not.toBeNull()
    store.getState().undo()
    expect(store.getState().figureDrafts).toEqual({})
    expect(figureRow(store.getState().document.figures, 'revenue').quarter).toBe('5600000')
  })

  it('caps the history', () => {
    const clock = manualClock()
    const store = sampleStore(clock)
    for (let index = 0; index < 250; index += 1) {
      store.getState().setLayout({ preprinted: index % 2 === 0 })
      clock.advance(10)
    }
    expect(store.getState().past).toHaveLength(200)
  })

  it('is clean after opening, dirty after an edit, and clean again when undone or saved', () => {
    const store = sampleStore()
    const s = () => store.getState()
    expect(selectDirty(s())).toBe(false)
    s().setCompany({ ticker: 'IECE' })
    expect(selectDirty(s())).toBe(true)
    s().undo()
    expect(selectDirty(s())).toBe(false)
    s().redo()
    expect(selectDirty(s())).toBe(true)
    s().markSaved('/tmp/iec.release.json', { mtimeMs: 1, size: 2, sha256: 'x' }, selectDocumentText(s()))
    expect(selectDirty(s())).toBe(false)
    expect(s().filePath).toBe('/tmp/iec.release.json')
  })

  it('keeps the facts the text editors use while only the text changes', () => {
    const store = sampleStore()
    const first = selectFieldFacts(store.getState())
    store.getState().setNarrativeBlock('headline', rich.doc(rich.paragraph('New words')))
    expect(selectFieldFacts(store.getState())).toBe(first)
    store.getState().setFigure('revenue', 'quarter', '3.0m')
    const second = selectFieldFacts(store.getState())
    expect(second).not.toBe(first)
    expect(second.comparison('revenue', 'previousQuarter')).toMatchObject({ direction: 'decrease' })
  })

  it('computes derived values once per document', () => {
    const store = sampleStore()
    const first = selectContent(store.getState())
    store.getState().setZoom(1.25)
    expect(selectContent(store.getState())).toBe(first)
    store.getState().setWordingStyle('revenue', 'previousQuarter', 'exact')
    const second = selectContent(store.getState())
    expect(second).not.toBe(first)
    expect(second.paragraphs.map(paragraphText).join(' ')).toContain('increased 56% from the previous quarter')
  })
})
