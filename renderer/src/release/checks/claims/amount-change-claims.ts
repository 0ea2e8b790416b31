import { formatAmount } from '../../amount-format'
import { Dec } from '../../decimal'
import { resolvedFigureUnit } from '../../figure-precision'
import { pairPeriods } from '../../measures'
import type { ComparisonPair, Measure } from '../../measures'
import type { Finding } from '../finding'
import { claimBase, firstClaimStart } from './base'
import type { ClaimContext } from './context'
import { isForwardLooking, measureBefore, report, words } from './context'
import { definitionIn } from './facts-index'
import type { AmountToken } from './number-tokens'

const HALF = new Dec('0.5')

// "increased $1.2 million", "decreased by approximately $2.3 million": the direction word just before the amount.
const DIRECTION_BEFORE =
  /\b(increased|rose|grew|improved|climbed|gained|decreased|declined|fell|dropped|was\s+(?:up|down)|were\s+(?:up|down)|up|down)\s+(?:by\s+)?(?:(?:more\s+than|approximately|about|nearly|almost|roughly|some|over|just\s+over|just\s+under|less\s+than)\s+)?$/i
// "$3.41 million lower than": the comparison word just after the amount.
const COMPARISON_AFTER = /^\s+(lower|higher|less|more|below|above|ahead\s+of|behind)\b/i

const BASE_WORDS: Readonly<Record<ComparisonPair, string>> = {
  previousQuarter: 'the previous quarter',
  yearAgoQuarter: 'the same quarter a year ago',
  yearAgoYearToDate: 'the same period a year ago',
}

/** Whether the words say the measure went up (true), down (false), or name no way (null). */
function statedRise(context: ClaimContext, token: AmountToken): boolean | null {
  const before = words(
    context,
    Math.max(context.sentence.range.start, token.start - 60),
    token.start,
  )
  const word = DIRECTION_BEFORE.exec(before)?.[1]
  const after = COMPARISON_AFTER.exec(words(context, token.end, token.end + 20))?.[1]
  const found = (word ?? after ?? '').toLowerCase()
  if (found === '') return null
  return /increased|rose|grew|improved|climbed|gained|up|higher|more|above|ahead/.test(found)
}

/** The amount change of a measure between the two periods of a comparison, and how far values within the figures' precision move it. */
function changeOf(
  context: ClaimContext,
  measure: Measure,
  pair: ComparisonPair,
): { readonly change: Dec; readonly slack: Dec } | null {
  const periods = pairPeriods(pair)
  const current = context.index.figures.find(
    (entry) => entry.measure === measure && entry.period === periods.current,
  )
  const prior = context.index.figures.find(
    (entry) => entry.measure === measure && entry.period === periods.prior,
  )
  if (current === undefined || prior === undefined) return null
  const { document, resolution } = context.index.facts
  const currentUnit = resolvedFigureUnit(document, resolution, measure, periods.current)
  const priorUnit = resolvedFigureUnit(document, resolution, measure, periods.prior)
  const slack = (currentUnit ?? new Dec(0)).plus(priorUnit ?? new Dec(0)).times(HALF)
  return { change: current.value.minus(prior.value), slack }
}

/** Whether a stated change, known to half its last digit, can be the change of values within the figures' precision. Bounds are strict: "$3.41 million" is not $3.415 million. */
function changeFits(token: AmountToken, change: Dec, slack: Dec): boolean {
  const magnitude = change.abs()
  const low = magnitude.minus(slack)
  const high = magnitude.plus(slack)
  const stated = token.magnitude
  const half = token.unit.times(HALF)
  switch (token.qualifier) {
    case 'moreThan':
    case 'atLeast':
      return high.greaterThan(stated)
    case 'lessThan':
      return low.lessThan(stated)
    case 'approximately':
      return magnitude
        .minus(stated)
        .abs()
        .lessThanOrEqualTo(Dec.max(half, stated.times('0.05')).plus(slack))
    case 'none':
      // Rounded half up: a change of exactly $3.415 million is "$3.42 million", never "$3.41 million".
      return stated.minus(half).lessThanOrEqualTo(high) && stated.plus(half).greaterThan(low)
  }
}

/** The amount written as the stated one is: same scale, same number of digits, "$.41" kept without its zero. */
function restated(quote: string, token: AmountToken, value: Dec): string {
  const rounded = value
    .dividedBy(token.unit)
    .toDecimalPlaces(0, Dec.ROUND_HALF_UP)
    .times(token.unit)
  const inScale = rounded.dividedBy(token.scale)
  const decimals = Math.max(
    0,
    -Math.round(Math.log10(token.unit.dividedBy(token.scale).toNumber())),
  )
  let digits = inScale.toFixed(decimals)
  const [whole = '0', fraction] = digits.split('.')
  const grouped =
    /\d,\d{3}/.test(quote) || whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole
  digits = fraction === undefined ? grouped : `${grouped}.${fraction}`
  if (/\$\s?\(?\./.test(quote) && digits.startsWith('0.')) digits = digits.slice(1)
  return quote.replace(/(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+/, digits)
}

/** The amount changes judged, and the findings about them. */
export interface AmountChangeResult {
  readonly findings: readonly Finding[]
  /** Amounts read as changes: they are not looked up as figures. */
  readonly judged: ReadonlySet<AmountToken>
}

function changeFinding(
  context: ClaimContext,
  token: AmountToken,
  judged: Set<AmountToken>,
): Finding | null {
  const rise = statedRise(context, token)
  if (rise === null) return null
  const subject = measureBefore(context, token.start)
  if (subject === undefined || subject.measure === null || subject.part !== null) return null
  const measure = subject.measure
  const { kind } = definitionIn(context.index, measure)
  if (kind === 'count' || kind === 'ratio' || token.perShare !== (kind === 'perShare')) return null
  if (isForwardLooking(context, token.start)) return null
  // "increased $.41 to $.63 from the third quarter": the base may follow the amount it changed to.
  const base = claimBase(context, token, context.sentence.range.end, firstClaimStart(context))
  const found = changeOf(context, measure, base.pair)
  if (found === null) return null
  judged.add(token)
  const { change, slack } = found
  // A change the wrong way is the direction rule's to report.
  if (!change.isZero() && change.isPositive() !== rise) return null
  if (changeFits(token, change, slack)) return null
  const quote = words(context, token.start, token.end)
  const right = restated(quote, token, change.abs())
  const exact = formatAmount(change.abs(), definitionIn(context.index, measure).kind, context.index.style)
  return report(context, token.start, token.end, {
    severity: 'error',
    rule: 'amount-change',
    message: `The change against ${BASE_WORDS[base.pair]} is ${exact}, so write ${right}, not ${quote}.`,
    expected: right,
    fixes: [{ kind: 'replace', text: right }],
  })
}

/** "Sales decreased $2.3 million", "$3.41 million lower than": a stated change judged against the figures' difference. */
export function amountChangeClaims(context: ClaimContext): AmountChangeResult {
  const findings: Finding[] = []
  const judged = new Set<AmountToken>()
  for (const token of context.sentence.amounts) {
    const found = changeFinding(context, token, judged)
    if (found !== null) findings.push(found)
  }
  return { findings, judged }
}
