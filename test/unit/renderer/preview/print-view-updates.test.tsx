import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { GalleyMeasurer } from '../../../../renderer/src/preview/galley-measure'
import { PrintView } from '../../../../renderer/src/preview/print-view'
import { paragraphText } from '../../../../renderer/src/release/release-content'
import type { ReleaseContent } from '../../../../renderer/src/release/release-content'
import { sampleContent, withRevenueQuarter } from './release-fixtures'

/** jsdom has no layout: each line holds 40 characters and is 20px tall, so the sample takes two pages. */
const fakeMeasure: GalleyMeasurer = (_galley, paragraphs) => ({
  blocks: paragraphs.map((paragraph) => ({
    lines: Math.ceil(paragraphText(paragraph).length / 40),
    lineHeight: 20,
    spaceAfter: 16,
    keepWithNext: false,
  })),
  lineStart: (_block, line) => line * 40,
})

function pagesText(): string[] {
  return screen.getAllByTestId('page').map((page) => page.textContent)
}

function view(content: ReleaseContent) {
  return <PrintView content={content} measure={fakeMeasure} />
}

// Pages and paragraphs skip re-rendering when their words are unchanged: no changed word may ever
// be left stale on a page.
describe('PrintView after an edit', () => {
  it('shows a changed figure on every page that quotes it', () => {
    const printed = render(view(sampleContent()))
    expect(screen.getAllByTestId('page').length).toBeGreaterThan(1)
    expect(pagesText().join(' ')).toContain('$5.6 million')
    printed.rerender(view(sampleContent((document) => withRevenueQuarter(document, '7300000'))))
    const after = pagesText().join(' ')
    expect(after).toContain('$7.3 million')
    expect(after).not.toContain('$5.6 million')
  })

  it('shows the old figure again when the edit is undone', () => {
    const printed = render(view(sampleContent()))
    const before = pagesText()
    printed.rerender(view(sampleContent((document) => withRevenueQuarter(document, '7300000'))))
    expect(pagesText()).not.toEqual(before)
    printed.rerender(view(sampleContent()))
    expect(pagesText()).toEqual(before)
  })
})
