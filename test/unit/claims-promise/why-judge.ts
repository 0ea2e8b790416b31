import type { WhyCase } from './why-table'

/** What one check said at one place, as the Checks tab and the CLI both show it. */
export interface Said {
  readonly severity: 'error' | 'warning'
  /** The words the finding quotes. */
  readonly quote: string
  readonly message: string
}

const overlaps = (quote: string, words: string): boolean =>
  quote !== '' && (quote.includes(words) || words.includes(quote))

/**
 * What is wrong with what the checker said on one sentence of the Why, or null when it said what
 * the table asks: an error at the words with a message naming the right figure, or no error.
 */
export function whyMismatch(entry: WhyCase, said: readonly Said[]): string | null {
  const errors = said.filter((item) => item.severity === 'error')
  const shown =
    said.map((item) => `${item.severity} "${item.quote}": ${item.message}`).join('\n') || 'nothing'
  if (entry.error === null) {
    if (errors.length > 0) return `"${entry.sentence}" is true, but got:\n${shown}`
    const warningAt = entry.warningAt
    if (warningAt !== undefined && !said.some((item) => overlaps(item.quote, warningAt)))
      return `"${entry.sentence}" needs a warning at "${warningAt}", got:\n${shown}`
    return null
  }
  const { at, says } = entry.error
  const here = errors.filter((item) => overlaps(item.quote, at))
  if (here.length === 0) return `"${entry.sentence}" needs an error at "${at}", got:\n${shown}`
  const messages = here.map((item) => item.message).join(' ')
  const missing = says.filter((pattern) => !pattern.test(messages))
  if (missing.length > 0)
    return `the error at "${at}" of "${entry.sentence}" does not say ${missing.join(', ')}:\n${shown}`
  return null
}
