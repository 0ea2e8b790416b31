import { describe, expect, it } from 'vitest'
import { rich } from '../../../renderer/src/release/narrative-builders'
import { releaseContent } from '../../../renderer/src/release/release-content'
import { countWords, releaseWordCount } from '../../../renderer/src/release/word-count'
import { sampleDocument } from '../renderer/helpers/sample'

describe('the word count', () => {
  it('counts words as a word processor does: amounts are words, a dash alone is not', () => {
    expect(countWords('Revenue was $5.6 million \u2013 up 12% on Q2-2006.')).toBe(8)
    expect(countWords('   ')).toBe(0)
  })

  it('counts the words a live field prints, and leaves out the DRAFT line and the letterhead', () => {
    const sample = sampleDocument()
    const document = {
      ...sample,
      narrative: {
        ...sample.narrative,
        headline: rich.doc(rich.paragraph('IEC reports')),
        results: rich.doc(rich.paragraph('Revenue was ', rich.amount('revenue', 'quarter'), ' in the quarter.')),
      },
    }
    const before = releaseWordCount(releaseContent(sample))
    const after = releaseWordCount(releaseContent(document))
    // The headline loses 6 words; the results become "Revenue was $5.6 million in the quarter." (7 words).
    const results = releaseContent(sample).paragraphs.filter((paragraph) => paragraph.block === 'results')
    const sampleResults = releaseWordCount({ ...releaseContent(sample), blocks: results, paragraphs: results })
    expect(after).toBe(before - 6 - sampleResults + 7)
    expect(releaseContent(document).draft).toBe(true)
  })
})
