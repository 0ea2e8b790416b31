import { catalogueMeasure } from './measure-catalogue'
import type { MeasureDefinition, MeasureWords } from './measure-definition'

/**
 * The words a release uses for a measure the person named, built from the name as typed: a
 * user's own measure has no hand-written word table, so its name is all the checker has.
 */

const SPECIAL = /[.*+?^${}()|[\]\\]/g
const SEPARATOR = String.raw`[\s-]+`
// "income", "profit", "earnings": a money measure named so is a result that can be a loss.
const RESULT_WORD = /\b(?:income|profits?|earnings)\b/i
const LOSS_WORD = /\bloss(?:es)?\b/i
const LOSS_SUFFIX = /\s*\(loss\)\s*$/i
// Words that end in "s" and are singular: "Aerospace business", "Gross", "Analysis".
const SINGULAR_S = /(?:ss|us|is|ics|news)$/i

function escape(text: string): string {
  return text.replace(SPECIAL, '\\$&')
}

function wordsOf(text: string): string[] {
  return text
    .trim()
    .split(/[\s-]+/)
    .filter((word) => word !== '')
}

/** The fragment for a word in the singular and the plural: "revenue" → "revenues?", "sales" → "sales?". */
function eitherNumber(word: string): string {
  if (!/^[A-Za-z]+$/.test(word)) return escape(word)
  if (/[^aeiou]ies$/i.test(word)) return `${escape(word.slice(0, -3))}(?:y|ies)`
  if (/[^aeiou]y$/i.test(word)) return `${escape(word.slice(0, -1))}(?:y|ies)`
  if (/(?:ss|sh|ch|x)$/i.test(word)) return `${escape(word)}(?:es)?`
  if (/s$/i.test(word) && !SINGULAR_S.test(word)) return `${escape(word.slice(0, -1))}s?`
  return `${escape(word)}s?`
}

// A word that opens a qualifier a release may set off by commas: "total operating expenses, before depreciation and amortization,".
const QUALIFIER_WORD = /^(?:before|after|excluding|including|net|less|attributable|exclusive|inclusive)$/i
const COMMA_SEPARATOR = String.raw`(?:\s*,\s*|[\s-]+)`

/**
 * A phrase as a fragment: escaped, hyphen or space between words, the last word either number.
 * A comma may stand where the name has one ("Selling, general and administrative expenses") and
 * before a qualifier ("before depreciation"); never before any other word, so "revenue, gross
 * profit and operating income" stays a list.
 */
export function phraseFragment(text: string, number: 'either' | 'asTyped' = 'either'): string {
  const written = wordsOf(text)
  const words = written.map((word) => word.replace(/,+$/, '')).filter((word) => word !== '')
  const last = words.pop()
  if (last === undefined) return ''
  const tail = number === 'either' ? eitherNumber(last) : escape(last)
  const commaAfter = new Set(written.filter((word) => /,$/.test(word)).map((word) => word.replace(/,+$/, '')))
  return [...words.map(escape), tail].reduce((fragment, word, index) => {
    if (index === 0) return word
    const before = words[index - 1] ?? ''
    const bare = index === words.length ? last : (words[index] ?? '')
    const comma = commaAfter.has(before) || QUALIFIER_WORD.test(bare)
    return `${fragment}${comma ? COMMA_SEPARATOR : SEPARATOR}${word}`
  }, '')
}

/** Whether a name's last word is a plural ("Aerospace sales" were; "Aerospace revenue" was). */
export function isPluralName(name: string): boolean {
  const last = wordsOf(name.replace(LOSS_SUFFIX, '')).pop() ?? ''
  return /^[A-Za-z]+s$/.test(last) && !SINGULAR_S.test(last)
}

/** The name without a trailing "(loss)": "Aerospace operating income (loss)" → "Aerospace operating income". */
export function withoutLossSuffix(name: string): string {
  return name.replace(LOSS_SUFFIX, '').trim()
}

/** Whether a money measure's name says it is a result that can be a loss, which narrows or widens. */
export function namesAResult(name: string): boolean {
  return RESULT_WORD.test(name) || LOSS_WORD.test(name)
}

/** The name of the measure when negative: "Aerospace operating income" → "Aerospace operating loss"; null when the name has no result word. */
export function lossName(name: string): string | null {
  const positive = withoutLossSuffix(name)
  return RESULT_WORD.test(positive) ? positive.replace(RESULT_WORD, 'loss') : null
}

