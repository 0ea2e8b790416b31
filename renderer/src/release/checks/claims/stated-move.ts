import type { Dec } from '../../decimal'
import { pairPeriods, PAIRS } from '../../measures'
import type { ComparisonPair, Measure, PeriodKey } from '../../measures'
import type { ClaimContext } from './context'
import type { ClaimBase, ClaimPeriod } from './base'
import type { KnownFigure } from './facts-index'
import type { AmountToken } from './number-tokens'
import { amountFits } from './tolerance'
import type { MeasureToken } from './word-tokens'

/** One amount of a move as the sentence states it, with the sign its words give it. */
export interface StatedAmount {
  readonly token: AmountToken
  readonly value: Dec
  /** The figure of the release it matches in size, if any. */
  readonly figure: KnownFigure | null
  /** The periods the amount may be a figure of: this quarter and the year to date, or the earlier ones. */
  readonly periods: readonly PeriodKey[]
}

const CURRENT_PERIODS: readonly PeriodKey[] = ['quarter', 'yearToDate']
const PRIOR_PERIODS: readonly PeriodKey[] = [
  'previousQuarter',
  'yearAgoQuarter',
  'yearAgoYearToDate',
]

/** "increased to $5.6 million from $4.7 million": the two amounts a sentence itself compares. */
export interface StatedMove {
  readonly current: StatedAmount
  readonly prior: StatedAmount
  /** The comparison both amounts match in size, if any. */
  readonly pair: ComparisonPair | null
  /** Half the stated precision of both: figures closer than this show no direction. */
  readonly slack: Dec
}

const RESULT = String.raw`(?:(?:a|an)\s+)?(?:(?:net\s+)?(?:income|loss|earnings|profit)\s+(?:of\s+)?)?`
const TO_LINK = new RegExp(String.raw`\b(?:to|of|at)\s+${RESULT}$`, 'i')
const FROM_LINK = new RegExp(
  String.raw`\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against|over)\s+${RESULT}$`,
  'i',
)
const FROM_FIRST = new RegExp(String.raw`\bfrom\s+${RESULT}$`, 'i')
const TO_SECOND = new RegExp(String.raw`\bto\s+${RESULT}$`, 'i')

function signed(amount: AmountToken, link: string, polarity: MeasureToken['polarity']): Dec {
  if (amount.negative) return amount.magnitude.negated()
  if (/loss/i.test(link)) return amount.magnitude.negated()
  if (/income|earnings|profit/i.test(link)) return amount.magnitude
  return polarity === 'loss' ? amount.magnitude.negated() : amount.magnitude
}

function figureOf(
  context: ClaimContext,
  measure: Measure | null,
  token: AmountToken,
  periods: readonly string[],
): KnownFigure | null {
  if (measure === null) return null
  for (const figure of context.index.figures) {
    if (figure.measure !== measure || !periods.includes(figure.period)) continue
    if (amountFits(token, figure.magnitude)) return figure
  }
  return null
}

/** The two amounts after an offset, before the limit, linked as "to … from …" or "from … to …". */
export function statedMove(
  context: ClaimContext,
  after: number,
  limit: number,
  subject: MeasureToken | undefined,
  period: ClaimPeriod,
  base: ClaimBase,
): StatedMove | null {
  const amounts: AmountToken[] = []
  for (const amount of context.sentence.amounts) {
    if (amount.start >= limit || amounts.length === 2) break
    if (amount.start >= after) amounts.push(amount)
  }
  const [first, second] = amounts
  if (first === undefined || second === undefined) return null
  const text = context.paragraph.text
  const before = text.slice(Math.max(after, first.start - 40), first.start)
  const between = text.slice(first.end, second.start)
  if (between.length > 60) return null
  let current: AmountToken
  let prior: AmountToken
  let currentLink: string
  let priorLink: string
  if (FROM_LINK.test(between) && (TO_LINK.test(before) || !/\bfrom\s/i.test(before))) {
    ;[current, prior, currentLink, priorLink] = [first, second, before, between]
  } else if (FROM_FIRST.test(before) && TO_SECOND.test(between)) {
    ;[current, prior, currentLink, priorLink] = [second, first, between, before]
  } else return null
  const measure = subject?.measure ?? null
  const polarity = subject?.polarity ?? null
  const currentKey = period === 'yearToDate' ? 'yearToDate' : 'quarter'
  // A base the words name decides which figure the prior amount is; else any prior figure it matches.
  const pairs = base.stated
    ? [base.pair]
    : PAIRS.filter((pair) => pairPeriods(pair).current === currentKey)
  const currentFigure = figureOf(context, measure, current, [currentKey])
  const priorFigures = pairs.map((pair) =>
    figureOf(context, measure, prior, [pairPeriods(pair).prior]),
  )
  const pairIndex = priorFigures.findIndex((figure) => figure !== null)
  const priorFigure = priorFigures[pairIndex] ?? null
  return {
    current: {
      token: current,
      value: signed(current, currentLink, polarity),
      figure: currentFigure,
      periods: CURRENT_PERIODS,
    },
    prior: {
      token: prior,
      value: signed(prior, priorLink, polarity),
      figure: priorFigure,
      periods: PRIOR_PERIODS,
    },
    pair: currentFigure !== null && priorFigure !== null ? (pairs[pairIndex] ?? null) : null,
    slack: first.unit.plus(second.unit).dividedBy(2),
  }
}

/**
 * True when the stated amount and the figure it matches in size are on opposite sides of zero,
 * and no other figure of the measure matches it with its sign (a coarsely rounded amount may).
 */
export function signDisagrees(context: ClaimContext, amount: StatedAmount): boolean {
  const { figure } = amount
  if (figure === null || figure.value.isZero() || amount.value.isZero()) return false
  if (figure.value.isNegative() === amount.value.isNegative()) return false
  return !context.index.figures.some(
    (other) =>
      other.measure === figure.measure &&
      amount.periods.includes(other.period) &&
      other.value.isNegative() === amount.value.isNegative() &&
      amountFits(amount.token, other.magnitude),
  )
}
