import { describe, expect, it } from 'vitest'
import { findInRichText, replaceInRichText } from '../../../renderer/src/release/find-in-rich-text'
import { fieldMatchesText, matchCountText } from '../../../renderer/src/release/find-text'
import type { FindQuery } from '../../../renderer/src/release/find-text'
import { rich } from '../../../renderer/src/release/narrative-builders'

const query = (text: string, options: Partial<FindQuery> = {}): FindQuery => ({ text, matchCase: false, wholeWord: false, ...options })
const words = (): string => 'IEC Electronics'

describe('finding words in a text block', () => {
  it('counts typed words, ignoring case unless asked, and counts matches in live fields apart', () => {
    const text = rich.doc(rich.paragraph('Sales rose at ', rich.company('shortName'), '; sales of IEC parts.'), rich.paragraph('SALES'))
    expect(findInRichText(text, query('sales'), words)).toEqual({ count: 3, inFields: 0 })
    expect(findInRichText(text, query('Sales', { matchCase: true }), words)).toEqual({ count: 1, inFields: 0 })
    expect(findInRichText(text, query('IEC'), words)).toEqual({ count: 1, inFields: 1 })
  })

  it('finds whole words only when asked, and never across a live field or a line break', () => {
    const text = rich.doc(rich.paragraph('net netting net', rich.hardBreak(), 'ne', rich.company('name'), 't'))
    expect(findInRichText(text, query('net'), words).count).toBe(3)
    expect(findInRichText(text, query('net', { wholeWord: true }), words).count).toBe(2)
    expect(findInRichText(text, query('netne'), words).count).toBe(0)
  })

  it('finds words that run across bold and plain text', () => {
    const text = rich.doc(rich.paragraph(rich.text('Reve', 'bold'), 'nue grew'))
    expect(findInRichText(text, query('revenue'), words).count).toBe(1)
  })

  it('takes the search as plain characters, not a pattern', () => {
    const text = rich.doc(rich.paragraph('up 5.2% (a.b)'))
    expect(findInRichText(text, query('5.2%'), words).count).toBe(1)
    expect(findInRichText(text, query('(a.b)'), words).count).toBe(1)
    expect(findInRichText(text, query('5x2'), words).count).toBe(0)
  })
})

describe('replacing words in a text block', () => {
  it('replaces every match, keeps the fields and the formatting where each match began', () => {
    const text = rich.doc(rich.paragraph(rich.text('Sales', 'bold'), ' of ', rich.company('shortName'), ' sales'))
    const result = replaceInRichText(text, query('sales'), 'revenue', null)
    expect(result.replaced).toBe(2)
    expect(result.text).toEqual(rich.doc(rich.paragraph(rich.text('revenue', 'bold'), ' of ', rich.company('shortName'), ' revenue')))
  })

  it('replaces only the chosen match, counted in reading order across paragraphs', () => {
    const text = rich.doc(rich.paragraph('one net'), rich.paragraph('two net, three net'))
    const result = replaceInRichText(text, query('net'), 'gross', 1)
    expect(result.replaced).toBe(1)
    expect(result.text).toEqual(rich.doc(rich.paragraph('one net'), rich.paragraph('two gross, three net')))
  })

  it('replaces a match that runs across bold and plain text with text of the first part', () => {
    const text = rich.doc(rich.paragraph(rich.text('Reve', 'bold'), 'nue grew'))
    expect(replaceInRichText(text, query('revenue'), 'Sales', null).text).toEqual(rich.doc(rich.paragraph(rich.text('Sales', 'bold'), ' grew')))
  })

  it('gives back the same text when nothing matches, and can delete words', () => {
    const text = rich.doc(rich.paragraph('a very good quarter'))
    expect(replaceInRichText(text, query('bad'), 'x', null).text).toBe(text)
    expect(replaceInRichText(text, query('very '), '', null).text).toEqual(rich.doc(rich.paragraph('a good quarter')))
    expect(replaceInRichText(rich.doc(rich.paragraph('gone')), query('gone'), '', null).text).toEqual(rich.doc(rich.paragraph()))
  })
})

describe('what the find bar says', () => {
  it('counts as a word processor does, and names matches left in live fields', () => {
    expect(matchCountText(2, 7)).toBe('3 of 7')
    expect(matchCountText(null, 0)).toBe('No matches')
    expect(fieldMatchesText(2, true)).toBe('2 matches are in live fields and were left: they follow the figures.')
    expect(fieldMatchesText(1, false)).toBe('1 match is in live fields, which replace leaves as they are.')
    expect(fieldMatchesText(0, true)).toBeNull()
  })
})
