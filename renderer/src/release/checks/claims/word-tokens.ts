import type { MeasureDefinition } from '../../measure-definition'
import { PART_WORDS_AFTER, PART_WORDS_BEFORE } from '../../measure-words'
import type { ComparisonPair, Measure } from '../../measures'
import { releaseMeasures, VERSION_1_ENTRIES } from '../../release-measures'
import { frontedUnit, namedSegment } from './segment-subject'

/**
 * A measure named in the text. `measure` is null for metrics the release has no figures for
 * (margins, costs, orders…) and for a part or variant of a measure ("aerospace sales",
 * "adjusted EPS"): a claim about them is not checked against the release's totals.
 */
export interface MeasureToken {
  readonly kind: 'measure'
  readonly start: number
  readonly end: number
  readonly measure: Measure | null
  /** "net loss", "loss per share": the word carries the sign. Null for "net income (loss)" and for revenue. */
  readonly polarity: 'income' | 'loss' | null
  readonly words: string
  /** The words that make the subject a part of the measure ("aerospace", "from continuing operations"), if any. */
  readonly part: string | null
}

/**
 * What a comparison is with. `strong` phrases name the pair outright ("the previous quarter",
 * "the same quarter"); "a year ago" or "last year" could be the quarter's or the year to date's.
 */
export interface PairToken {
  readonly kind: 'pair'
  readonly start: number
  readonly end: number
  readonly pair: ComparisonPair | 'year'
  readonly strong: boolean
}

export type Sense = 'up' | 'down' | 'narrow' | 'widen' | 'improve'

/** A word that says which way a figure moved. */
export interface DirectionToken {
  readonly kind: 'direction'
  readonly start: number
  readonly end: number
  readonly sense: Sense
  /** The ratio a multiple states: 2 for "doubled", 5 for "five times"; null for any other word. */
  readonly multiple: number | null
  /** "more than doubled": start includes the qualifier. */
  readonly qualifier: 'moreThan' | 'approximately' | 'none'
  readonly word: string
}

type Polarity = MeasureToken['polarity']

interface Group {
  readonly measure: Measure
  readonly polarity: Polarity
  readonly source: string
}

const LOSS_IN_NAME = /\blosse?s?\b/i

function groupsOf(measures: readonly MeasureDefinition[]): Group[] {
  return measures.flatMap((definition) => {
    const { words } = definition
    const measure = definition.id
    return [
      // A measure named by its loss ("loss before depreciation and amortization") says its sign in its name.
      ...words.names.map((source) => ({
        measure,
        polarity: LOSS_IN_NAME.test(source) ? ('loss' as const) : null,
        source,
      })),
      ...words.lossNames.map((source) => ({ measure, polarity: 'loss' as const, source })),
      ...words.profitNames.map((source) => ({ measure, polarity: 'income' as const, source })),
    ]
  })
}

// Metrics with no figure in the release, tried before the measures so "operating income" is not net income.
const OTHER = String.raw`gross\s+(?:profit|margins?)|operating\s+(?:income|loss|profit|margins?|expenses?|results|earnings)|pre-?tax\s+(?:income|loss|earnings)|(?:income|loss|earnings)\s+(?:from|before)\s+(?:continuing\s+)?(?:operations|income\s+taxes|taxes)|margins?|EBITDA|EBIT|backlog|bookings|orders|expenses?|costs?|cash|debt|tax(?:es)?|rates?|customers|employees|headcount|units|dividends?|inventor(?:y|ies)|stake|assets|deposits|loans`

/** The regular expressions that find one release's measures: built once per list of measures. */
interface MeasureTable {
  readonly ordered: readonly Group[]
  readonly groupNames: readonly string[]
  readonly pattern: RegExp
  /** Each group on its own, matched where an `other` metric starts: the release may report that metric. */
  readonly sticky: readonly RegExp[]
}

// A footnote digit may be glued to the last word: "adjusted earnings1 of $0.37".
const WORD_END = String.raw`(?:(?=\d\b)|(?![\w-]))`

function measureTable(measures: readonly MeasureDefinition[]): MeasureTable {
  // Longer phrases first, so that "net loss per share" is EPS, not net income.
  const ordered = groupsOf(measures).sort((a, b) => b.source.length - a.source.length)
  const groupNames = ordered.map((_, index) => `m${index}`)
  // One word boundary before the alternatives and one ending after them, the same as each
  // alternative with its own: the regular expression then tests the boundary once per position.
  const pattern = new RegExp(
    String.raw`\b(?:${[
      String.raw`(?<other>${OTHER})`,
      ...ordered.map((group, index) => `(?<${groupNames[index] ?? ''}>${group.source})`),
    ].join('|')})` + WORD_END,
    'gi',
  )
  const sticky = ordered.map((group) => new RegExp(`(?:${group.source})${WORD_END}`, 'iy'))
  return { ordered, groupNames, pattern, sticky }
}

