import type { Dec } from '../../decimal'
import type { Finding } from '../finding'
import type { ClaimContext } from './context'
import { report, words } from './context'
import type { PercentToken } from './number-tokens'
import { halfUnit } from './tolerance'

/** A rate that moved: "from 3.2% to 7.0%". Its two percents are levels, not changes. */
interface RateMove {
  readonly from: PercentToken
  readonly to: PercentToken
  readonly change: Dec
  readonly slack: Dec
}

function rateMoves(context: ClaimContext): RateMove[] {
  const moves: RateMove[] = []
  const percents = context.sentence.percents.filter((token) => token.unit === 'percent')
  const text = context.paragraph.text
  for (let index = 0; index + 1 < percents.length; index += 1) {
    const first = percents[index]
    const second = percents[index + 1]
    if (first === undefined || second === undefined) continue
    const before = text.slice(Math.max(0, first.start - 6), first.start)
    const between = text.slice(first.end, second.start)
    const fromTo = /\bfrom\s+$/i.test(before) && /^\s+to\s+$/i.test(between)
    const toFrom = /\bto\s+$/i.test(before) && /^\s+from\s+$/i.test(between)
    if (!fromTo && !toFrom) continue
    const [from, to] = fromTo ? [first, second] : [second, first]
    moves.push({
      from,
      to,
      change: to.value.minus(from.value).abs(),
      slack: halfUnit(from.decimals).plus(halfUnit(to.decimals)),
    })
  }
  return [...moves, ...statedLevelMoves(context, moves)]
}

/**
 * "36.4% of sales, down 26 basis points from 39.0%": the rate first, then its change and the
 * earlier rate. The two percents are a move like "to 36.4% from 39.0%".
 */
function statedLevelMoves(context: ClaimContext, found: readonly RateMove[]): RateMove[] {
  const moves: RateMove[] = []
  const text = context.paragraph.text
  const { percents } = context.sentence
  const taken = (token: PercentToken): boolean =>
    found.some((move) => move.from === token || move.to === token)
  for (let index = 1; index + 1 < percents.length; index += 1) {
    const level = percents[index - 1]
    const change = percents[index]
    const earlier = percents[index + 1]
    if (level === undefined || change === undefined || earlier === undefined) continue
    if (level.unit !== 'percent' || earlier.unit !== 'percent') continue
    if (taken(level) || taken(earlier) || taken(change)) continue
    if (
      change.start - level.end > 40 ||
      !/^\s+from\s+$/i.test(text.slice(change.end, earlier.start))
    )
      continue
    if (
      !/,\s*(?:up|down|an?\s+(?:increase|decrease|improvement|decline)\s+of)\s+(?:by\s+)?$/i.test(
        text
          .slice(level.end, change.start)
          .replace(/^\s+of\s+(?:total\s+|net\s+)?(?:sales|revenues?)/i, ''),
      )
    )
      continue
    moves.push({
      from: earlier,
      to: level,
      change: level.value.minus(earlier.value).abs(),
      slack: halfUnit(level.decimals).plus(halfUnit(earlier.decimals)),
    })
  }
  return moves
}

function pointsText(value: Dec, decimals: number): string {
  return value.toFixed(decimals)
}

function moveWords(context: ClaimContext, move: RateMove): string {
  return `From ${words(context, move.from.numberStart, move.from.end)} to ${words(context, move.to.numberStart, move.to.end)}`
}

/**
 * Changes in a rate stated as a percent where percentage points are meant, and point or
 * basis-point changes that do not match the two rates. Returns the findings and the percents
 * that are levels, which the percent-change check must leave alone.
 */
export function pointsClaims(context: ClaimContext): {
  readonly findings: Finding[]
  readonly levels: ReadonlySet<PercentToken>
} {
  const moves = rateMoves(context)
  const levels = new Set<PercentToken>()
  const findings: Finding[] = []
  for (const move of moves) {
    levels.add(move.from)
    levels.add(move.to)
  }
  for (const token of context.sentence.percents) {
    if (levels.has(token)) continue
    // The rate move the change belongs to: the nearest one before it, else the first.
    const move =
      moves.filter((entry) => entry.to.end <= token.start || entry.from.end <= token.start).pop() ??
      moves[0]
    if (move === undefined) break
    const scale = token.unit === 'basisPoints' ? 100 : 1
    const stated = token.value.dividedBy(scale)
    const close = stated
      .minus(move.change)
      .abs()
      .lessThanOrEqualTo(move.slack.plus(halfUnit(token.decimals).dividedBy(scale)))
    const decimals = Math.max(move.from.decimals, move.to.decimals)
    if (token.unit === 'percent' && close) {
      levels.add(token)
      const text = `${words(context, token.numberStart, token.end).replace(/\s?(?:%|percent|per\s?cent)$/i, '')} percentage points`
      const found = report(context, token.numberStart, token.end, {
        severity: 'error',
        rule: 'percentage-points',
        message: `${moveWords(context, move)} is a change of ${pointsText(move.change, decimals)} percentage points, not ${words(context, token.numberStart, token.end)}: a change in a rate is measured in percentage points.`,
        expected: text,
        fixes: [{ kind: 'replace', text }],
      })
      if (found !== null) findings.push(found)
    } else if (token.unit !== 'percent' && !close) {
      const right =
        token.unit === 'basisPoints'
          ? `${move.change.times(100).toFixed(0)} basis points`
          : `${pointsText(move.change, decimals)} percentage points`
      const found = report(context, token.start, token.end, {
        severity: 'error',
        rule: 'percentage-points',
        message: `${moveWords(context, move)} is ${right}, not ${words(context, token.numberStart, token.end)}.`,
        expected: right,
        fixes: [{ kind: 'replace', text: right }],
      })
      if (found !== null) findings.push(found)
    }
  }
  return { findings, levels }
}
