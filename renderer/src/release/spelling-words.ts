import type { Company } from './document-schema'

/** A word of typed text the spelling looks up: its letters and where they stand. */
export interface SpellingWord {
  readonly word: string
  readonly start: number
  readonly end: number
}

// Letters, with apostrophes inside ("company's", "don’t"); a hyphen splits words, each checked alone.
const WORD = /\p{L}+(?:['\u2019]\p{L}+)*/gu
// A run of characters without spaces that is a web or e-mail address, or a file name: not words.
const ADDRESS = /(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|gov|edu|io|co|us|uk)\b\S*)/giu

/** The words of the company's own names, as the spelling should accept them: "IEC", "Electronics", "IECE". */
export function companyWords(company: Pick<Company, 'name' | 'shortName' | 'ticker'>): ReadonlySet<string> {
  const words = [company.name, company.shortName, company.ticker].flatMap((text) => [...text.matchAll(WORD)].map((match) => match[0]))
  return new Set(words)
}

function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()
}

/**
 * The words of `text` worth a dictionary look-up. Left out: numbers and amounts (no letters),
 * words joined to digits ("3rd", "Q3", "10-K"), all-capital words (tickers, acronyms such as
 * "EMS"), single letters, web and e-mail addresses, and the company's own names. A field's words
 * never reach here: the editor gives U+FFFC in their place.
 */
export function wordsToCheck(text: string, skip: ReadonlySet<string>): readonly SpellingWord[] {
  const addresses = [...text.matchAll(ADDRESS)].map((match): readonly [number, number] => [match.index, match.index + match[0].length])
  const inAddress = (at: number): boolean => addresses.some(([from, to]) => from <= at && at < to)
  const words: SpellingWord[] = []
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(/['\u2019]s$/u, '')
    const start = match.index
    const end = start + match[0].length
    if (word.length < 2 || isAllCaps(word) || skip.has(word) || skip.has(match[0])) continue
    if (/\d/u.test(text.charAt(start - 1)) || /\d/u.test(text.charAt(end))) continue
    if (inAddress(start)) continue
    words.push({ word, start, end: start + word.length })
  }
  return words
}
