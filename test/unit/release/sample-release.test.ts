import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { releaseToText } from '../../../renderer/src/export/plain-text'
import {
  readReleaseDocument,
  serializeReleaseDocument,
} from '../../../renderer/src/release/load-document'
import { paragraphText, releaseContent } from '../../../renderer/src/release/release-content'
import { buildSampleRelease, SAMPLE_RELEASE } from '../../support/make-sample'
import { withRows } from '../../support/figure-rows'
import type { ReleaseDocument } from '../../../renderer/src/release/document-schema'
import { wordingStyleFor } from '../../../renderer/src/release/house-style'
import { PAIRS } from '../../../renderer/src/release/measures'

function loadSample() {
  const loaded = readReleaseDocument(readFileSync(SAMPLE_RELEASE, 'utf8'))
  if (!loaded.ok) throw new Error(loaded.error)
  return loaded.value
}

describe('the sample release (IEC Electronics, second quarter of fiscal 2006)', () => {
  it('is the committed file the generator produces (the committed one kept at version 1)', () => {
    const committed = readReleaseDocument(readFileSync(SAMPLE_RELEASE, 'utf8'))
    if (!committed.ok) throw new Error(committed.error)
    const built = buildSampleRelease()
    // The committed file states each comparison's wording; the generator leaves the defaults unstated.
    for (const definition of built.figures.measures) {
      for (const pair of PAIRS) {
        expect(wordingStyleFor(committed.value.style, definition, pair)).toBe(
          wordingStyleFor(built.style, definition, pair),
        )
      }
    }
    const unstated = (document: ReleaseDocument): ReleaseDocument => ({
      ...document,
      style: { ...document.style, comparisons: {} },
    })
    expect(serializeReleaseDocument(unstated(committed.value))).toBe(
      serializeReleaseDocument(unstated(built)),
    )
  })

  it('states the seed release’s results, word for word where it matters (golden)', () => {
    const results = releaseContent(loadSample())
      .paragraphs.filter((paragraph) => paragraph.role === 'results')
      .map(paragraphText)
    expect(results).toEqual([
      'Second quarter sales increased by more than 50% from the previous quarter and were 19% ahead of the same quarter in fiscal 2005.',
      'The Company reported a net loss of $(168,000) or $(0.02) per share on revenue of $5.6 million for the quarter, compared with a net income of $73,000 or $0.01 per share on revenue of $4.7 million for the same quarter a year ago.',
      'For the first six months of fiscal 2006, the Company reported a net loss of $(216,000) or $(0.03) per share on revenue of $9.2 million, against a net income of $156,000 or $0.02 per share on revenue of $10.9 million for the first six months of fiscal 2005.',
    ])
  })

  it('opens with the letterhead, the exhibit line, and a dateline naming the quarter and its end', () => {
    const content = releaseContent(loadSample())
    expect(content.letterhead?.logo?.mediaType).toBe('image/png')
    expect(content.letterhead?.addressLine).toBe(
      '105 Norton Street \u2022 PO Box 271 \u2022 Newark, NY 14513 \u2022 Ph: (315) 331-7742 \u2022 Fax: (315) 331-3547 \u2022 www.iec-electronics.com',
    )
    const text = content.paragraphs.map(paragraphText)
    expect(text[0]).toBe('Exhibit 99.1')
    expect(text[1]).toBe('IEC Announces Second Quarter Results for Fiscal 2006')
    expect(text).toContain(
      'Newark, NY \u2013 April 20, 2006 \u2013 IEC Electronics Corp. (IECE.OB) announced today its results for the second quarter of fiscal 2006, ending March 31, 2006.',
    )
  })

  it('has every part of the seed: quote, boilerplate, web reference, safe harbor, contact', () => {
    const text = releaseToText(releaseContent(loadSample()))
    expect(text).toContain(
      'W. Barry Gilbert, Chairman of the Board and CEO, said, \u201cOur sales growth continues',
    )
    expect(text).toContain('IEC is a full service, ISO-9001 registered EMS provider.')
    expect(text).toContain('www.iec-electronics.com/3rd-quarter06release')
    expect(text).toContain(
      "factors set forth in the Company's fiscal 2005 Annual Report on Form 10-K",
    )
    expect(text).toContain(
      'Contact: Heather Keenan\nIEC Electronics Corp.\n(315) 332-4262\nhkeenan@iec-electronics.com',
    )
    expect(text.trimEnd().endsWith('###')).toBe(true)
  })

  // Year to date stays $9.2 million, so the derived previous quarter becomes $6.2 million: a 51.6% fall.
  it('is worded live: a lower quarter turns "increased" into "decreased"', () => {
    const sample = loadSample()
    const lower = {
      ...sample,
      figures: withRows(sample.figures, { revenue: { quarter: '3000000' } }),
    }
    const first = releaseContent(lower).paragraphs.find((paragraph) => paragraph.role === 'results')
    expect(first && paragraphText(first)).toBe(
      'Second quarter sales decreased by more than 50% from the previous quarter and were 36% behind the same quarter in fiscal 2005.',
    )
  })

  it('turns "net loss" into "net income" when the loss becomes a profit', () => {
    const sample = loadSample()
    const profit = {
      ...sample,
      figures: withRows(sample.figures, { netIncome: { quarter: '168000' } }),
    }
    const text = releaseToText(releaseContent(profit))
    expect(text).toContain('The Company reported a net income of $168,000 or $(0.02) per share')
  })
})
