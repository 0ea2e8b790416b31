import { percentChange } from '../../comparisons'
import { Dec, roundHalfUp } from '../../decimal'
import { PERIOD_LABELS } from '../../field-text'
import type { MeasureDefinition } from '../../measure-definition'
import { ratioStyle } from '../../house-style'
import { pairPeriods } from '../../measures'
import type { ComparisonPair, PeriodKey } from '../../measures'
import type { RatioLookup, RatioValue } from '../../ratio-parts'
import { formatRatio } from '../../ratio-wording'
import type { Finding, FindingInput } from '../finding'
import { textLocation } from '../finding'
import { claimBase, claimPeriod, firstClaimStart } from './base'
import type { ClaimContext, SentenceTokens } from './context'
import type { FactsIndex } from './facts-index'
import { paragraphTokens } from './paragraph-tokens'
import type { TextParagraph } from '../text-model'
import { isForwardLooking, pairAfter, report, sameCase, words } from './context'
import { pointsClaims } from './points-claims'
import { ratioMentions, ratioPercents } from './ratio-mentions'
import type { RatioPercent } from './ratio-mentions'
import { halfUnit } from './tolerance'

/** The ratio measures a release defines and their values, which the facts index does not hold yet. */
export interface RatioClaimFacts {
  readonly ratios: readonly MeasureDefinition[]
  readonly values: RatioLookup
  /** Every measure of the release, so that "gross profit …, or 31.5% of sales" is read as the gross margin. */
  readonly measures?: readonly MeasureDefinition[]
}

const HUNDRED = new Dec(100)

interface Range {
  readonly low: Dec
  readonly high: Dec
}

/** The sizes, without sign, that a signed range of changes allows. */
function sizes(range: Range): Range {
  if (range.low.lessThanOrEqualTo(0) && range.high.greaterThanOrEqualTo(0))
    return { low: new Dec(0), high: Dec.max(range.low.abs(), range.high.abs()) }
  return {
    low: Dec.min(range.low.abs(), range.high.abs()),
    high: Dec.max(range.low.abs(), range.high.abs()),
  }
}

