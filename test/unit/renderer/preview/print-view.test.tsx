import { render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { GalleyMeasurer } from '../../../../renderer/src/preview/galley-measure'
import { PrintView } from '../../../../renderer/src/preview/print-view'
import { paragraphText } from '../../../../renderer/src/release/release-content'
import { sampleContent, withoutTables } from './release-fixtures'

/** jsdom has no layout: this measurer pretends each line holds 40 characters and is 20px tall. */
const CHARS_PER_LINE = 40
const fakeMeasure: GalleyMeasurer = (_galley, paragraphs) => ({
  blocks: paragraphs.map((paragraph) => ({
    lines: Math.ceil(paragraphText(paragraph).length / CHARS_PER_LINE),
    lineHeight: 20,
    spaceAfter: 16,
    keepWithNext: false,
  })),
  lineStart: (_block, line) => line * CHARS_PER_LINE,
})

/** A printed paragraph's words as paragraphText gives them: line breaks as newlines, no list marker. */
function printedText(element: Element): string {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT)
  let text = ''
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node instanceof HTMLBRElement) text += '\n'
    else if (node instanceof Text && node.parentElement?.closest('[data-list-marker]') == null) text += node.data
  }
  return text
}

/** The paragraphs across all pages, with the pieces a page break split rejoined. */
function printedParagraphs(pages: readonly HTMLElement[]): string[] {
  const paragraphs: string[] = []
  for (const page of pages) {
    for (const piece of page.querySelectorAll('.print-paragraph')) {
      if (piece.getAttribute('data-continued') === 'true' && paragraphs.length > 0) {
        paragraphs[paragraphs.length - 1] += printedText(piece)
      } else {
        paragraphs.push(printedText(piece))
      }
    }
  }
  return paragraphs
}

