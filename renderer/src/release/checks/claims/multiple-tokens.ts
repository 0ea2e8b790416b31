import { NUMBER_WORDS, numberWordValue } from './number-words'
import type { DirectionToken } from './word-tokens'

const HEDGE = String.raw`(?:more\s+than|over|nearly|almost|approximately|about|roughly)\s+`
// "increased more than five times over", "rose nearly 3 times", "grew fourfold": a multiple after a verb of rising.
const TIMES = new RegExp(
  String.raw`(\b(?:increased|rose|grew|jumped|climbed|(?:were|was)\s+up|up)\s+(?:by\s+)?)(${HEDGE})?(\d+(?:\.\d+)?|${NUMBER_WORDS})(?:[\s-]+times\b|[\s-]?fold\b)`,
  'gi',
)
const QUADRUPLED = new RegExp(String.raw`\b(${HEDGE})?quadrupled\b`, 'gi')

function qualifierOf(hedge: string | undefined): DirectionToken['qualifier'] {
  if (hedge === undefined) return 'none'
  return /^(?:more\s+than|over)\s+$/i.test(hedge) ? 'moreThan' : 'approximately'
}

/** Multiples written as a number of times: "more than five times", "3-fold", "quadrupled". The token quotes the multiple, not the verb. */
export function multipleTokens(text: string): DirectionToken[] {
  const tokens: DirectionToken[] = []
  for (const match of text.matchAll(TIMES)) {
    const [whole, verb = '', hedge, number = ''] = match
    const value = /^\d/.test(number) ? Number(number) : numberWordValue(number)
    if (value === null || value < 2) continue
    const start = match.index + verb.length
    const end = match.index + whole.length
    tokens.push({
      kind: 'direction',
      start,
      end,
      sense: 'up',
      multiple: value,
      qualifier: qualifierOf(hedge),
      word: text.slice(start, end),
    })
  }
  for (const match of text.matchAll(QUADRUPLED)) {
    const [whole, hedge] = match
    const end = match.index + whole.length
    tokens.push({
      kind: 'direction',
      start: match.index,
      end,
      sense: 'up',
      multiple: 4,
      qualifier: qualifierOf(hedge),
      word: 'quadrupled',
    })
  }
  return tokens
}
