import { describe, expect, it } from 'vitest'
import { paragraphText } from '../../../../renderer/src/release/release-content'
import { selectContent, selectDocumentText, selectRefusedEntries } from '../../../../renderer/src/store/selectors'
import type { ReleaseStore } from '../../../../renderer/src/store/release-store'
import { manualClock, sampleStore } from '../helpers/sample'
import { figureRow } from '../../../support/figure-rows'

/** A figures cell as the store sees it: what is typed, what the release uses, and the undo steps. */

function words(store: ReleaseStore): string {
  return selectContent(store.getState()).paragraphs.map(paragraphText).join('\n')
}

/** Types text one key at a time, as a person does, with `pause` ms between keys. */
function typeKeys(store: ReleaseStore, text: string, advance: (ms: number) => void, pause = 150): void {
  for (let end = 1; end <= text.length; end += 1) {
    store.getState().setFigure('revenue', 'previousQuarter', text.slice(0, end))
    advance(pause)
  }
}

describe('a figures cell whose text is not an amount', () => {
  for (const typed of ['13 050 000', '13,05,000']) {
    it(`leaves the release as it was when "${typed}" is typed and left, not with its last valid prefix`, () => {
      const clock = manualClock()
      const store = sampleStore(clock)
      const savedText = selectDocumentText(store.getState())
      typeKeys(store, typed, clock.advance)
      store.getState().commitFigure('revenue', 'previousQuarter')

      expect(figureRow(store.getState().document.figures, 'revenue').previousQuarter).toBeNull()
      expect(selectDocumentText(store.getState())).toBe(savedText)
      expect(store.getState().past).toEqual([])
      expect(selectRefusedEntries(store.getState())).toEqual(new Map([['revenue.previousQuarter', typed]]))
      expect(words(store)).toContain('Second quarter sales [Revenue, previous quarter: not an amount]')
      expect(words(store)).not.toMatch(/\$13\b|95384500%/)
    })
  }

  it('keeps the figure it had while the text is not yet an amount, and uses each amount as it is typed', () => {
    const clock = manualClock()
    const store = sampleStore(clock)
    const seen: (string | null)[] = []
    for (const text of ['4', '4.', '4.1', '4.1m', '4.1mx', '']) {
      store.getState().setFigure('revenue', 'quarter', text)
      seen.push(figureRow(store.getState().document.figures, 'revenue').quarter)
    }
    // "4." is a decimal on its way and reads as 4; "4.1mx" is no amount, so the release keeps its figure.
    expect(seen).toEqual(['4', '4', '4.1', '4100000', '5600000', '5600000'])
  })

  it('refuses every unread cell before anything goes out, showing its message even mid-typing', () => {
    const store = sampleStore()
    store.getState().setFigure('dilutedEps', 'quarter', 'abc')
    expect(store.getState().figureDrafts['dilutedEps.quarter']?.shown).toBe(false)
    expect(store.getState().refuseUnreadFigures()).toEqual(['dilutedEps.quarter'])
    expect(store.getState().figureDrafts['dilutedEps.quarter']?.shown).toBe(true)
    expect(words(store)).toContain('[Diluted EPS, this quarter: not an amount]')
    store.getState().revertFigure('dilutedEps', 'quarter')
    expect(store.getState().refuseUnreadFigures()).toEqual([])
    expect(words(store)).toContain('or $(0.02) per share')
  })
})

describe('one cell edit is one undo step', () => {
  it('records no partial values however long the person pauses between keys', () => {
    const clock = manualClock()
    const store = sampleStore(clock)
    typeKeys(store, '3,450,000', clock.advance, 2500)
    store.getState().commitFigure('revenue', 'previousQuarter')
    store.getState().breakCoalescing()
    expect(store.getState().past).toHaveLength(1)
    expect(figureRow(store.getState().document.figures, 'revenue').previousQuarter).toBe('3450000')
    store.getState().undo()
    expect(figureRow(store.getState().document.figures, 'revenue').previousQuarter).toBeNull()
    expect(store.getState().past).toEqual([])
  })

  it('leaves no step behind when the typing comes back to the figure it began with, or Escape restores it', () => {
    const clock = manualClock()
    const store = sampleStore(clock)
    const original = store.getState().document
    store.getState().setFigure('revenue', 'quarter', '5')
    clock.advance(3000)
    store.getState().setFigure('revenue', 'quarter', '5.6m')
    expect(store.getState().past).toEqual([])
    expect(store.getState().document).toBe(original)

    store.getState().setFigure('revenue', 'quarter', '7m')
    expect(store.getState().past).toHaveLength(1)
    store.getState().revertFigure('revenue', 'quarter')
    expect(store.getState().document).toBe(original)
    expect(store.getState().past).toEqual([])
    expect(store.getState().figureDrafts).toEqual({})
  })
})

describe('an edit ends when the cell is committed', () => {
  it('starts a new undo step for typing after Enter, even when the focus stays in the cell', () => {
    const store = sampleStore()
    store.getState().setFigure('dilutedShares', 'yearAgoYearToDate', '8m')
    store.getState().commitFigure('dilutedShares', 'yearAgoYearToDate')
    store.getState().setFigure('dilutedShares', 'yearAgoYearToDate', '9m')
    store.getState().commitFigure('dilutedShares', 'yearAgoYearToDate')
    expect(store.getState().past).toHaveLength(2)
    store.getState().undo()
    expect(figureRow(store.getState().document.figures, 'dilutedShares').yearAgoYearToDate).toBe('8000000')
  })
})
