import type { Finding } from '../finding'
import type { TextParagraph } from '../text-model'
import { amountClaims, resultWordClaims } from './amount-claims'
import type { SentenceTokens } from './context'
import { directionClaims } from './direction-claims'
import { flatClaims } from './flat-claims'
import type { FactsIndex } from './facts-index'
import { amountTokens, percentTokens } from './number-tokens'
import { percentClaims } from './percent-claims'
import { otherPeriodRefs, quarterRefs } from './period-tokens'
import { periodClaims } from './period-claims'
import { pointsClaims } from './points-claims'
import { sentenceRanges } from './sentences'
import type { SentenceRange } from './sentences'
import { directionTokens, measureTokens, pairTokens } from './word-tokens'

type Spanned = { readonly start: number; readonly end: number }

function byStart<T extends Spanned>(tokens: T[]): T[] {
  return tokens.sort((a, b) => a.start - b.start)
}

/** The tokens that start inside the sentence; the lists are sorted, so this walks each once overall. */
function within<T extends Spanned>(
  tokens: readonly T[],
  range: SentenceRange,
  cursor: { value: number },
): T[] {
  const found: T[] = []
  while (cursor.value < tokens.length) {
    const token = tokens[cursor.value]
    if (token === undefined || token.start >= range.end) break
    if (token.start >= range.start) found.push(token)
    cursor.value += 1
  }
  return found
}

/** Quick test for text that can hold no claim at all: no digit, and none of the words the rules read. */
const MAY_CLAIM =
  /\d|increas|decreas|rose|fell|grew|declin|improv|narrow|widen|doubl|tripl|ahead|behind|\bup\b|\bdown\b|quarter|month|flat|unchanged|cents?\b/i

/** Every finding about the claims the paragraph's typed words make. */
export function paragraphClaims(
  paragraph: TextParagraph,
  index: FactsIndex,
  inThousands = false,
): Finding[] {
  const text = paragraph.text
  if (!MAY_CLAIM.test(text)) return []
  const all = {
    amounts: byStart(amountTokens(text)),
    percents: byStart(percentTokens(text)),
    measures: byStart(measureTokens(text, index.companyWords)),
    pairs: byStart(pairTokens(text)),
    directions: byStart(directionTokens(text)),
    quarters: byStart(quarterRefs(text)),
    others: byStart(otherPeriodRefs(text)),
  }
  const cursors = {
    amounts: { value: 0 },
    percents: { value: 0 },
    measures: { value: 0 },
    pairs: { value: 0 },
    directions: { value: 0 },
    quarters: { value: 0 },
    others: { value: 0 },
  }
  const findings: Finding[] = []
  for (const range of sentenceRanges(text)) {
    const sentence: SentenceTokens = {
      range,
      amounts: within(all.amounts, range, cursors.amounts),
      percents: within(all.percents, range, cursors.percents),
      measures: within(all.measures, range, cursors.measures),
      pairs: within(all.pairs, range, cursors.pairs),
      directions: within(all.directions, range, cursors.directions),
      quarters: within(all.quarters, range, cursors.quarters),
      others: within(all.others, range, cursors.others),
    }
    const context = { paragraph, sentence, index, inThousands }
    const points = pointsClaims(context)
    findings.push(
      ...points.findings,
      ...percentClaims(context, points.levels),
      ...directionClaims(context),
      ...flatClaims(context),
      ...resultWordClaims(context),
      ...amountClaims(context),
      ...periodClaims(context),
    )
  }
  return findings
}
