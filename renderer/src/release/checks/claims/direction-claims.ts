import { formatAmount, signedStyle } from '../../amount-format'
import { boundBelow } from '../../bounds'
import type { Comparison, Direction } from '../../comparisons'
import type { Dec } from '../../decimal'
import type { ComparisonPair, Measure } from '../../measures'
import type { Finding } from '../finding'
import { PERIOD_LABELS } from '../../field-text'
import { resultPhrase } from '../../wording'
import { claimBase, claimPeriod, firstClaimStart, reachedPeriod } from './base'
import { signDisagrees, statedMove } from './stated-move'
import type { StatedAmount } from './stated-move'
import type { ClaimContext } from './context'
import { isForwardLooking, nextStart, report, sameCase, words } from './context'
import { claimSubject, isVerb } from './subject'
import { comparisonKey, definitionIn } from './facts-index'
import { numberInWords } from './number-words'
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

function percentFix(magnitude: Dec, increase: boolean): string | null {
  const bound = boundBelow(magnitude, increase)
  return bound.kind === 'moreThan' && increase
    ? `increased by more than ${bound.percent.toFixed(0)}%`
    : null
}

/** "More than four times" for a ratio of 4.38: the whole times the figure grew, in the words' own form. */
function timesFix(token: DirectionToken, magnitude: Dec, increase: boolean): string | null {
  const ratio = magnitude.dividedBy(100).plus(1)
  const whole = ratio.floor()
  if (!increase || whole.lessThan(2) || whole.equals(ratio)) return null
  const number = /^\D*\d/.test(token.word) ? whole.toFixed(0) : numberInWords(whole.toNumber())
  const hedge = /^(?:more\s+than|over)\s/i.exec(token.word)?.[0] ?? 'more than '
  const tail = /fold$/i.test(token.word) ? '-fold' : ' times'
  return number === null ? null : `${hedge}${number}${tail}`
}

function multipleFinding(
  context: ClaimContext,
  token: DirectionToken,
  measure: Measure,
  pairs: readonly ComparisonPair[],
): Finding | null {
  if (token.multiple === null) return null
  // "Doubled" is a rise of 100%, "five times" one of 400%.
  const factor = (token.multiple - 1) * 100
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
  const text = /times|fold/i.test(token.word)
    ? timesFix(token, first.magnitude, first.percent.isPositive())
    : percentFix(first.magnitude, first.percent.isPositive())
  return report(context, token.start, token.end, {
    severity: 'error',
    rule: 'overstated-bound',
    message: `${comparisonSentence(context.index, first.comparison, true)}, which is not “${words(context, token.start, token.end)}”.`,
    ...(text === null ? {} : { expected: text, fixes: [{ kind: 'replace' as const, text }] }),
  })
}

function signFinding(
  context: ClaimContext,
  amount: StatedAmount,
  measure: Measure,
): Finding | null {
  if (!signDisagrees(context, amount) || amount.figure === null) return null
  const style = context.index.style
  const definition = definitionIn(context.index, measure)
  const { kind } = definition
  const right = formatAmount(amount.figure.value, kind, style)
  const what =
    definition.subject.swing !== null
      ? resultPhrase(amount.figure.value, style, definition)
      : `${right}${kind === 'perShare' ? ' per share' : ''}, ${amount.figure.value.isNegative() ? 'a loss' : 'a profit'}`
  const quote = words(context, amount.token.start, amount.token.end)
  // A loss written without its sign can take the sign; a profit called a loss needs other words.
  const fixes =
    amount.figure.value.isNegative() && !amount.token.negative
      ? { expected: right, fixes: [{ kind: 'replace' as const, text: right }] }
      : {}
  return report(context, amount.token.start, amount.token.end, {
    severity: 'error',
    rule: 'amount-sign',
    message: `${quote} reads as ${amount.value.isNegative() ? 'a loss' : 'a profit'}, but ${definition.inMessages} for ${PERIOD_LABELS[amount.figure.period]} is ${what}.`,
    ...fixes,
  })
}

function directionFinding(
  context: ClaimContext,
  token: DirectionToken,
  firstClaim: number,
  findings: Finding[],
): Finding | null {
  const wordStart = token.end - token.word.length
  const subject = claimSubject(context, token, isVerb(token.word) ? token.start : null)
  const named = subject?.token
  if (subject === null || named === undefined || named.measure === null) return null
  if (isForwardLooking(context, token.start)) return null
  const measure = named.measure
  if (
    (token.sense === 'narrow' || token.sense === 'widen') &&
    !definitionIn(context.index, measure).narrowsAndWidens
  )
    return null
  const limit = nextStart(context.sentence.directions, token.end, context)
  const period =
    reachedPeriod(context, token, limit, measure) ?? claimPeriod(context, subject.periodAt)
  const base = claimBase(context, token, limit, firstClaim, period)
  const word = token.word.toLowerCase()
  const percentBefore = context.sentence.percents.some(
    (percent) => percent.end <= token.start && token.start - percent.end <= 2,
  )
  if ((word === 'ahead' || word === 'behind') && !base.stated && !percentBefore) return null
  const expected = expectedDirection(token.sense, named.polarity)
  const fix = flip(token.word)
  const fixes =
    fix === null ? {} : { expected: fix, fixes: [{ kind: 'replace' as const, text: fix }] }
  const move = statedMove(context, token.end, limit, named, period, base)
  let pairs: readonly ComparisonPair[] = [base.pair]
  if (move !== null) {
    for (const amount of [move.current, move.prior]) {
      const sign = signFinding(context, amount, measure)
      if (sign !== null) findings.push(sign)
    }
    if (move.pair === null) {
      // Amounts that are not the release's figures: the sentence's own move decides.
      const change = move.current.value.minus(move.prior.value)
      if (change.abs().lessThan(move.slack) || change.isPositive() === (expected === 'increase'))
        return null
      const { kind } = definitionIn(context.index, measure)
      const style = context.index.style
      return report(context, token.end - token.word.length, token.end, {
        severity: 'error',
        rule: 'direction',
        message: `The figures go from ${formatAmount(move.prior.value, kind, signedStyle(style))} to ${formatAmount(move.current.value, kind, signedStyle(style))}, ${change.isPositive() ? 'up' : 'down'}, so “${token.word}” is the wrong direction.`,
        ...fixes,
      })
    }
    pairs = [move.pair]
  }
  const multiple = multipleFinding(context, token, measure, pairs)
  if (multiple !== null) return multiple
  const comparisons = comparisonsFor(context, measure, pairs)
  const [first] = comparisons
  if (first === undefined || comparisons.some((entry) => entry.direction === expected)) return null
  if (first.direction === 'flat') return null
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
  const firstClaim = firstClaimStart(context)
  for (const token of context.sentence.directions) {
    const found = directionFinding(context, token, firstClaim, findings)
    if (found !== null) findings.push(found)
  }
  return findings
}
