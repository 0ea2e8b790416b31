import { formatAmount } from '../../amount-format'
import { boundBelow } from '../../bounds'
import type { Comparison, Direction } from '../../comparisons'
import type { Dec } from '../../decimal'
import { measureKind, PAIRS } from '../../measures'
import type { ComparisonPair, Measure } from '../../measures'
import type { Finding } from '../finding'
import type { ClaimContext } from './context'
import {
  isForwardLooking,
  measureBefore,
  nextStart,
  pairAfter,
  report,
  sameCase,
  words,
} from './context'
import { comparisonKey } from './facts-index'
import type { AmountToken } from './number-tokens'
import { comparisonSentence } from './wording-text'
import type { DirectionToken, MeasureToken, Sense } from './word-tokens'

type Available = Exclude<Comparison, { readonly kind: 'unavailable' }>

const OPPOSITES: Readonly<Record<string, string>> = {
  increased: 'decreased',
  decreased: 'increased',
  increase: 'decrease',
  decrease: 'increase',
  increases: 'decreases',
  decreases: 'increases',
  increasing: 'decreasing',
  decreasing: 'increasing',
  rose: 'fell',
  fell: 'rose',
  risen: 'fallen',
  fallen: 'risen',
  rising: 'falling',
  falling: 'rising',
  grew: 'declined',
  grown: 'declined',
  growing: 'declining',
  declined: 'increased',
  declines: 'increases',
  decline: 'increase',
  declining: 'increasing',
  up: 'down',
  down: 'up',
  ahead: 'behind',
  behind: 'ahead',
  narrowed: 'widened',
  widened: 'narrowed',
  narrowing: 'widening',
  widening: 'narrowing',
  improved: 'worsened',
  improving: 'worsening',
}

/** Which way the signed figure must move for the word to be true. "Net loss increased" means the figure fell. */
function expectedDirection(sense: Sense, polarity: MeasureToken['polarity']): Direction {
  switch (sense) {
    case 'up':
      return polarity === 'loss' ? 'decrease' : 'increase'
    case 'down':
      return polarity === 'loss' ? 'increase' : 'decrease'
    case 'improve':
    case 'narrow':
      return 'increase'
    case 'widen':
      return 'decrease'
  }
}

const LINK =
  /\b(to|from)\s+(?:(?:a|an)\s+)?(?:(?:net\s+)?(?:income|loss|earnings|profit)\s+(?:of\s+)?)?$/i

/** "increased to $5.6 million from $4.7 million": the two figures the sentence itself names. */
function statedMove(
  context: ClaimContext,
  token: DirectionToken,
  limit: number,
  polarity: MeasureToken['polarity'],
): { readonly from: Dec; readonly to: Dec; readonly slack: Dec } | null {
  const amounts = context.sentence.amounts.filter(
    (amount) => amount.start >= token.end && amount.start < limit,
  )
  const [first, second] = amounts
  if (first === undefined || second === undefined) return null
  const text = context.paragraph.text
  const firstLink = LINK.exec(text.slice(token.end, first.start))
  const between = text.slice(first.end, second.start)
  const secondLink = between.length <= 60 ? LINK.exec(between) : null
  const a = firstLink?.[1]?.toLowerCase()
  const b = secondLink?.[1]?.toLowerCase()
  if (a === undefined || b === undefined || a === b) return null
  const signed = (amount: AmountToken, link: RegExpExecArray | null): Dec => {
    const lossWords = /loss/i.test(link?.[0] ?? '')
    const wordsSign = polarity === 'loss' && !first.negative && !second.negative
    return amount.negative || lossWords || wordsSign ? amount.magnitude.negated() : amount.magnitude
  }
  const firstValue = signed(first, firstLink)
  const secondValue = signed(second, secondLink)
  const [from, to] = a === 'from' ? [firstValue, secondValue] : [secondValue, firstValue]
  // Figures printed too coarsely to tell apart ("$0.0 million" and "$9") show no direction.
  const slack = first.unit.plus(second.unit).dividedBy(2)
  return { from, to, slack }
}

function comparisonsFor(
  context: ClaimContext,
  measure: Measure,
  pairs: readonly ComparisonPair[],
): Available[] {
  const found: Available[] = []
  for (const pair of pairs) {
    const comparison = context.index.comparisons.get(comparisonKey(measure, pair))
    if (comparison !== undefined && comparison.kind !== 'unavailable') found.push(comparison)
  }
  return found
}

