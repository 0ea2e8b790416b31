import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { StatusBar } from '../../../../renderer/src/app/status-bar'
import { rich } from '../../../../renderer/src/release/narrative-builders'
import { renderWithStore } from '../helpers/render'
import { sampleStore } from '../helpers/sample'

function shownCount(): number {
  const text = screen.getByTestId('word-count').textContent ?? ''
  return Number(text.replace(/[^0-9]/g, ''))
}

describe('the word count in the status bar', () => {
  it('follows the text as it changes, and undo brings the count back', () => {
    const store = sampleStore()
    renderWithStore(<StatusBar />, store)
    const before = shownCount()
    expect(before).toBeGreaterThan(300)
    expect(screen.getByTestId('word-count')).toHaveTextContent(/^[0-9,]+ words$/)
    act(() => store.getState().setNarrativeBlock('headline', rich.doc(rich.paragraph('IEC reports'))))
    expect(shownCount()).toBe(before - 6)
    act(() => store.getState().undo())
    expect(shownCount()).toBe(before)
  })
})