describe('PrintView', () => {
  it('draws the letterhead with the logo on page one', () => {
    render(<PrintView content={sampleContent()} />)
    const pages = screen.getAllByTestId('page')
    const letterhead = within(pages[0] as HTMLElement).getByTestId('letterhead')
    const logo = within(letterhead).getByTestId('letterhead-logo')
    expect(logo).toHaveAttribute('src', expect.stringMatching(/^data:image\/png;base64,iVBOR/))
    expect(logo).toHaveAttribute('alt', 'IEC Electronics Corp.')
    expect(letterhead).toHaveTextContent('105 Norton Street')
  })

  it('draws no letterhead on pre-printed paper, and keeps the same top margin', () => {
    const printed = render(<PrintView content={sampleContent()} />)
    const topWithArt = printed.container.querySelector<HTMLElement>('.print-page__text')?.style.top
    printed.unmount()
    render(<PrintView content={sampleContent((d) => ({ ...d, layout: { ...d.layout, preprinted: true } }))} />)
    expect(screen.queryByTestId('letterhead')).toBeNull()
    expect(screen.queryByTestId('letterhead-logo')).toBeNull()
    expect(document.querySelector<HTMLElement>('.print-page__text')?.style.top).toBe(topWithArt)
    expect(topWithArt).toBe('144pt')
  })

  it('shows the company name where there is no logo', () => {
    render(
      <PrintView content={sampleContent((d) => ({ ...d, company: { ...d.company, logo: null } }))} />,
    )
    expect(screen.queryByTestId('letterhead-logo')).toBeNull()
    expect(screen.getByTestId('letterhead')).toHaveTextContent('IEC Electronics Corp.')
  })

  it('marks every page DRAFT until the release is final, and none after', () => {
    const draft = render(<PrintView content={sampleContent()} measure={fakeMeasure} />)
    const pages = screen.getAllByTestId('page')
    expect(pages.length).toBeGreaterThan(1)
    for (const page of pages) expect(within(page).getByTestId('draft-mark')).toHaveTextContent('DRAFT')
    draft.unmount()
    render(<PrintView content={sampleContent((d) => ({ ...d, status: { ...d.status, final: true } }))} measure={fakeMeasure} />)
    expect(screen.queryAllByTestId('draft-mark')).toHaveLength(0)
  })

  it('prints the exhibit line, the headline and the live results words', () => {
    render(<PrintView content={sampleContent()} />)
    const view = screen.getByTestId('print-view')
    expect(view).toHaveTextContent('Exhibit 99.1')
    expect(view).toHaveTextContent('IEC Announces Second Quarter Results for Fiscal 2006')
    expect(view).toHaveTextContent(
      'Second quarter sales increased by more than 50% from the previous quarter and were 19% ahead of the same quarter in fiscal 2005.',
    )
    const comparisons = view.querySelectorAll('[data-field-kind="comparison"]')
    expect(Array.from(comparisons, (node) => node.textContent)).toContain(
      'increased by more than 50% from the previous quarter',
    )
    const headline = view.querySelector('[data-role="headline"]')
    expect(headline).toHaveStyle({ textAlign: 'center', fontWeight: '700', fontSize: '14pt' })
  })

  it('numbers pages from page two, and paginates without losing or repeating text', () => {
    const content = sampleContent()
    render(<PrintView content={content} measure={fakeMeasure} />)
    const pages = screen.getAllByTestId('page')
    expect(within(pages[0] as HTMLElement).queryByTestId('page-number')).toBeNull()
    pages.slice(1).forEach((page, index) => {
      expect(within(page).getByTestId('page-number')).toHaveTextContent(String(index + 2))
    })
    expect(document.querySelectorAll('[data-continued="true"]').length).toBeGreaterThan(0)
    expect(printedParagraphs(pages)).toEqual(content.paragraphs.map((paragraph) => paragraphText(paragraph)))
    // The measuring galley is gone once the pages are laid out.
    expect(document.querySelector('.print-view__galley')).toBeNull()
  })

  it('sets the printer page to the release page size', () => {
    const letter = render(<PrintView content={sampleContent()} />)
    expect(letter.container.querySelector('style')?.textContent).toContain('size: 612pt 792pt')
    expect(screen.getByTestId('page')).toHaveStyle({ width: '612pt', height: '792pt' })
    letter.unmount()
    render(<PrintView content={sampleContent((d) => ({ ...d, layout: { ...d.layout, pageSize: 'a4' } }))} />)
    expect(document.querySelector('style')?.textContent).toContain('size: 595.28pt 841.89pt')
  })

  it('reports each settled pagination', () => {
    const onPaginated = vi.fn()
    const content = sampleContent()
    render(<PrintView content={content} measure={fakeMeasure} onPaginated={onPaginated} />)
    const pages = screen.getAllByTestId('page').length
    expect(onPaginated).toHaveBeenLastCalledWith({ content, pages, fontsLoaded: true })
  })

  it('repaginates when the content changes', () => {
    const view = render(<PrintView content={sampleContent(withoutTables)} measure={fakeMeasure} />)
    const before = screen.getAllByTestId('page').length
    const shorter = sampleContent((d) => ({ ...withoutTables(d), narrative: { ...d.narrative, safeHarbor: { type: 'doc', content: [] } } }))
    view.rerender(<PrintView content={shorter} measure={fakeMeasure} />)
    expect(screen.getByTestId('print-view')).not.toHaveTextContent('forward-looking statements')
    expect(screen.getAllByTestId('page').length).toBeLessThan(before)
  })

  it('measures the galley at the text width and in the face the pages print in, whatever the app sets around it', () => {
    const seen: { width: string; font: string }[] = []
    const spy: GalleyMeasurer = (galley, paragraphs, width) => {
      seen.push({ width: galley.style.width, font: getComputedStyle(galley).fontFamily })
      return fakeMeasure(galley, paragraphs, width)
    }
    render(
      <div style={{ fontFamily: 'Arial, sans-serif' }}>
        <PrintView content={sampleContent()} measure={spy} />
      </div>,
    )
    expect(seen.length).toBeGreaterThan(0)
    for (const { width, font } of seen) {
      expect(width).toBe('468pt')
      expect(font).toMatch(/^"?Tinos"?,/)
    }
  })
})
