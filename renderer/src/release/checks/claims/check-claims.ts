import type { Finding } from '../finding'
import { finding } from '../finding'
import { isFreeText, locate } from '../text-model'
import type { TextParagraph } from '../text-model'
import { amountChangeClaims } from './amount-change-claims'
import { amountClaims, resultWordClaims } from './amount-claims'
import { amountLevelClaims } from './amount-level-claims'
import type { SentenceTokens } from './context'
import { directionClaims } from './direction-claims'
import { flatClaims } from './flat-claims'
import type { FactsIndex } from './facts-index'
import { paragraphTokens } from './paragraph-tokens'
import { percentClaims } from './percent-claims'
import { periodClaims } from './period-claims'
import { pointClaims } from './point-claims'
import { pointsClaims } from './points-claims'
import { releaseRatioFacts } from './release-ratios'
import type { SentenceRange } from './sentences'

type Spanned = { readonly start: number; readonly end: number }

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
    claimWork.count += 1
  }
  return found
}

/** Sentences longer than this are not read for claims: the rules compare each claim with the sentence's other words. */
export const MAX_SENTENCE_LENGTH = 2000

/**
 * The work the claim rules do, counted rather than timed: each token handed to a sentence, and
 * for each sentence the pairs of its tokens the rules may compare. Tests read it to hold the
 * checker linear in the length of the text.
 */
export const claimWork = { count: 0 }

function longSentence(paragraph: TextParagraph, range: SentenceRange): Finding | null {
  const end = Math.min(range.end, range.start + 40)
  if (!isFreeText(paragraph, range.start, end)) return null
  const length = (range.end - range.start).toLocaleString('en-US')
  return finding({
    severity: 'warning',
    rule: 'long-sentence',
    message: `This sentence is ${length} characters long, and the checks read sentences of up to ${MAX_SENTENCE_LENGTH.toLocaleString('en-US')}: its figures are not checked. Break it into shorter sentences.`,
    quote: paragraph.text.slice(range.start, end),
    location: locate(paragraph, range.start, end),
  })
}

/** Quick test for text that can hold no claim at all: no digit, and none of the words the rules read. */
const MAY_CLAIM =
  /\d|increas|decreas|rose|fell|grew|declin|improv|narrow|widen|doubl|tripl|quadrupl|ahead|behind|\bup\b|\bdown\b|quarter|month|flat|unchanged|cents?\b/i

/** Every finding about the claims the paragraph's typed words make. */
export function paragraphClaims(
  paragraph: TextParagraph,
  index: FactsIndex,
  inThousands = false,
): Finding[] {
  const text = paragraph.text
  if (!MAY_CLAIM.test(text)) return []
  const all = paragraphTokens(text, index.companyWords, index.facts.resolution.figures.measures)
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
  const ratios = releaseRatioFacts(index)
  for (const range of all.sentences) {
    if (range.end - range.start > MAX_SENTENCE_LENGTH) {
      const long = longSentence(paragraph, range)
      if (long !== null) findings.push(long)
    }
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
    if (range.end - range.start > MAX_SENTENCE_LENGTH) continue
    const tokens =
      sentence.amounts.length +
      sentence.percents.length +
      sentence.measures.length +
      sentence.pairs.length +
      sentence.directions.length +
      sentence.quarters.length +
      sentence.others.length
    claimWork.count += tokens * tokens
    const context = { paragraph, sentence, index, inThousands }
    const points = pointsClaims(context)
    const changes = amountChangeClaims(context)
    const levels = amountLevelClaims(context)
    findings.push(
      ...points.findings,
      // A ratio's level and its change in points, judged against the release's own ratios.
      ...(ratios.ratios.length === 0 ? [] : pointClaims(context, ratios)),
      ...percentClaims(context, points.levels),
      ...directionClaims(context),
      ...flatClaims(context),
      ...resultWordClaims(context),
      ...changes.findings,
      ...levels.findings,
      ...amountClaims(context, new Set([...changes.judged, ...levels.judged])),
      ...periodClaims(context),
    )
  }
  return findings
}