/**
 * The words a segment's name is built on: its parent's, or for a product line within a segment
 * ("Aerospace engines revenue" within "Aerospace revenue"), the built-in measure at the top, so
 * that the product line is "Aerospace engines sales", not "Aerospace engines Aerospace sales".
 */
export function wordsOfTheWhole(parent: MeasureDefinition): MeasureWords {
  if (parent.parent === null) return parent.words
  return catalogueMeasure(parent.parent)?.words ?? parent.words
}

/**
 * What is left of a segment's name once its parent's words are taken off the end: "Aerospace
 * revenue" of revenue → "Aerospace", "Animal Health segment sales" → "Animal Health"; a name with
 * no parent's words ("Aerospace segment", "Aerospace") → "Aerospace". Empty when the name is only
 * the parent's words.
 */
export function segmentName(name: string, parent: MeasureDefinition): string {
  const bare = withoutLossSuffix(name)
  const own = parent.words
  for (const fragment of [...own.names, ...own.profitNames, ...own.lossNames]) {
    if (new RegExp(String.raw`^(?:${fragment})$`, 'i').test(bare)) return ''
  }
  const { names, profitNames, lossNames } = wordsOfTheWhole(parent)
  for (const fragment of [...names, ...profitNames, ...lossNames]) {
    const whole = new RegExp(String.raw`^(?:${fragment})$`, 'i')
    if (whole.test(bare)) return ''
    const tail = new RegExp(
      String.raw`^(.*?)${SEPARATOR}(?:segment${SEPARATOR})?(?:${fragment})$`,
      'i',
    )
    const match = tail.exec(bare)
    if (match?.[1] !== undefined) return match[1].trim()
  }
  return bare.replace(/[\s-]+segment$/i, '').trim()
}

function unique(fragments: readonly string[]): readonly string[] {
  return [...new Set(fragments.filter((fragment) => fragment !== ''))]
}

/** A measure's own words from its name: a result ("… income") has its profit and loss forms. */
export function ownWords(name: string, result: boolean): MeasureWords {
  const positive = withoutLossSuffix(name)
  const negative = lossName(name)
  if (!result) return { names: unique([phraseFragment(positive)]), profitNames: [], lossNames: [] }
  const profit = negative === null ? [] : [phraseFragment(positive)]
  return {
    names: unique([
      negative === null
        ? phraseFragment(positive)
        : `${phraseFragment(positive, 'asTyped')}\\s*\\(loss\\)`,
    ]),
    profitNames: unique(profit),
    lossNames: unique(negative === null ? [] : [phraseFragment(negative)]),
  }
}

const OWNER = String.raw`(?:the\s+|our\s+|its\s+|their\s+)?`
const UNIT = String.raw`(?:${SEPARATOR}(?:segments?|business(?:es)?|divisions?|units?|groups?))`

/** The forms of one parent's word with a segment's name: "aerospace sales", "aerospace segment sales", "sales from our aerospace business". */
function segmentForms(segment: string, parentFragment: string): string[] {
  return [
    `${segment}${SEPARATOR}${parentFragment}`,
    `${segment}${SEPARATOR}segment(?:['\u2019]s)?${SEPARATOR}${parentFragment}`,
    `${segment}(?:['\u2019]s)${SEPARATOR}${parentFragment}`,
    String.raw`${parentFragment}\s+(?:from|in|of|at|for)\s+${OWNER}${segment}${UNIT}?`,
  ]
}

/**
 * The words of a segment: its own name's, and the segment's name with each of the parent's words
 * ("Aerospace revenue" of revenue: "aerospace revenues?", "aerospace sales", "aerospace segment
 * revenue", "revenue from the aerospace business", "aerospace segment").
 */
export function segmentWords(
  name: string,
  parent: MeasureDefinition,
  result: boolean,
): MeasureWords {
  const own = ownWords(name, result)
  const segment = phraseFragment(segmentName(name, parent), 'asTyped')
  const forms = (fragments: readonly string[]): string[] =>
    fragments.flatMap((fragment) => segmentForms(segment, fragment))
  const whole = wordsOfTheWhole(parent)
  return {
    names: unique([...own.names, ...forms(whole.names), `${segment}${SEPARATOR}segment`]),
    profitNames: unique([...own.profitNames, ...forms(whole.profitNames)]),
    lossNames: unique([...own.lossNames, ...forms(whole.lossNames)]),
  }
}
