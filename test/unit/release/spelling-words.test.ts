import { describe, expect, it } from 'vitest'
import { companyWords, wordsToCheck } from '../../../renderer/src/release/spelling-words'

const words = (text: string, skip: ReadonlySet<string> = new Set()) => wordsToCheck(text, skip).map((entry) => entry.word)

describe('the words the spelling looks up', () => {
  it('takes the words of a sentence, with their places', () => {
    expect(wordsToCheck('Sales rose sharply', new Set())).toEqual([
      { word: 'Sales', start: 0, end: 5 },
      { word: 'rose', start: 6, end: 10 },
      { word: 'sharply', start: 11, end: 18 },
    ])
  })

  it('leaves out numbers, amounts, words joined to digits, all-capital words and single letters', () => {
    expect(words('Revenue of $5.6 million in Q3, up 19% on the 3rd-quarter06 plan; EMS and ISO-9001 a b')).toEqual([
      'Revenue',
      'of',
      'million',
      'in',
      'up',
      'on',
      'the',
      'plan',
      'and',
    ])
  })

  it("leaves out web and e-mail addresses, and the company's own names", () => {
    const company = companyWords({ name: 'Acmetronix Holdings Inc.', shortName: 'Acmetronix', ticker: 'NASDAQ: ACMX' })
    expect(words('Visit www.acmetronix.com/q3 or write to ir@acmetronix.com about Acmetronix results', company)).toEqual([
      'Visit',
      'or',
      'write',
      'to',
      'about',
      'results',
    ])
  })

  it("checks a possessive by its word, and takes apostrophes inside words", () => {
    expect(words("the Company's don\u2019t")).toEqual(['the', 'Company', 'don\u2019t'])
  })
})
