import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { GalleyMeasurer } from '../../../../renderer/src/preview/galley-measure'
import { PrintView } from '../../../../renderer/src/preview/print-view'
import { rich } from '../../../../renderer/src/release/narrative-builders'
import { paragraphText } from '../../../../renderer/src/release/release-content'
import type { ContentParagraph, ReleaseContent } from '../../../../renderer/src/release/release-content'
import { sampleContent, withRevenueQuarter } from './release-fixtures'

/**
 * A keystroke lays out again only the paragraphs whose words it changed; the pages must come out
 * exactly as if the whole release had been measured afresh.
 */

/** jsdom has no layout: each line holds 40 characters and is 20px tall; every call is recorded. */
function recordingMeasurer(): { readonly measure: GalleyMeasurer; readonly measured: string[][] } {
  const measured: string[][] = []
  const measure: GalleyMeasurer = (galley, paragraphs) => {
    // The galley holds exactly the paragraphs handed over, in order.
    expect(galley.querySelectorAll('[data-measure-index]')).toHaveLength(paragraphs.length)
    measured.push(paragraphs.map((paragraph) => paragraphText(paragraph)))
    return {
      blocks: paragraphs.map((paragraph) => ({
        lines: Math.ceil(paragraphText(paragraph).length / 40),
        lineHeight: 20,
        spaceAfter: 16,
        keepWithNext: false,
      })),
      lineStart: (_block, line) => line * 40,
    }
  }
  return { measure, measured }
}

function pagesText(): string[] {
  return screen.getAllByTestId('page').map((page) => page.textContent)
}

/** The pages a fresh preview lays the content out on, measuring every paragraph. */
function freshPages(content: ReleaseContent): string[] {
  const fresh = render(<PrintView content={content} measure={recordingMeasurer().measure} />)
  const pages = pagesText()
  fresh.unmount()
  return pages
}

function textsOf(paragraphs: readonly ContentParagraph[]): string[] {
  return paragraphs.map((paragraph) => paragraphText(paragraph))
}

describe('PrintView re-measuring after an edit', () => {
  it('measures only the paragraphs a changed figure rewrote, and paginates as a fresh layout does', () => {
    const before = sampleContent()
    const after = sampleContent((document) => withRevenueQuarter(document, '7300000'))
    const changed = textsOf(after.paragraphs).filter((text) => !textsOf(before.paragraphs).includes(text))
    expect(changed.length).toBeGreaterThan(0)
    expect(changed.length).toBeLessThan(after.paragraphs.length / 2)

    const { measure, measured } = recordingMeasurer()
    const view = render(<PrintView content={before} measure={measure} />)
    expect(measured.flat()).toEqual(textsOf(before.paragraphs))
    measured.length = 0
    view.rerender(<PrintView content={after} measure={measure} />)
    const pages = pagesText()
    expect(measured.flat().sort()).toEqual([...changed].sort())
    view.unmount()

    expect(pages.join(' ')).toContain('$7.3 million')
    expect(pages).toEqual(freshPages(after))
  })

  it('splits an unchanged paragraph correctly when an edit above it moves the page break into it', () => {
    const base = sampleContent()
    const longer = sampleContent((document) => ({
      ...document,
      narrative: {
        ...document.narrative,
        subheadline: rich.doc(rich.paragraph('Sales grew in every segment of the business this quarter. '.repeat(6))),
      },
    }))
    const { measure, measured } = recordingMeasurer()
    const view = render(<PrintView content={base} measure={measure} />)
    view.rerender(<PrintView content={longer} measure={measure} />)
    // The break fell in a paragraph the edit left alone: the galley took it in for its line starts.
    expect(measured.length).toBeGreaterThan(2)
    const pages = pagesText()
    expect(document.querySelectorAll('[data-continued="true"]').length).toBeGreaterThan(0)
    view.unmount()
    expect(pages).toEqual(freshPages(longer))
    // The measuring galley is gone once the pages are laid out.
    expect(document.querySelector('.print-view__galley')).toBeNull()
  })

  it('measures everything again at another page width', () => {
    const letter = sampleContent()
    const a4 = sampleContent((document) => ({ ...document, layout: { ...document.layout, pageSize: 'a4' } }))
    const { measure, measured } = recordingMeasurer()
    const view = render(<PrintView content={letter} measure={measure} />)
    measured.length = 0
    view.rerender(<PrintView content={a4} measure={measure} />)
    expect(measured.flat()).toEqual(textsOf(a4.paragraphs))
    view.unmount()
  })
})
