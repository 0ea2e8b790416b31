import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkDraftText, checkRelease } from '../../../../renderer/src/release/checks/check-release'
import { rich } from '../../../../renderer/src/release/narrative-builders'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import { sampleFacts, sampleRelease } from './helpers'
import { textLocation } from '../../../../renderer/src/release/checks/finding'

// Pieces of release prose, numbers and punctuation, so random text hits every rule's patterns.
const PIECES = [
  'sales',
  'net loss',
  'net income',
  'per share',
  'EPS',
  'shares',
  'gross margin',
  'increased',
  'decreased',
  'rose',
  'fell',
  'up',
  'down',
  'ahead of',
  'behind',
  'narrowed',
  'widened',
  'more than',
  'doubled',
  'approximately',
  'from',
  'to',
  'of',
  'was',
  'the previous quarter',
  'the same quarter',
  'a year ago',
  'first six months',
  'nine months',
  'second quarter',
  '3rd-quarter06',
  'Q3',
  '3Q06',
  'fiscal 2004',
  'March 31, 2006',
  '2004 Annual Report',
  'expects',
  'since',
  '$5.6 million',
  '$(168,000)',
  '($0.02)',
  '$.34',
  '$1.2 billion',
  '$',
  '(',
  ')',
  '19%',
  '19 percent',
  '3.8 percentage points',
  '500 basis points',
  '.',
  ',',
  ';',
  '\n',
  '[',
  ']',
  'TBD',
  'Pending',
  'quote',
  'Insert',
  '0',
  '00',
  '1,000',
  '.5',
  '%',
]
const prose = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(' '))

describe('the checker on any text', () => {
  it('never throws, and every finding quotes the words at its location', () => {
    const facts = sampleFacts()
    fc.assert(
      fc.property(fc.array(prose, { maxLength: 4 }), (paragraphs) => {
        for (const entry of checkDraftText(paragraphs, facts)) {
          const location = textLocation(entry.location)
          expect(location).not.toBeNull()
          if (location === null) continue
          expect(paragraphs[location.paragraph]?.slice(location.textStart, location.textEnd)).toBe(
            entry.quote,
          )
          expect(entry.message.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 500 },
    )
  })

  it('reports typed words in a release at free-text offsets that hold exactly those words', () => {
    const sample = sampleRelease()
    fc.assert(
      fc.property(prose, prose, (before, after) => {
        const document = {
          ...sample,
          narrative: {
            ...sample.narrative,
            results: rich.doc(rich.paragraph(before, rich.amount('netIncome', 'quarter'), after)),
          },
        }
        const free = `${before}${after}`
        for (const entry of checkRelease(releaseFacts(document))) {
          if (entry.location?.block !== 'results' || !entry.location.inFreeText) continue
          expect(free.slice(entry.location.start, entry.location.end)).toBe(entry.quote)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('takes a long paragraph in its stride (time printed, not asserted)', () => {
    const sentence =
      'Second quarter sales increased by more than 50% from the previous quarter and were 19% ahead of the same quarter in fiscal 2005. '
    const long = sentence.repeat(400)
    const started = performance.now()
    const findings = checkDraftText([long], sampleFacts())
    console.log(
      `a ${long.length}-character paragraph checked in ${(performance.now() - started).toFixed(1)} ms`,
    )
    expect(findings).toEqual([])
  })
})
