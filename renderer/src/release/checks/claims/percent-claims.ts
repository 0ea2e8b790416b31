import { boundBelow } from '../../bounds'
import { percentChange } from '../../comparisons'
import { roundHalfUp } from '../../decimal'
import type { Dec } from '../../decimal'
import { PAIRS } from '../../measures'
import type { ComparisonPair, Measure } from '../../measures'
import type { Field } from '../../narrative-schema'
import type { Finding, Fix } from '../finding'
import { isFreeText, locate } from '../text-model'
import type { ClaimContext, PairMatch } from './context'
import { isForwardLooking, nextStart, report, words } from './context'
import { claimBase, claimPeriod, firstClaimStart, reachedPeriod } from './base'
import { claimSubject, isVerb } from './subject'
import { comparisonKey, definitionIn, percentRange } from './facts-index'
import { statedMove } from './stated-move'
import type { StatedMove } from './stated-move'
import type { PercentFacts } from './facts-index'
import type { PercentToken } from './number-tokens'
import { percentFits, percentFitsValue } from './tolerance'
import { comparisonSentence, priorWords } from './wording-text'
import type { DirectionToken } from './word-tokens'

const SHARE_OF = /^\s+of\b/i
const MARGIN_AFTER =
  /^\s*(?:(?:adjusted|gross|operating|net|pre-?tax|profit|ebitda|segment|contribution)\s+){0,3}margins?\b/i
