import { multipleTokens } from './multiple-tokens'
import { amountTokens, percentTokens } from './number-tokens'
import type { AmountToken, PercentToken } from './number-tokens'
import { otherPeriodRefs, quarterRefs } from './period-tokens'
import type { AnnualReportRef, DateRef, QuarterRef, SpanRef, YearRef } from './period-tokens'
import { sentenceRanges } from './sentences'
import type { SentenceRange } from './sentences'
import type { MeasureDefinition } from '../../measure-definition'
import { directionTokens, measureTokens, pairTokens, VERSION_1_DEFINITIONS } from './word-tokens'
import type { DirectionToken, MeasureToken, PairToken } from './word-tokens'

/** The token lists a claim rule reads, each in reading order: of a paragraph or of one sentence. */
export interface TokenLists {
  readonly amounts: readonly AmountToken[]
  readonly percents: readonly PercentToken[]
  readonly measures: readonly MeasureToken[]
  readonly pairs: readonly PairToken[]
  readonly directions: readonly DirectionToken[]
  readonly quarters: readonly QuarterRef[]
  readonly others: readonly (YearRef | SpanRef | DateRef | AnnualReportRef)[]
}

/** Every token of a paragraph's text, and its sentences. */
export interface ParagraphTokens extends TokenLists {
  readonly sentences: readonly SentenceRange[]
}

type Spanned = { readonly start: number; readonly end: number }

function byStart<T extends Spanned>(tokens: T[]): T[] {
  return tokens.sort((a, b) => a.start - b.start)
}

function readTokens(
  text: string,
  companyWords: ReadonlySet<string>,
  measures: readonly MeasureDefinition[],
): ParagraphTokens {
  return {
    sentences: sentenceRanges(text),
    amounts: byStart(amountTokens(text)),
    percents: byStart(percentTokens(text)),
    measures: byStart(measureTokens(text, companyWords, measures)),
    pairs: byStart(pairTokens(text)),
    directions: byStart([...directionTokens(text), ...multipleTokens(text)]),
    quarters: byStart(quarterRefs(text)),
    others: byStart(otherPeriodRefs(text)),
  }
}

// A keystroke in the figures grid changes the words of one or two paragraphs: the others' tokens,
// which depend on their words alone, are read once and kept. Long paragraphs are not kept, so
// that a pasted book does not stay in memory.
const KEPT = new Map<
  string,
  {
    readonly company: string
    readonly measures: readonly MeasureDefinition[]
    readonly tokens: ParagraphTokens
  }
>()
const MAX_KEPT = 512
const MAX_KEPT_LENGTH = 20_000

/** The tokens of a paragraph's text; `companyWords` are the company's own names ("IEC's sales"). */
export function paragraphTokens(
  text: string,
  companyWords: ReadonlySet<string>,
  measures: readonly MeasureDefinition[] = VERSION_1_DEFINITIONS,
): ParagraphTokens {
  if (text.length > MAX_KEPT_LENGTH) return readTokens(text, companyWords, measures)
  const company = [...companyWords].join(' ')
  const kept = KEPT.get(text)
  if (kept !== undefined && kept.company === company && kept.measures === measures) return kept.tokens
  const tokens = readTokens(text, companyWords, measures)
  if (KEPT.size >= MAX_KEPT) KEPT.clear()
  KEPT.set(text, { company, measures, tokens })
  return tokens
}
