import type { ComparisonPair, Measure } from '../../measures'

/**
 * A measure named in the text. `measure` is null for metrics the release has no figures for
 * (margins, costs, orders…): a claim about them is not checked against the figures.
 */
export interface MeasureToken {
  readonly kind: 'measure'
  readonly start: number
  readonly end: number
  readonly measure: Measure | null
  /** "net loss", "loss per share": the word carries the sign. Null for "net income (loss)" and for revenue. */
  readonly polarity: 'income' | 'loss' | null
  readonly words: string
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
  readonly multiple: 'doubled' | 'tripled' | null
  /** "more than doubled": start includes the qualifier. */
  readonly qualifier: 'moreThan' | 'approximately' | 'none'
  readonly word: string
}

const MEASURE = new RegExp(
  [
    String.raw`(?<eps>(?:(?:diluted|basic)\s+)?(?:net\s+)?(?:earnings|income|loss|profit)\s+per\s+(?:(?:diluted|basic|common)\s+)*share|EPS|per\s+(?:diluted\s+)?share)`,
    String.raw`(?<other>gross\s+(?:profit|margins?)|operating\s+(?:income|loss|profit|margins?|expenses?|results)|pre-?tax\s+(?:income|loss)|(?:income|loss)\s+from\s+operations|margins?|EBITDA|backlog|bookings|orders|expenses|costs|cash|debt|tax(?:es)?|rates?|customers|employees|headcount|units|dividends?|inventor(?:y|ies)|stake)`,
    String.raw`(?<neutral>net\s+(?:income|earnings)\s*\(loss\))`,
    String.raw`(?<net>net\s+(?:income|earnings|profits?)|net\s+loss(?:es)?|earnings|profits?|loss(?:es)?)`,
    String.raw`(?<revenue>(?:net\s+)?(?:sales|revenues?))`,
    String.raw`(?<shares>(?:weighted[\s-]+(?:average\s+)?)?(?:(?:diluted|common)\s+)*shares(?:\s+outstanding)?)`,
  ]
    .map((part) => String.raw`\b${part}(?![\w-])`)
    .join('|'),
  'gi',
)

// "Sales to the aerospace sector", "revenue from services": part of revenue, which the release has no figure for.
const SEGMENT =
  /^\s+(?:to|from|of|in|for)\s+(?:the\s+|our\s+|its\s+)?(?:[\w&-]+\s+){0,4}?(?:sectors?|segments?|markets?|divisions?|customers?|business(?:es)?|units?|products?|lines?|regions?|channels?|industr(?:y|ies)|services)\b/i

/** Every measure named in a text. */
export function measureTokens(text: string): MeasureToken[] {
  const tokens: MeasureToken[] = []
  for (const match of text.matchAll(MEASURE)) {
    const groups = match.groups ?? {}
    const words = match[0]
    const loss = /loss/i.test(words)
    const base = {
      kind: 'measure' as const,
      start: match.index,
      end: match.index + words.length,
      words,
    }
    if (groups['eps'] !== undefined)
      tokens.push({ ...base, measure: 'dilutedEps', polarity: loss ? 'loss' : 'income' })
    else if (groups['other'] !== undefined) tokens.push({ ...base, measure: null, polarity: null })
    else if (groups['neutral'] !== undefined)
      tokens.push({ ...base, measure: 'netIncome', polarity: null })
    else if (groups['net'] !== undefined)
      tokens.push({ ...base, measure: 'netIncome', polarity: loss ? 'loss' : 'income' })
    else if (groups['revenue'] !== undefined)
      tokens.push({
        ...base,
        measure: SEGMENT.test(text.slice(base.end, base.end + 60)) ? null : 'revenue',
        polarity: null,
      })
    else tokens.push({ ...base, measure: 'dilutedShares', polarity: null })
  }
  return tokens
}

const YEAR_TAIL = String.raw`(?:\s+(?:of|in)\s+(?:fiscal\s+)?(?:year\s+)?\d{4}|\s+(?:a|one)\s+year\s+(?:ago|earlier|before)|\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous)\s+(?:fiscal\s+)?year)?`
const PAIR = new RegExp(
  [
    String.raw`(?<yearAgo>same\s+(?:fiscal\s+)?(?:quarter|three[\s-]+month\s+period)${YEAR_TAIL}|prior[\s-]+year(?:'s|\u2019s)?\s+(?:fiscal\s+)?quarter|(?:last|previous)\s+year(?:'s|\u2019s)\s+(?:fiscal\s+)?quarter)`,
    String.raw`(?<previous>(?:previous|prior|preceding|last|sequential|immediately\s+preceding)\s+(?:fiscal\s+)?quarter|sequential(?:ly)?|quarter[\s-]+(?:over|on|to)[\s-]+quarter)`,
    String.raw`(?<generic>same\s+period${YEAR_TAIL}|(?:a|one)\s+year\s+(?:ago|earlier|before)|year[\s-]+ago|year\s+earlier|(?:prior|previous|last)[\s-]+(?:fiscal[\s-]+)?year(?:'s|\u2019s)?|year[\s-]+(?:over|on)[\s-]+year)`,
    String.raw`(?<toDate>(?:first\s+)?(?:six|nine|twelve|6|9|12)[\s-]+months?(?:\s+(?:ended|ending)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\s+of\s+(?:fiscal\s+)?(?:year\s+)?\d{4})?|year[\s-]+to[\s-]+date|fiscal\s+year(?:\s+\d{4})?)`,
  ]
    .map((part) => String.raw`\b${part}\b`)
    .join('|'),
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

/** Every direction word in a text. */
export function directionTokens(text: string): DirectionToken[] {
  const tokens: DirectionToken[] = []
  for (const match of text.matchAll(DIRECTION)) {
    const [whole, hedge, found = ''] = match
    const word = found.toLowerCase()
    const wordStart = match.index + whole.length - found.length
    const end = match.index + whole.length
    if (word === 'up' || word === 'down') {
      const nearFigure = NEAR_FIGURE.test(text.slice(end, end + 30))
      const afterCopula = AFTER_COPULA.test(text.slice(Math.max(0, wordStart - 12), wordStart))
      if (!nearFigure && !afterCopula) continue
      // "start-up", "sign-up": a hyphenated word is not a direction.
      if (text.charAt(wordStart - 1) === '-') continue
    }
    const multiple = word === 'doubled' || word === 'tripled' ? word : null
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