const TABLES = new WeakMap<readonly MeasureDefinition[], MeasureTable>()

function tableFor(measures: readonly MeasureDefinition[]): MeasureTable {
  const known = TABLES.get(measures)
  if (known !== undefined) return known
  const table = measureTable(measures)
  TABLES.set(measures, table)
  return table
}

const VERSION_1 = releaseMeasures(VERSION_1_ENTRIES)
/** The measures of a version-1 release: what the words are read against when no release is given. */
export const VERSION_1_DEFINITIONS: readonly MeasureDefinition[] = VERSION_1.ok ? VERSION_1.value : []

/**
 * The release measure that names the metric at this offset as fully as the `other` words do
 * ("gross profit" when the release reports gross profit), or null when none does.
 */
function reportedOther(
  table: MeasureTable,
  text: string,
  start: number,
  length: number,
): { readonly index: number; readonly length: number } | null {
  let best: { readonly index: number; readonly length: number } | null = null
  let bestLength = length - 1
  for (const [index, sticky] of table.sticky.entries()) {
    sticky.lastIndex = start
    const found = sticky.exec(text)
    if (found !== null && found[0].length > bestLength) {
      best = { index, length: found[0].length }
      bestLength = found[0].length
    }
  }
  return best
}

// The words that may stand before the total measure: articles, possessives, periods, totals. Any other word makes a part ("aerospace sales").
const TOTAL_BEFORE =
  /^(?:the|a|an|our|its|their|his|her|this|that|these|those|total|net|consolidated|reported|overall|company|company's|companywide|gaap|quarterly|annual|record|fiscal|year|years|quarter|quarter's|quarters|month|months|period|period's|first|second|third|fourth|1st|2nd|3rd|4th|six-month|nine-month|three-month|twelve-month|full-year|year-to-date|ytd|q[1-4]|[1-4]q|fy\d*|\d{2,4}|'\d{2}|diluted|basic|and|or|of|in|for|with|to|from|on|at|by|as|while|but|that|which|whose|was|were|is|are|had|has|have|reported|recorded|posted|earned|generated|achieved|delivered|realized|incurred|increased|decreased|rose|fell|grew|declined|higher|lower|its|both|also|all|per|share|strong|improved|such|cents?|dollars|million|billion|thousand|when|where|than|before|after|during|since|versus|vs|against|compared|respectively)$/i
