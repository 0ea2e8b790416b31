import type { ComparisonPair, Measure } from '../../measures'
import type { ClaimContext, PairMatch } from './context'
import { pairAfter } from './context'
import { amountFits } from './tolerance'

/** The period a claim speaks of: the quarter, or the year to date. */
export type ClaimPeriod = 'quarter' | 'yearToDate'

/**
 * What a claim compares with. `stated` is false when the words name no base: a release then
 * means the same period a year ago.
 */
export interface ClaimBase {
  readonly pair: ComparisonPair
  readonly stated: boolean
  readonly start: number
  readonly end: number
}

/** The period of a claim at the offset: the year to date when the sentence names it before the claim. */
export function claimPeriod(context: ClaimContext, offset: number): ClaimPeriod {
  const { pairs, others } = context.sentence
  for (const token of pairs) {
    if (token.start >= offset) break
    if (token.pair === 'yearAgoYearToDate') return 'yearToDate'
  }
  for (const ref of others) {
    if (ref.start >= offset) break
    if (ref.kind === 'span' && ref.months > 3) return 'yearToDate'
  }
  return 'quarter'
}

function yearAgo(period: ClaimPeriod): ComparisonPair {
  return period === 'yearToDate' ? 'yearAgoYearToDate' : 'yearAgoQuarter'
}

/** A base named before the sentence's first claim ("Compared with the prior year, sales rose 19%") applies to every claim of the sentence. */
function frontedBase(context: ClaimContext, firstClaim: number): PairMatch | null {
  const start = context.sentence.range.start
  return pairAfter(context, start, firstClaim)
}

/**
 * The base of a claim from its words: the phrase after it (before the next claim), else one
 * fronted before the sentence's first claim, else the same period a year ago.
 */
export function claimBase(
  context: ClaimContext,
  claim: { readonly start: number; readonly end: number },
  limit: number,
  firstClaim: number,
  period: ClaimPeriod = claimPeriod(context, claim.start),
): ClaimBase {
  const after = pairAfter(context, claim.end, limit)
  const named = after ?? frontedBase(context, firstClaim)
  if (named !== null) {
    // "A year ago" is the year to date's year ago in a sentence about the year to date.
    const pair =
      period === 'yearToDate' && named.pair === 'yearAgoQuarter' && !named.strong
        ? 'yearAgoYearToDate'
        : named.pair
    return { pair, stated: true, start: named.start, end: named.end }
  }
  return { pair: yearAgo(period), stated: false, start: claim.end, end: claim.end }
}

/** Where the sentence's first claim (a direction word or a percent) starts: a base named before it is fronted. */
export function firstClaimStart(context: ClaimContext): number {
  const direction = context.sentence.directions[0]?.start ?? context.sentence.range.end
  const percent = context.sentence.percents[0]?.start ?? context.sentence.range.end
  return Math.min(direction, percent)
}

// A bullet or a semicolon starts a new item of a list run together into one sentence.
const ITEM_BREAK = /[;\u00b7\u2022\u25aa]/g
const PERIOD_WORDS =
  /\b(?:quarters?|quarterly|months?|weeks?|half|year[\s-]+to[\s-]+date|ytd|fiscal|FY\d*|Q[1-4]|[1-4]Q)\b/i

/** True when the claim's own item of the sentence names a period before it: its words decide, not its amounts. */
function namesPeriod(context: ClaimContext, offset: number): boolean {
  const text = context.paragraph.text
  const before = text.slice(context.sentence.range.start, offset)
  let itemStart = 0
  for (const match of before.matchAll(ITEM_BREAK)) itemStart = match.index + 1
  return PERIOD_WORDS.test(before.slice(itemStart))
}

// "rose 51.5 percent to $11.0 million": the amount a claim reaches, right after it.
const REACHES =
  /^(?:\s+(?:by\s+)?(?:more\s+than\s+|approximately\s+|about\s+|nearly\s+|almost\s+)?[\d.]+\s*(?:%|percent|per\s+cent))?\s*,?\s+(?:to|at)\s+$/i

/**
 * The period the amount a claim reaches pins: in a bullet list that lost its "For the nine
 * months" heading, "net earnings rose 51.5 percent to $11.0 million" is about the year to date
 * when $11.0 million is the year to date's figure and not the quarter's. Null when it pins none.
 */
export function reachedPeriod(
  context: ClaimContext,
  claim: { readonly start: number; readonly end: number },
  limit: number,
  measure: Measure | null,
): ClaimPeriod | null {
  if (measure === null || namesPeriod(context, claim.start)) return null
  const after = claim.end
  const amount = context.sentence.amounts.find((entry) => entry.start >= after)
  if (amount === undefined || amount.start >= limit) return null
  if (!REACHES.test(context.paragraph.text.slice(after, amount.start))) return null
  const fits = (period: ClaimPeriod): boolean =>
    context.index.figures.some(
      (figure) =>
        figure.measure === measure &&
        figure.period === period &&
        amountFits(amount, figure.magnitude),
    )
  const quarter = fits('quarter')
  const yearToDate = fits('yearToDate')
  if (quarter === yearToDate) return null
  return yearToDate ? 'yearToDate' : 'quarter'
}