function flip(word: string): string | null {
  const opposite = OPPOSITES[word.toLowerCase()]
  return opposite === undefined ? null : sameCase(word, opposite)
}

function multipleFinding(
  context: ClaimContext,
  token: DirectionToken,
  measure: Measure,
  pairs: readonly ComparisonPair[],
): Finding | null {
  if (token.multiple === null) return null
  const factor = token.multiple === 'doubled' ? 100 : 200
  const need =
    token.qualifier === 'moreThan'
      ? factor
      : token.qualifier === 'approximately'
        ? factor * 0.8
        : factor - 5
  const facts = pairs
    .map((pair) => context.index.percents.get(comparisonKey(measure, pair)))
    .filter((entry) => entry !== undefined)
  if (facts.length === 0) return null
  const holds = (magnitude: Dec): boolean =>
    token.qualifier === 'moreThan'
      ? magnitude.greaterThan(need)
      : magnitude.greaterThanOrEqualTo(need)
  if (facts.some((entry) => entry.percent.isPositive() && holds(entry.magnitude))) return null
  const [first] = facts
  if (first === undefined) return null
  const bound = boundBelow(first.magnitude, first.percent.isPositive())
  const text =
    bound.kind === 'moreThan' && first.percent.isPositive()
      ? `increased by more than ${bound.percent.toFixed(0)}%`
      : null
  return report(context, token.start, token.end, {
    severity: 'error',
    rule: 'overstated-bound',
    message: `${comparisonSentence(context.index, first.comparison, true)}, which is not “${words(context, token.start, token.end)}”.`,
    ...(text === null ? {} : { expected: text, fixes: [{ kind: 'replace' as const, text }] }),
  })
}

function directionFinding(context: ClaimContext, token: DirectionToken): Finding | null {
  const named = measureBefore(context, token.start)
  if (named === undefined || named.measure === null) return null
  if (isForwardLooking(context, token.start)) return null
  const measure = named.measure
  if (
    (token.sense === 'narrow' || token.sense === 'widen') &&
    measure !== 'netIncome' &&
    measure !== 'dilutedEps'
  )
    return null
  const limit = nextStart(context.sentence.directions, token.end, context)
  const pair = pairAfter(context, token.end, limit)
  const word = token.word.toLowerCase()
  const percentBefore = context.sentence.percents.some(
    (percent) => percent.end <= token.start && token.start - percent.end <= 2,
  )
  if ((word === 'ahead' || word === 'behind') && pair === null && !percentBefore) return null
  const expected = expectedDirection(token.sense, named.polarity)
  const fix = flip(token.word)
  const fixes =
    fix === null ? {} : { expected: fix, fixes: [{ kind: 'replace' as const, text: fix }] }
  const move = statedMove(context, token, limit, named.polarity)
  if (move !== null) {
    const change = move.to.minus(move.from)
    if (change.abs().lessThan(move.slack) || change.isPositive() === (expected === 'increase'))
      return null
    return report(context, token.end - token.word.length, token.end, {
      severity: 'error',
      rule: 'direction',
      message: `The figures go from ${formatAmount(move.from, measureKind(measure), context.index.style)} to ${formatAmount(move.to, measureKind(measure), context.index.style)}, ${change.isPositive() ? 'up' : 'down'}, so “${token.word}” is the wrong direction.`,
      ...fixes,
    })
  }
  const pairs =
    pair === null
      ? PAIRS
      : pair.strong
        ? [pair.pair]
        : (['yearAgoQuarter', 'yearAgoYearToDate'] as const)
  const multiple = multipleFinding(context, token, measure, pairs)
  if (multiple !== null) return multiple
  const comparisons = comparisonsFor(context, measure, pairs)
  const [first] = comparisons
  if (first === undefined || comparisons.some((entry) => entry.direction === expected)) return null
  const wordStart = token.end - token.word.length
  return report(context, wordStart, token.end, {
    severity: 'error',
    rule: 'direction',
    message: `${comparisonSentence(context.index, first, true)}, so “${token.word}” is the wrong direction.`,
    ...fixes,
  })
}

/** Direction words that contradict the figures, and "doubled"/"tripled" that the change does not reach. */
export function directionClaims(context: ClaimContext): Finding[] {
  const findings: Finding[] = []
  for (const token of context.sentence.directions) {
    const found = directionFinding(context, token)
    if (found !== null) findings.push(found)
  }
  return findings
}