const PART_BEFORE = new RegExp(String.raw`^(?:${PART_WORDS_BEFORE})$`, 'i')
const WORD_CHAR = /[A-Za-z0-9.'\u2019&-]/
const SPACE = /[\s-]/

/** The word that ends at an offset, walking back over it once (spaces or hyphens before the offset skipped). */
function wordBefore(
  text: string,
  offset: number,
): { readonly word: string; readonly start: number } | null {
  let end = offset
  while (end > 0 && end > offset - 4 && SPACE.test(text.charAt(end - 1))) end -= 1
  if (end === offset) return null
  let start = end
  while (start > 0 && end - start < 30 && WORD_CHAR.test(text.charAt(start - 1))) start -= 1
  return start === end ? null : { word: text.slice(start, end), start }
}
// "36.4% of sales", "as a percent of net sales": the measure is the whole a share is taken of.
const SHARE_BEFORE =
  /(?:%|\bpercent|\bper\s+cent|\bshare|\bportion|\bproportion|\bpercentage)\s+of\s+(?:(?:total|net|consolidated|our|the|its)\s+)*$/i
const PART_AFTER = new RegExp(String.raw`^\s*(?:${PART_WORDS_AFTER})`, 'i')

/** The word before a measure that makes it a part of the total, if any. */
function partBefore(text: string, start: number, companyWords: ReadonlySet<string>): string | null {
  const last = wordBefore(text, start)
  const word = last?.word
  if (last === null || word === undefined || /\d/.test(word)) return null
  const earlier = wordBefore(text, last.start)
  const pair = earlier === null ? '' : `${earlier.word} ${word}`
  if (PART_BEFORE.test(word)) return word
  if (pair !== '' && PART_BEFORE.test(pair)) return pair
  // A word that ends a sentence ("x. Sales rose") says nothing about the measure after it.
  if (/[.]$/.test(word) || !/[A-Za-z]/.test(word)) return null
  const bare = word
    .replace(/\u2019/g, "'")
    .replace(/'s$/i, '')
    .replace(/\.$/, '')
  if (TOTAL_BEFORE.test(bare) || TOTAL_BEFORE.test(word) || companyWords.has(bare.toLowerCase()))
    return null
  // A hyphenated period ("second-quarter", "fiscal-2006") is a period, not a part.
  if (/(?:quarter|month|year|\d{2,4})$/i.test(bare)) return null
  return word
}

// "On an apples-to-apples basis, our net income increased": a basis fronted in the sentence qualifies its measures.
const BASIS_BEFORE =
  /(?:^|[.!?;:"\u201c(]\s*)on\s+an?\s+(?:apples[\s-]+to[\s-]+apples|comparable|like[\s-]+for[\s-]+like|pro[\s-]+forma|non-?GAAP|adjusted|organic|constant[\s-]+currency|same[\s-]+stores?|core|underlying|recurring|normalized)\s+basis\s*,[^.!?;]*$/i

function basisBefore(text: string, start: number): string | null {
  const from = Math.max(0, start - 160)
  // Cut mid-text, the window's first character is no sentence start.
  const window = `${from === 0 ? '' : '_'}${text.slice(from, start)}`
  return BASIS_BEFORE.exec(window)?.[0] ?? null
}

// "adjusted earnings of $0.37 per diluted share": the per-share amount is of the qualified earnings.
const AMOUNT_BETWEEN =
  /^(?:\d\b)?\s*(?:of|was|were|is|totaled|totalled|:)?\s*\(?\$?\s*\(?[\d.,]+\)?\s*(?:cents?\s*)?$/i

function perShareOfPart(
  text: string,
  token: { readonly start: number; readonly words: string },
  previous: MeasureToken | undefined,
): string | null {
  if (previous === undefined || previous.part === null || !/^per\b/i.test(token.words)) return null
  return AMOUNT_BETWEEN.test(text.slice(previous.end, token.start)) ? previous.part : null
}

/** Every measure named in a text; `companyWords` are the company's own names ("IEC's sales" is the total). */
export function measureTokens(
  text: string,
  companyWords: ReadonlySet<string> = new Set(),
  measures: readonly MeasureDefinition[] = VERSION_1_DEFINITIONS,
): MeasureToken[] {
  const table = tableFor(measures)
  const tokens: MeasureToken[] = []
  for (const match of text.matchAll(table.pattern)) {
    const groups = match.groups ?? {}
    const reported =
      groups['other'] === undefined ? null : reportedOther(table, text, match.index, match[0].length)
    // A measure the release reports that starts like an `other` metric runs to its own end:
    // "operating expenses, before depreciation and amortization", not "operating expenses".
    const words = reported === null ? match[0] : text.slice(match.index, match.index + reported.length)
    const base = {
      kind: 'measure' as const,
      start: match.index,
      end: match.index + words.length,
      words,
    }
    if (groups['other'] !== undefined && reported === null) {
      tokens.push({ ...base, measure: null, polarity: null, part: words })
      continue
    }
    const index = reported?.index ?? table.groupNames.findIndex((name) => groups[name] !== undefined)
    const group = table.ordered[index]
    if (group === undefined) continue
    const after = PART_AFTER.exec(text.slice(base.end, base.end + 80))?.[0] ?? null
    const share = SHARE_BEFORE.test(text.slice(Math.max(0, base.start - 40), base.start))
    const part = share
      ? 'share of'
      : (partBefore(text, base.start, companyWords) ??
        after ??
        basisBefore(text, base.start) ??
        frontedUnit(text, base.start) ??
        perShareOfPart(text, base, tokens[tokens.length - 1]))
    // "Revenue from our Test Systems business" is the segment's figure where the release has it.
    // Its end moves past a name that follows ("revenue for the quarter from Test Systems"), so the words between are not read as a new subject.
    const segment = namedSegment(text, base, group.measure, measures)
    tokens.push({
      ...base,
      end: segment?.end ?? base.end,
      measure: segment?.segment.id ?? (part === null ? group.measure : null),
      polarity: group.polarity,
      part: segment === null ? part : null,
    })
  }
  return tokens
}

const YEAR_TAIL = String.raw`(?:\s+(?:of|in)\s+(?:fiscal\s+)?(?:year\s+)?\d{4}|\s+(?:a|one)\s+year\s+(?:ago|earlier|before)|\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous)\s+(?:fiscal\s+)?year)?`
const PAIR = new RegExp(
  String.raw`\b(?:${[
    String.raw`(?<yearAgo>same\s+(?:fiscal\s+)?(?:quarter|three[\s-]+month\s+period)${YEAR_TAIL}|prior[\s-]+year(?:'s|\u2019s)?\s+(?:fiscal\s+)?quarter|(?:last|previous)\s+year(?:'s|\u2019s)\s+(?:fiscal\s+)?quarter)`,
    String.raw`(?<previous>(?:previous|prior|preceding|last|sequential|immediately\s+preceding)\s+(?:fiscal\s+)?quarter|sequential(?:ly)?|quarter[\s-]+(?:over|on|to)[\s-]+quarter)`,
    String.raw`(?<generic>same\s+period${YEAR_TAIL}|(?:a|one)\s+year\s+(?:ago|earlier|before)|year[\s-]+ago|year\s+earlier|(?:prior|previous|last)[\s-]+(?:fiscal[\s-]+)?year(?:'s|\u2019s)?|year[\s-]+(?:over|on)[\s-]+year)`,
    String.raw`(?<toDate>(?:first\s+)?(?:six|nine|twelve|6|9|12)[\s-]+months?(?:\s+(?:ended|ending)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\s+of\s+(?:fiscal\s+)?(?:year\s+)?\d{4})?|year[\s-]+to[\s-]+date|fiscal\s+year(?:\s+\d{4})?)`,
  ].join('|')})\b`,
  'gi',
)

/** Every phrase naming what a figure is compared with. */
export function pairTokens(text: string): PairToken[] {
  const tokens: PairToken[] = []
  for (const match of text.matchAll(PAIR)) {
    const groups = match.groups ?? {}
    const base = { kind: 'pair' as const, start: match.index, end: match.index + match[0].length }
    if (groups['yearAgo'] !== undefined)
      tokens.push({ ...base, pair: 'yearAgoQuarter', strong: true })
    else if (groups['previous'] !== undefined)
      tokens.push({ ...base, pair: 'previousQuarter', strong: true })
    else if (groups['generic'] !== undefined) tokens.push({ ...base, pair: 'year', strong: false })
    else tokens.push({ ...base, pair: 'yearAgoYearToDate', strong: true })
  }
  return tokens
}

const DIRECTION =
  /\b(?:(more\s+than|nearly|almost|over|approximately|about|roughly)\s+)?(increased|increases?|increasing|rose|risen|rising|grew|grown|growing|up|improved|improving|improvement|ahead|decreased|decreases?|decreasing|fell|fallen|falling|declined|declines?|declining|down|behind|narrowed|narrowing|widened|widening|doubled|tripled)\b/gi

function senseOf(word: string): Sense {
  if (/^(?:narrow)/.test(word)) return 'narrow'
  if (/^(?:widen)/.test(word)) return 'widen'
  if (/^(?:improv)/.test(word)) return 'improve'
  if (/^(?:decreas|fell|fall|declin|down|behind)/.test(word)) return 'down'
  return 'up'
}

// "Up" and "down" are directions only next to a figure or after "were": not in "start-up" or "down payment".
const NEAR_FIGURE =
  /^\s+(?:by\s+)?(?:(?:more\s+than|approximately|about|nearly|almost|some|over)\s+)?(?:\$|\d|\.\d)/
const AFTER_COPULA = /\b(?:were|was|is|are|been|be)\s+$/i

// A table's column label names both directions: "% increase (decrease)", "Increase/(Decrease)", "% Increase Decrease".
const LABEL_PAIR =
  /\b(?:increases?|decreases?)\s*(?:\/\s*)?\(?\s*(?:increases?|decreases?)\b\s*\)?/gi

function labelSpans(text: string): readonly (readonly [number, number])[] {
  const spans: (readonly [number, number])[] = []
  for (const match of text.matchAll(LABEL_PAIR))
    spans.push([match.index, match.index + match[0].length])
  return spans
}

/** Every direction word in a text. */
export function directionTokens(text: string): DirectionToken[] {
  const tokens: DirectionToken[] = []
  const labels = labelSpans(text)
  // Both lists are in reading order: one cursor walks the labels once.
  let label = 0
  for (const match of text.matchAll(DIRECTION)) {
    const [whole, hedge, found = ''] = match
    const word = found.toLowerCase()
    const wordStart = match.index + whole.length - found.length
    const end = match.index + whole.length
    while ((labels[label]?.[1] ?? Infinity) < end) label += 1
    const [labelStart, labelEnd] = labels[label] ?? [Infinity, Infinity]
    if (wordStart >= labelStart && end <= labelEnd) continue
    if (word === 'up' || word === 'down') {
      const nearFigure = NEAR_FIGURE.test(text.slice(end, end + 30))
      const afterCopula = AFTER_COPULA.test(text.slice(Math.max(0, wordStart - 12), wordStart))
      if (!nearFigure && !afterCopula) continue
      // "start-up", "sign-up": a hyphenated word is not a direction.
      if (text.charAt(wordStart - 1) === '-') continue
    }
    const multiple = word === 'doubled' ? 2 : word === 'tripled' ? 3 : null
    const hedgeWord = (hedge ?? '').toLowerCase().replace(/\s+/g, ' ')
    const qualifier =
      multiple === null || hedge === undefined
        ? 'none'
        : hedgeWord === 'more than' || hedgeWord === 'over'
          ? 'moreThan'
          : 'approximately'
    tokens.push({
      kind: 'direction',
      start: qualifier === 'none' ? wordStart : match.index,
      end,
      sense: senseOf(word),
      multiple,
      qualifier,
      word: found,
    })
  }
  return tokens
}