function meets(stated: Dec, slack: Dec, range: Range): boolean {
  return (
    stated.plus(slack).greaterThanOrEqualTo(range.low) &&
    stated.minus(slack).lessThanOrEqualTo(range.high)
  )
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The ratio's move as a finding says it: "gross margin rose 1.5 percentage points against the same quarter a year ago, from 30.0% to 31.5%". */
function moveWords(
  definition: MeasureDefinition,
  current: RatioValue,
  prior: RatioValue,
  priorPeriod: PeriodKey,
  decimals: number,
  basis: boolean,
): string {
  const change = current.value.minus(prior.value)
  const subject = capitalised(definition.inMessages)
  const from = `from ${formatRatio(prior.value, decimals)} to ${formatRatio(current.value, decimals)}`
  if (change.isZero())
    return `${subject} was unchanged against ${PERIOD_LABELS[priorPeriod]}, at ${formatRatio(current.value, decimals)}`
  const verb = change.isNegative() ? 'fell' : 'rose'
  return `${subject} ${verb} ${pointWords(change.abs(), decimals, basis)} against ${PERIOD_LABELS[priorPeriod]}, ${from}`
}

function pointWords(points: Dec, decimals: number, basis: boolean): string {
  if (basis) {
    const count = roundHalfUp(points.times(HUNDRED), 0)
    return `${count.toFixed(0)} basis ${count.equals(1) ? 'point' : 'points'}`
  }
  const count = roundHalfUp(points, decimals)
  return `${count.toFixed(decimals)} percentage ${count.equals(1) ? 'point' : 'points'}`
}

function finish(
  context: ClaimContext,
  start: number,
  end: number,
  input: Omit<FindingInput, 'location' | 'quote'>,
): Finding[] {
  const found = report(context, start, end, input)
  return found === null ? [] : [found]
}

function levelFindings(
  context: ClaimContext,
  claim: RatioPercent,
  period: PeriodKey,
  value: RatioValue,
): Finding[] {
  const { token } = claim
  // Half-open, as rounding half up is: an entered 24 is below 24.5, and "25%" is 24.5 or more.
  const half = halfUnit(token.decimals)
  const meetsLevel =
    token.value.plus(half).greaterThan(value.low) &&
    (value.source === 'derived'
      ? token.value.minus(half).lessThanOrEqualTo(value.high)
      : token.value.minus(half).lessThan(value.high))
  if (meetsLevel) return []
  const right = `${roundHalfUp(value.value, token.decimals).toFixed(token.decimals)}${token.unitText}`
  const how = value.source === 'derived' ? ', from its parts,' : ''
  return finish(context, token.numberStart, token.end, {
    severity: 'error',
    rule: 'ratio-level',
    message: `${capitalised(claim.mention.definition.inMessages)} for ${PERIOD_LABELS[period]} is${how} ${formatRatio(value.value, Math.max(1, token.decimals))}, not ${words(context, token.numberStart, token.end)}.`,
    expected: right,
    fixes: [{ kind: 'replace', text: right }],
  })
}

const OPPOSITE: Readonly<Record<string, string>> = {
  increased: 'decreased',
  decreased: 'increased',
  rose: 'fell',
  fell: 'rose',
  grew: 'declined',
  up: 'down',
  down: 'up',
  improved: 'declined',
  declined: 'improved',
  expanded: 'contracted',
  contracted: 'expanded',
  higher: 'lower',
  lower: 'higher',
}

function directionFindings(
  context: ClaimContext,
  claim: RatioPercent,
  change: Range,
  move: string,
): Finding[] {
  const direction = claim.direction
  if (direction === null) return []
  const up = change.low.isPositive() && !change.low.isZero()
  const down = change.high.isNegative() && !change.high.isZero()
  if ((!up && !down) || direction.up === up) return []
  const opposite = OPPOSITE[direction.word.toLowerCase()]
  const text = opposite === undefined ? null : sameCase(direction.word, opposite)
  return finish(context, direction.start, direction.end, {
    severity: 'error',
    rule: 'ratio-points',
    message: `${move}: \u201c${direction.word}\u201d says the opposite.`,
    ...(text === null ? {} : { expected: text, fixes: [{ kind: 'replace' as const, text }] }),
  })
}

function exactly(value: RatioValue): RatioValue {
  return { ...value, low: value.value, high: value.value }
}

/**
 * The two levels a stated change is judged on. Two entered levels are what a reader subtracts, as
 * entered. Otherwise, where both periods' parts are entered, the parts: an entered 15.2% less a
 * 14.2715% derived from the parts is no change anyone computed. When the parts' own rounding moves
 * the change by less than one unit of the claim's last digit (a table in thousands, for basis
 * points), the parts settle that digit, as the house computes a change from the unrounded
 * figures: 95.49 basis points is 95, and 96 is the double rounding of 15.23% less 14.27%.
 */
function judgedLevels(current: RatioValue, prior: RatioValue, claimUnit: Dec): readonly [RatioValue, RatioValue] {
  const both = current.source === 'entered' && prior.source === 'entered'
  if (both || current.parts === null || prior.parts === null) return [current, prior]
  const now: RatioValue = { ...current.parts, source: current.source, parts: current.parts }
  const before: RatioValue = { ...prior.parts, source: prior.source, parts: prior.parts }
  const spread = now.high.minus(now.low).plus(before.high.minus(before.low))
  return spread.lessThan(claimUnit) ? [exactly(now), exactly(before)] : [now, before]
}

function changeFindings(
  context: ClaimContext,
  claim: RatioPercent,
  entered: RatioValue,
  enteredPrior: RatioValue,
  priorPeriod: PeriodKey,
): Finding[] {
  const { token } = claim
  // The unit of the claim's last digit, in points: 0.01 for "96 basis points", 0.1 for "1.5 points".
  const claimUnit = new Dec(10).pow(-token.decimals).dividedBy(token.unit === 'basisPoints' ? HUNDRED : 1)
  const [current, prior] = judgedLevels(entered, enteredPrior, claimUnit)
  const signed = { low: current.low.minus(prior.high), high: current.high.minus(prior.low) }
  const size = sizes(signed)
  const decimals = Math.max(1, token.decimals)
  const basisStyle = ratioStyle(context.index.style).ratioChange === 'basisPoints'
  const move = moveWords(
    claim.mention.definition,
    current,
    prior,
    priorPeriod,
    decimals,
    token.unit === 'basisPoints',
  )
  const direction = directionFindings(context, claim, signed, move)
  const stated = words(context, token.numberStart, token.end)
  const points = current.value.minus(prior.value).abs()
  const inStyle = pointWords(points, basisStyle ? 0 : decimals, basisStyle)
  const error = (
    message: string,
    text: string,
    severity: 'error' | 'warning' = 'error',
  ): Finding[] => [
    ...direction,
    ...finish(context, token.numberStart, token.end, {
      severity,
      rule: 'ratio-points',
      message,
      expected: text,
      fixes: [{ kind: 'replace', text }],
    }),
  ]
  const half = halfUnit(token.decimals)
  switch (token.unit) {
    case 'percent': {
      if (meets(token.value, half, size))
        return error(
          `${move}. Written \u201c${stated}\u201d, it reads as a relative change: a change in a margin is measured in percentage points.`,
          inStyle,
          'warning',
        )
      const relative = relativeSizes(current, prior)
      const central = percentChange(current.value, prior.value)
      if (relative !== null && central !== null && meets(token.value, half, relative))
        return error(
          `${move}. ${stated} is a relative change; in points it is ${roundHalfUp(points, decimals).toFixed(decimals)}.`,
          inStyle,
        )
      const relativeWords =
        central === null ? '' : ` (a relative change of ${central.abs().toFixed(1)}%)`
      return error(`${move}${relativeWords}, not ${stated}.`, inStyle)
    }
    case 'points': {
      if (meets(token.value, half, size)) return direction
      if (meets(token.value.dividedBy(HUNDRED), half.dividedBy(HUNDRED), size))
        return error(
          `${move}: ${stated} is the change in basis points, written as percentage points.`,
          pointWords(points, 0, true),
        )
      return error(`${move}, not ${stated}.`, pointWords(points, decimals, false))
    }
    case 'basisPoints': {
      if (meets(token.value.dividedBy(HUNDRED), half.dividedBy(HUNDRED), size)) return direction
      if (meets(token.value, half, size))
        return error(
          `${move}: ${stated} is the change in percentage points, written as basis points.`,
          pointWords(points, 0, true),
        )
      return error(`${move}, not ${stated}.`, pointWords(points, 0, true))
    }
  }
}

function relativeSizes(current: RatioValue, prior: RatioValue): Range | null {
  const found: Dec[] = []
  for (const a of [current.low, current.high]) {
    for (const b of [prior.low, prior.high]) {
      const percent = percentChange(a, b)
      if (percent === null) return null
      found.push(percent)
    }
  }
  return sizes({ low: Dec.min(...found), high: Dec.max(...found) })
}

/** The comparison a claim about a ratio is made against, from the words after it or fronted before it. */
function pairOf(context: ClaimContext, claim: RatioPercent, limit: number): ComparisonPair {
  const period = claimPeriod(context, claim.mention.start)
  return claimBase(context, claim.token, limit, firstClaimStart(context), period).pair
}

/**
 * Claims about a ratio of the release, judged against its figures: a level that is not the
 * ratio's ("gross margin was 31.2%" when it was 31.5%), and a change in points that is the wrong
 * number, the wrong way, off by a hundred (basis points for percentage points), or a percent
 * where points are meant ("increased 5%" when it rose 1.5 points). Where the sentence's own two
 * rates already show a percent should be points, the points check has said so, and this one is silent.
 */
export function pointClaims(context: ClaimContext, facts: RatioClaimFacts): Finding[] {
  const mentions = ratioMentions(context, facts.ratios, facts.measures)
  if (mentions.length === 0) return []
  const said = pointsClaims(context).findings.map((entry) => textLocation(entry.location)?.textStart ?? -1)
  const claims = ratioPercents(context, mentions)
  const findings: Finding[] = []
  for (const [index, claim] of claims.entries()) {
    const { token, mention } = claim
    if (said.some((start) => start >= token.start && start < token.end)) continue
    if (isForwardLooking(context, token.start)) continue
    // The base phrase of a change comes after its levels: "improved 150 basis points to 31.5% from 30.0% in the same quarter".
    const nextOther = claims
      .slice(index + 1)
      .find((entry) => entry.mention !== mention || entry.role === 'change')
    const limit = nextOther?.token.start ?? context.sentence.range.end
    const pair = pairOf(
      context,
      claim,
      claim.role === 'change' ? limit : nextStartAfter(context, token.end),
    )
    const { current, prior } = pairPeriods(pair)
    const id = mention.definition.id
    switch (claim.role) {
      case 'currentLevel': {
        // "This compares to … fiscal 2008, with a gross margin of 70.2%": an earlier period's level.
        if (namesEarlierPeriod(context, token.start)) break
        // "For the first quarter of fiscal 2025, … operating margin of 14.0%": a sentence that opens on an earlier period.
        const fronted = pairAfter(context, context.sentence.range.start, mention.start)
        if (
          fronted !== null &&
          fronted.strong &&
          /^\W*(?:for|in)\s+(?:the\s+)?$/i.test(
            words(context, context.sentence.range.start, fronted.start),
          )
        )
          break
        const opening = words(context, context.sentence.range.start, mention.start)
        const named = words(context, mention.end, Math.min(token.start, mention.end + 60))
        const period =
          claimPeriod(context, mention.start) === 'yearToDate' ||
          YEAR_TO_DATE_OPENING.test(opening) ||
          YEAR_TO_DATE_AFTER.test(named)
            ? 'yearToDate'
            : 'quarter'
        const value = facts.values(id, period)
        if (value !== null) findings.push(...levelFindings(context, claim, period, value))
        break
      }
      case 'priorLevel': {
        const value = facts.values(id, prior)
        if (value !== null) findings.push(...levelFindings(context, claim, prior, value))
        break
      }
      case 'change': {
        const now = facts.values(id, current)
        const before = facts.values(id, prior)
        if (now !== null && before !== null)
          findings.push(...changeFindings(context, claim, now, before, prior))
        break
      }
    }
  }
  return findings
}

// "For the first six months of fiscal 2026, … operating margin of 14.1%": the year to date's level.
const YEAR_TO_DATE_OPENING =
  /\b(?:six|nine|twelve)\s+months\b|\byear[\s-]+to[\s-]+date\b|\bfiscal\s+year\b/i

// A sentence opening that puts its levels in an earlier period: "This compares to …", "By comparison, …".
// Only the opening: "…, as compared to $8.6 million a year ago, with gross margin of 24%" is this quarter's.
const EARLIER_OPENING =
  /^\W*(?:this\s+compares|by\s+comparison|in\s+comparison|compared\s+(?:with|to)|(?:for|in)\s+the\s+(?:prior|previous|preceding|year[-\s]+ago)\b)/i

// "Operating margin for the first six months of fiscal 2026 improved … to 14.1%": the period named after the ratio.
const YEAR_TO_DATE_AFTER =
  /^\s*(?:for|in)\s+(?:the\s+)?(?:(?:first\s+)?(?:six|nine|twelve)\s+months|fiscal\s+year|year[\s-]+to[\s-]+date)\b/i

/** Whether the sentence opens on an earlier period, which its levels then belong to. */
function namesEarlierPeriod(context: ClaimContext, end: number): boolean {
  return EARLIER_OPENING.test(words(context, context.sentence.range.start, end))
}

function nextStartAfter(context: ClaimContext, offset: number): number {
  return (
    context.sentence.percents.find((entry) => entry.start >= offset)?.start ??
    context.sentence.range.end
  )
}

/**
 * Every finding about the ratio claims of one paragraph: what the claim checks call per sentence,
 * for a caller that has the paragraph and the facts but not yet the sentence tokens.
 */
export function paragraphPointClaims(
  paragraph: TextParagraph,
  index: FactsIndex,
  facts: RatioClaimFacts,
): Finding[] {
  if (facts.ratios.length === 0) return []
  const all = paragraphTokens(paragraph.text, index.companyWords)
  const findings: Finding[] = []
  for (const range of all.sentences) {
    const inside = <T extends { readonly start: number }>(tokens: readonly T[]): T[] =>
      tokens.filter((token) => token.start >= range.start && token.start < range.end)
    const sentence: SentenceTokens = {
      range,
      amounts: inside(all.amounts),
      percents: inside(all.percents),
      measures: inside(all.measures),
      pairs: inside(all.pairs),
      directions: inside(all.directions),
      quarters: inside(all.quarters),
      others: inside(all.others),
    }
    findings.push(...pointClaims({ paragraph, sentence, index, inThousands: false }, facts))
  }
  return findings
}
