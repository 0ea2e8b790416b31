import type { AmountSubject } from './amount-subject'
import { amountSubject, periodsOfWords } from './amount-subject'
import type { ClaimContext } from './context'
import { words } from './context'
import type { AmountToken } from './number-tokens'

// "$2.2 million compared to $1.3 million", "$3.0 million compared to a loss of $1.7 million": the
// amount right after the words is the earlier figure of the same measure.
const COMPARED_WORDS =
  /^\s*,?\s*(?:(?:as\s+)?compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:(?:a|an)\s+)?(?:(?:net\s+)?(?:loss|income|earnings|profit)\s+of\s+)?$/i

/** Where the words that may name the earlier figure's period end: before the sentence's next claim. */
function periodWordsEnd(context: ClaimContext, amount: AmountToken): number {
  const { sentence } = context
  let end = sentence.range.end
  for (const token of [...sentence.amounts, ...sentence.measures, ...sentence.percents, ...sentence.directions])
    if (token.start >= amount.end && token.start < end) end = token.start
  return end
}

/**
 * The earlier figure an amount is stated as when it follows "compared to" right after a figure of
 * a measure and its own words name its period: "total operating expenses … amounted to $2.2
 * million compared to $1.3 million for the six months ended June 30, 2007" states $1.3 million as
 * the year-ago six months'. Null when the words name no earlier period of the release.
 */
export function comparedAmountSubject(context: ClaimContext, amount: AmountToken): AmountSubject | null {
  const previous = [...context.sentence.amounts].reverse().find((entry) => entry.end <= amount.start)
  if (previous === undefined || !COMPARED_WORDS.test(words(context, previous.end, amount.start))) return null
  const current = amountSubject(context, previous)
  if (current === null) return null
  const periods = periodsOfWords(context, amount.end, periodWordsEnd(context, amount))
  if (periods === null || periods === 'other') return null
  // Only an earlier period: "compared to $1.3 million for this quarter" is not a comparison.
  if (periods.some((period) => period === 'quarter' || period === 'yearToDate')) return null
  return { measure: current.measure, subject: current.subject, periods, stated: true }
}
