/**
 * Text with characters a reader cannot see, as pasted from a web page or a chat: a right-to-left
 * override inside "$5.6 million" (shown as "$6.5 million" while it is there), a zero-width space
 * inside "$4.7 million", and fullwidth digits in "$９.９ million". The percent around them is
 * typed wrong on purpose (revenue rose 19% from the year-ago quarter), so a check must catch it.
 */
import { readFileSync } from 'node:fs'
import { SAMPLE_RELEASE } from './make-sample'

export const HIDDEN_TEXT = [
  'Revenue was $\u202E5.6\u202C million, up 25% from the same quarter a year ago.',
  'A year ago revenue was $4\u200B.7 million.',
  'Backlog stood at $\uFF19.\uFF19 million.',
] as const

/** The amounts a reader of the page sees in `HIDDEN_TEXT`, in order. */
export const AMOUNTS_SHOWN = ['$5.6 million', '$4.7 million', '$9.9 million'] as const

/** The percent typed wrong in `HIDDEN_TEXT`, and what the figures say. */
export const WRONG_PERCENT = { typed: '25%', expected: '19%' } as const

/**
 * Every "$… million" in the text, read as digits (fullwidth forms as ASCII, NFKC). An invisible
 * character inside an amount keeps it from matching: the amount is then missing here, as it is to
 * a reader searching for it.
 */
export function amountsIn(text: string): string[] {
  return Array.from(
    text.normalize('NFKC').matchAll(/\$[0-9][0-9.,]* million/g),
    (match) => match[0],
  )
}

/** The sample release as a file's JSON, with `HIDDEN_TEXT` as three more paragraphs of the results. */
export function sampleWithHiddenText(): Record<string, unknown> {
  const json = JSON.parse(readFileSync(SAMPLE_RELEASE, 'utf8')) as {
    narrative: { results: { content: unknown[] } }
  }
  json.narrative.results.content.push(
    ...HIDDEN_TEXT.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  )
  return json as unknown as Record<string, unknown>
}
