import type { CalendarDate } from '../../calendar-date'
import type { ComparisonPair } from '../../measures'
import type { Finding, FindingInput } from '../finding'
import { finding } from '../finding'
import type { TextParagraph } from '../text-model'
import { isFreeText, locate } from '../text-model'
import type { FactsIndex } from './facts-index'
import type { DateRef, QuarterRef } from './period-tokens'
import type { TokenLists } from './paragraph-tokens'
import type { SentenceRange } from './sentences'
import type { MeasureToken } from './word-tokens'

/** The tokens of one sentence, each list in reading order. */
export interface SentenceTokens extends TokenLists {
  readonly range: SentenceRange
}

/** What a claim rule reads: the paragraph, the sentence's tokens and the facts. */
export interface ClaimContext {
  readonly paragraph: TextParagraph
  readonly sentence: SentenceTokens
  readonly index: FactsIndex
  /** The paragraph sits under "(in thousands)": bare amounts may be thousands of dollars. */
  readonly inThousands: boolean
}

/** A comparison partner found in the text, and how sure the words are about it. */
export interface PairMatch {
  readonly pair: ComparisonPair
  readonly strong: boolean
  readonly start: number
  readonly end: number
}

/** The words of the paragraph from start to end. */
export function words(context: ClaimContext, start: number, end: number): string {
  return context.paragraph.text.slice(start, end)
}

/**
 * A finding about the words from start to end, or null when they are not the user's own words:
 * fields are right by construction, and the layout's words are not in any text block.
 */
export function report(
  context: ClaimContext,
  start: number,
  end: number,
  input: Omit<FindingInput, 'location' | 'quote'>,
): Finding | null {
  if (!isFreeText(context.paragraph, start, end)) return null
  return finding({
    ...input,
    quote: context.paragraph.text.slice(start, end),
    location: locate(context.paragraph, start, end),
  })
}

// Guidance and other forward-looking words: "we expect revenue to increase 10%" is a forecast, not a figure.
const FORWARD =
  /\b(?:expects?|expected\s+to|expecting|anticipat\w*|outlook|guidance|forecast\w*|projects?|projected|will|intends?|targets?|estimates?)\b/i
const NOT_FORWARD = /\b(?:as|than)\s+(?:expected|anticipated|forecast|projected|estimated)\b/gi

/** True when the words before the offset, in its sentence, make what follows a forecast. */
export function isForwardLooking(context: ClaimContext, offset: number): boolean {
  const before = context.paragraph.text
    .slice(Math.max(context.sentence.range.start, offset - 100), offset)
    .replace(NOT_FORWARD, '')
  return FORWARD.test(before)
}

/** The nearest measure named before an offset in the sentence. */
export function measureBefore(context: ClaimContext, offset: number): MeasureToken | undefined {
  let found: MeasureToken | undefined
  for (const token of context.sentence.measures) {
    if (token.end > offset) break
    found = token
  }
  return found
}

function mentionsYearToDate(context: ClaimContext, offset: number): boolean {
  const { pairs, others } = context.sentence
  return (
    pairs.some((token) => token.start < offset && token.pair === 'yearAgoYearToDate') ||
    others.some((ref) => ref.kind === 'span' && ref.start < offset && ref.months > 3)
  )
}

function quarterPair(context: ClaimContext, ref: QuarterRef): ComparisonPair | null {
  const { quarter, fiscalYear, previous } = context.index
  if (ref.quarter === quarter && ref.year === fiscalYear - 1) return 'yearAgoQuarter'
  if (ref.quarter === previous.quarter && (ref.year === null || ref.year === previous.year))
    return 'previousQuarter'
  return null
}

// A 52/53-week year ends its quarters up to a week from the calendar quarter's last day.
const DAYS_OFF = 7
const QUARTER_ENDED =
  /\b(?:quarter|three\s+months|(?:three|13|thirteen|14|fourteen)[\s-]+weeks?|period)\s+(?:ended|ending)\s+$/i

function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return (
    Math.abs(Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) /
    86_400_000
  )
}

/** "From $461.0 million for the quarter ended June 30, 2022": a quarter named by its last day. */
function datePair(context: ClaimContext, ref: DateRef): ComparisonPair | null {
  const before = context.paragraph.text.slice(Math.max(0, ref.start - 30), ref.start)
  if (!QUARTER_ENDED.test(before)) return null
  const end = context.index.quarterEnds.find(
    (entry) => daysBetween(entry.date, ref.date) <= DAYS_OFF,
  )
  return end?.pair ?? null
}

/**
 * The first phrase after an offset, before the limit, naming what is compared with. "Last year"
 * means the year to date when the sentence is about the year to date, else the quarter.
 */
export function pairAfter(context: ClaimContext, offset: number, limit: number): PairMatch | null {
  let best: PairMatch | null = null
  for (const token of context.sentence.pairs) {
    if (token.start < offset || token.start >= limit) continue
    const pair =
      token.pair === 'year'
        ? mentionsYearToDate(context, offset)
          ? 'yearAgoYearToDate'
          : 'yearAgoQuarter'
        : token.pair
    best = { pair, strong: token.strong, start: token.start, end: token.end }
    break
  }
  for (const ref of context.sentence.quarters) {
    if (ref.start < offset || ref.start >= limit) continue
    if (best !== null && best.start < ref.start) break
    const pair = quarterPair(context, ref)
    if (pair !== null) return { pair, strong: true, start: ref.start, end: ref.end }
  }
  for (const ref of context.sentence.others) {
    if (ref.kind !== 'date' || ref.start < offset || ref.start >= limit) continue
    if (best !== null && best.start < ref.start) break
    const pair = datePair(context, ref)
    if (pair !== null) return { pair, strong: true, start: ref.start, end: ref.end }
  }
  return best
}

/** The start of the next token of a list after an offset, or the end of the sentence. */
export function nextStart(
  tokens: readonly { readonly start: number }[],
  offset: number,
  context: ClaimContext,
): number {
  for (const token of tokens) if (token.start >= offset) return token.start
  return context.sentence.range.end
}

/** Matches letter case: "Increased" for "decreased" at a sentence start. */
export function sameCase(model: string, replacement: string): string {
  if (model === model.toUpperCase() && /[A-Z]/.test(model)) return replacement.toUpperCase()
  const first = model.charAt(0)
  return first === first.toUpperCase() && /[A-Za-z]/.test(first)
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement
}
