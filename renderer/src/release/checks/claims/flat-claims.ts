import { Dec } from '../../decimal'
import type { Finding } from '../finding'
import { claimBase, firstClaimStart } from './base'
import type { ClaimContext } from './context'
import { isForwardLooking, measureBefore, report, words } from './context'
import { comparisonKey } from './facts-index'
import { comparisonSentence } from './wording-text'

const FLAT =
  /\b(?:(essentially|roughly|approximately|about|relatively|virtually|nearly|basically|largely|broadly)\s+)?(flat|unchanged)\b/gi

const MAY_BE_FLAT = /flat|unchanged/i

// How far a figure may move and still be called flat: a point, or two when the words hedge.
const PLAIN = new Dec(1)
const HEDGED = new Dec(2)

/** "Sales were flat", "net income was essentially unchanged": judged against the change the base names. */
export function flatClaims(context: ClaimContext): Finding[] {
  const { range } = context.sentence
  const text = context.paragraph.text.slice(range.start, range.end)
  // The pattern above is tried at every position; a quick search rules out most sentences.
  if (!MAY_BE_FLAT.test(text)) return []
  const findings: Finding[] = []
  const firstClaim = firstClaimStart(context)
  for (const match of text.matchAll(FLAT)) {
    const start = range.start + match.index
    const end = start + match[0].length
    const subject = measureBefore(context, start)
    if (subject?.measure === null || subject === undefined) continue
    if (isForwardLooking(context, start)) continue
    const base = claimBase(context, { start, end }, range.end, Math.min(firstClaim, start))
    const comparison = context.index.comparisons.get(comparisonKey(subject.measure, base.pair))
    if (comparison === undefined || comparison.kind === 'unavailable') continue
    const facts = context.index.percents.get(comparisonKey(subject.measure, base.pair))
    const allowed = match[1] === undefined ? PLAIN : HEDGED
    if (
      comparison.kind === 'change' &&
      (facts === undefined || facts.low.lessThanOrEqualTo(allowed))
    )
      continue
    const found = report(context, start, end, {
      severity: 'error',
      rule: 'flat',
      message: `${comparisonSentence(context.index, comparison, true)}, which is not “${words(context, start, end)}”.`,
    })
    if (found !== null) findings.push(found)
  }
  return findings
}