// "Was unchanged at 31.5%", "steady at 40%": a level too.
const LEVEL_BEFORE = /\b(?:from|to|compared\s+(?:with|to)|versus|vs\.?|against|(?:unchanged|flat|steady|constant|stable)\s+at)\s+$/i
const COPULA_BEFORE = /\b(?:were|was|is|are)\s+$/i
// "Increased 27.4% on an annualized basis": a rate scaled to a year, which no two figures give.
const ANNUALIZED = /^\s*(?:\(?\s*)?(?:on\s+an?\s+)?annuali[sz]ed\b/i

function stated(token: PercentToken): string {
  return `${token.value.toFixed(token.decimals)}${token.unitText}`
}

function fitting(
  context: ClaimContext,
  token: PercentToken,
  measures: readonly Measure[],
  pairs: readonly ComparisonPair[],
): PercentFacts | undefined {
  for (const measure of measures) {
    for (const pair of pairs) {
      const facts = context.index.percents.get(comparisonKey(measure, pair))
      if (facts !== undefined && percentFits(token, facts)) return facts
    }
  }
  return undefined
}

function closest(
  context: ClaimContext,
  token: PercentToken,
  measures: readonly Measure[],
  pairs: readonly ComparisonPair[],
): PercentFacts | undefined {
  let best: PercentFacts | undefined
  let distance: Dec | undefined
  for (const measure of measures) {
    for (const pair of pairs) {
      const facts = context.index.percents.get(comparisonKey(measure, pair))
      if (facts === undefined) continue
      const gap = facts.magnitude.minus(token.value).abs()
      if (distance === undefined || gap.lessThan(distance)) {
        best = facts
        distance = gap
      }
    }
  }
  return best
}

/** The direction word of the percent's clause: before it ("increased 19%") or right after it ("19% ahead"). */
function directionOf(
  context: ClaimContext,
  token: PercentToken,
  clauseStart: number,
): DirectionToken | undefined {
  let found: DirectionToken | undefined
  for (const direction of context.sentence.directions) {
    if (direction.start >= clauseStart && direction.end <= token.start) found = direction
    else if (direction.start >= token.end && direction.start - token.end <= 2) return direction
  }
  return found
}

/** The words the replacement text gets: the same qualifier and unit, the right number. */
function replacement(
  context: ClaimContext,
  token: PercentToken,
  facts: PercentFacts,
): string | null {
  const qualifier = words(context, token.start, token.numberStart)
  if (token.qualifier === 'moreThan') {
    const bound = boundBelow(facts.magnitude, facts.percent.isPositive())
    if (bound.kind !== 'moreThan') return null
    return `${qualifier}${bound.percent.toFixed(0)}${token.unitText}`
  }
  const number = roundHalfUp(facts.magnitude, token.decimals).toFixed(token.decimals)
  const keep = token.qualifier === 'approximately' ? qualifier : ''
  return `${keep}${number}${token.unitText}`
}

/** A live comparison field to put in place of the predicate, from its verb to the words naming the prior period. */
function liveFieldFix(
  context: ClaimContext,
  token: PercentToken,
  direction: DirectionToken | undefined,
  pair: PairMatch | null,
  measure: Measure,
): Fix | null {
  if (pair === null) return null
  let start =
    direction !== undefined && direction.end <= token.start ? direction.start : token.start
  const copula = COPULA_BEFORE.exec(context.paragraph.text.slice(Math.max(0, start - 8), start))
  if (copula !== null) start -= copula[0].length
  if (!isFreeText(context.paragraph, start, pair.end)) return null
  const located = locate(context.paragraph, start, pair.end)
  const first = context.paragraph.text.charAt(start)
  const field: Field = {
    kind: 'comparison',
    measure,
    pair: pair.pair,
    withSubject: false,
    textCase: first !== first.toLowerCase() ? 'sentence' : 'asIs',
  }
  return { kind: 'liveField', field, start: located.start, end: located.end }
}

/** "The figures, as precisely as they are entered, allow 7.2% to 12.3%": said when rounding widens the range. */
function rangeWords(facts: PercentFacts, token: PercentToken): string {
  const decimals = Math.max(1, token.decimals)
  const low = facts.low.toFixed(decimals)
  const high = facts.high.toFixed(decimals)
  if (low === high) return ''
  return ` The figures, as precisely as they are entered, allow ${low}% to ${high}%.`
}

/** A percent judged against the two amounts its own sentence states, when they are not the release's figures. */
function statedPercentFinding(
  context: ClaimContext,
  token: PercentToken,
  move: StatedMove,
): Finding | null {
  const range = percentRange(
    move.current.value,
    move.prior.value,
    move.current.token.unit,
    move.prior.token.unit,
  )
  const central = percentChange(move.current.value, move.prior.value)
  if (range === null || central === null) return null
  const facts = { low: range.low, high: range.high, magnitude: central.abs() }
  if (percentFitsValue(token.value, token.decimals, token.qualifier, facts)) return null
  const from = words(context, move.prior.token.start, move.prior.token.end)
  const to = words(context, move.current.token.start, move.current.token.end)
  const text = `${roundHalfUp(central.abs(), token.decimals).toFixed(token.decimals)}${token.unitText}`
  const spread =
    range.low.toFixed(1) === range.high.toFixed(1)
      ? ''
      : ` (${range.low.toFixed(1)}% to ${range.high.toFixed(1)}% within the amounts’ rounding)`
  const bound = token.qualifier === 'moreThan' || token.qualifier === 'atLeast'
  return report(context, token.start, token.end, {
    severity: 'error',
    rule: bound ? 'overstated-bound' : 'wrong-percent',
    message: `From ${from} to ${to} is a change of ${central.abs().toFixed(2)}%${spread}, not ${stated(token)}.`,
    ...(token.qualifier === 'none'
      ? { expected: text, fixes: [{ kind: 'replace' as const, text }] }
      : {}),
  })
}

function percentFinding(
  context: ClaimContext,
  token: PercentToken,
  clauseStart: number,
  firstClaim: number,
): Finding | null {
  if (token.unit !== 'percent') return null
  if (SHARE_OF.test(context.paragraph.text.slice(token.end, token.end + 8))) return null
  // "A 70% gross margin", "a 15.2% operating margin": the percent is a margin's level, not a change.
  if (MARGIN_AFTER.test(context.paragraph.text.slice(token.end, token.end + 40))) return null
  if (isForwardLooking(context, token.start)) return null
  if (ANNUALIZED.test(context.paragraph.text.slice(token.end, token.end + 30))) return null
  // "Down from 20.1%", "compared with 15%": a level or an earlier change, not this release's change.
  if (LEVEL_BEFORE.test(context.paragraph.text.slice(Math.max(0, token.start - 20), token.start)))
    return null
  const direction = directionOf(context, token, clauseStart)
  const verb =
    direction !== undefined && direction.end <= token.start && isVerb(direction.word)
      ? direction.start
      : null
  const subject = claimSubject(context, token, verb)
  if (subject === null) return null
  const named = subject.token
  if (named !== undefined && named.measure === null) return null
  const explicit = named?.measure ?? null
  // "Gross margin was 58.7%": a ratio's percent is its level; its change is in points (point-claims.ts).
  if (explicit !== null && definitionIn(context.index, explicit).kind === 'ratio') return null
  const limit = nextStart(context.sentence.percents, token.end, context)
  const period =
    reachedPeriod(context, token, limit, explicit) ?? claimPeriod(context, subject.periodAt)
  const base = claimBase(context, token, limit, firstClaim, period)
  const pair: PairMatch | null = base.stated
    ? { pair: base.pair, strong: true, start: base.start, end: base.end }
    : null
  // A percent with no direction and no comparison is a level ("a margin of 7%"), not a change.
  if (direction === undefined && pair === null) return null
  const reported = context.index.facts.resolution.figures.measures
    .filter((measure) => measure.kind !== 'ratio')
    .map((measure) => measure.id)
  const measures = explicit === null ? reported : [explicit]
  const move = statedMove(context, token.end, limit, named, period, base)
  if (move !== null && move.pair === null) return statedPercentFinding(context, token, move)
  const pairs = [move?.pair ?? base.pair]
  if (fitting(context, token, measures, pairs) !== undefined) return null
  // The sentence's own amounts, at their rounding, may allow what the entered figures do not.
  if (move !== null && statedPercentFinding(context, token, move) === null) return null
  const base_ = {
    severity: 'error' as const,
    rule:
      token.qualifier === 'moreThan' || token.qualifier === 'atLeast'
        ? ('overstated-bound' as const)
        : ('wrong-percent' as const),
  }
  // A bound that another base would allow is still judged as a bound: "which is not more than 20%".
  const isBound = token.qualifier !== 'none' && token.qualifier !== 'approximately'
  const otherPeriod =
    explicit === null || isBound ? undefined : fitting(context, token, [explicit], PAIRS)
  if (otherPeriod !== undefined) {
    const named = pairs[0] ?? base.pair
    const own = context.index.percents.get(comparisonKey(otherPeriod.comparison.measure, named))
    const unstated = base.stated ? '' : ', the comparison a release means when it names none'
    const right =
      own === undefined ? '' : ` ${comparisonSentence(context.index, own.comparison, true)}.`
    const text = own === undefined ? null : replacement(context, token, own)
    return report(context, token.start, token.end, {
      ...base_,
      rule: 'wrong-percent',
      message: `${stated(token)} is the change against ${priorWords(context.index, otherPeriod.comparison.pair)}, not against ${priorWords(context.index, named)}${unstated}.${right}`,
      ...(text === null ? {} : { expected: text, fixes: [{ kind: 'replace' as const, text }] }),
    })
  }
  if (explicit === null && fitting(context, token, reported, PAIRS) !== undefined) return null
  if (explicit !== null) {
    const comparison = context.index.comparisons.get(comparisonKey(explicit, pairs[0] ?? base.pair))
    if (
      comparison !== undefined &&
      (comparison.kind === 'swing' || (comparison.kind === 'change' && comparison.percent === null))
    ) {
      return report(context, token.start, token.end, {
        ...base_,
        rule: 'wrong-percent',
        message: `No percent change is meaningful here, as the figures cross or start from zero: ${comparisonSentence(context.index, comparison, true)}.`,
      })
    }
  }
  const best = closest(context, token, measures, pairs)
  if (best === undefined) return null
  const range = rangeWords(best, token)
  const right = comparisonSentence(context.index, best.comparison, true)
  const message =
    base_.rule === 'overstated-bound'
      ? `${right}, which is not ${words(context, token.start, token.end).trim()}.${range}`
      : `${right}, not ${words(context, token.start, token.end).trim()}.${range}`
  const text = replacement(context, token, best)
  const live = liveFieldFix(context, token, direction, pair, best.comparison.measure)
  const fixes: Fix[] = [
    ...(text === null ? [] : [{ kind: 'replace' as const, text }]),
    ...(live === null ? [] : [live]),
  ]
  return report(context, token.start, token.end, {
    ...base_,
    message,
    ...(text === null ? {} : { expected: text }),
    fixes,
  })
}

/** Percent changes that fit none of the release's comparisons, and bounds the change does not reach. */
export function percentClaims(context: ClaimContext, levels: ReadonlySet<PercentToken>): Finding[] {
  const findings: Finding[] = []
  let clauseStart = context.sentence.range.start
  const firstClaim = firstClaimStart(context)
  for (const token of context.sentence.percents) {
    if (!levels.has(token)) {
      const found = percentFinding(context, token, clauseStart, firstClaim)
      if (found !== null) findings.push(found)
    }
    clauseStart = token.end
  }
  return findings
}
