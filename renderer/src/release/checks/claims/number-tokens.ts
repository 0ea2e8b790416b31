import { Dec } from '../../decimal'
import { NUMBER_WORDS, numberWordValue } from './number-words'

/** How a stated number is hedged: "more than 50%", "approximately $770,000". */
export type Qualifier = 'none' | 'moreThan' | 'atLeast' | 'lessThan' | 'approximately'

/** An amount of money as written: "$5.6 million", "$(168,000)", "($0.02)", "$.34". */
export interface AmountToken {
  readonly kind: 'amount'
  /** Offsets of the amount in the paragraph's text, sign marks included. */
  readonly start: number
  readonly end: number
  /** The size in dollars, without sign. */
  readonly magnitude: Dec
  /** Written with parentheses. */
  readonly negative: boolean
  /** The stated precision in dollars: 100,000 for "$5.6 million", 0.01 for "$0.02". */
  readonly unit: Dec
  /** The scale word's factor: 1, 1,000, 1,000,000 or 1,000,000,000. */
  readonly scale: Dec
  readonly perShare: boolean
  readonly qualifier: Qualifier
}

/** A percentage, or a change in percentage points or basis points. */
export interface PercentToken {
  readonly kind: 'percent'
  /** Offsets of the words quoted: the qualifier, the number and its sign ("more than 50%"). */
  readonly start: number
  readonly end: number
  /** Offset where the number itself starts. */
  readonly numberStart: number
  readonly value: Dec
  readonly decimals: number
  readonly unit: 'percent' | 'points' | 'basisPoints'
  /** How the unit was written: "%", " percent", " percentage points". */
  readonly unitText: string
  readonly qualifier: Qualifier
}

const QUALIFIER =
  /(?:^|[^\w])((?:just\s+)?(?:more\s+than|over|in\s+excess\s+of|greater\s+than|exceeding|upwards\s+of)|at\s+least|(?:less\s+than|under|below|just\s+under)|(?:nearly|almost|approximately|approx\.|about|roughly|around|some|close\s+to))(\s+)$/i

function qualifierOf(word: string): Qualifier {
  const lower = word.toLowerCase().replace(/\s+/g, ' ')
  if (lower === 'at least') return 'atLeast'
  if (/^(?:just )?(?:less than|under|below)$/.test(lower)) return 'lessThan'
  if (/^(?:just )?(?:more than|over|in excess of|greater than|exceeding|upwards of)$/.test(lower))
    return 'moreThan'
  return 'approximately'
}

/** The qualifier written just before an offset, and where it starts. */
export function qualifierBefore(
  text: string,
  offset: number,
): { readonly qualifier: Qualifier; readonly start: number } {
  const before = text.slice(Math.max(0, offset - 30), offset)
  const match = QUALIFIER.exec(before)
  const word = match?.[1]
  const spaces = match?.[2]
  if (word === undefined || spaces === undefined) return { qualifier: 'none', start: offset }
  return { qualifier: qualifierOf(word), start: offset - spaces.length - word.length }
}

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+`
const AMOUNT = new RegExp(
  String.raw`(\(\s?)?\$\s?(\(\s?)?(${NUMBER})(\s?\))?(?:\s?(million|billion|thousand)\b|(mm|mn|bn|m|b|k)\b)?(\s?\))?`,
  'gi',
)
const SCALES: Readonly<Record<string, string>> = {
  thousand: '1000',
  k: '1000',
  million: '1000000',
  m: '1000000',
  mm: '1000000',
  mn: '1000000',
  billion: '1000000000',
  b: '1000000000',
  bn: '1000000000',
}
const PER_SHARE_AFTER = /^\s*(?:per|a)\s+(?:(?:diluted|basic|common|fully\s+diluted)\s+)*share\b/i
const PER_SHARE_BEFORE = /(?:per\s+(?:(?:diluted|basic|common)\s+)*share|\bEPS)\b[^$.;]{0,30}$/i

function decimalsOf(digits: string): number {
  const point = digits.indexOf('.')
  return point < 0 ? 0 : digits.length - point - 1
}

/** Precision of a whole-dollar amount written in full: "$168,000" is stated to the thousand. */
function statedUnit(digits: string, scale: Dec): Dec {
  const decimals = decimalsOf(digits)
  if (decimals > 0 || !scale.equals(1)) return scale.times(new Dec(10).pow(-decimals))
  let unit = new Dec(1)
  let rest = digits.replace(/,/g, '')
  while (rest.length > 3 && rest.endsWith('000')) {
    unit = unit.times(1000)
    rest = rest.slice(0, -3)
  }
  return unit
}

const CENTS = new RegExp(String.raw`(?<![\w.$,-])(\d{1,3}|${NUMBER_WORDS})[\s-]cents?\b`, 'gi')
const NEGATIVE_BEFORE = /(?:\b(?:negative|minus)\s+|-)$/i

/** Per-share amounts in cents: "27 cents", "a loss of three cents". */
function centTokens(text: string): AmountToken[] {
  const tokens: AmountToken[] = []
  for (const match of text.matchAll(CENTS)) {
    const number = match[1] ?? ''
    const value = /^\d/.test(number) ? Number(number) : numberWordValue(number)
    if (value === null) continue
    const qualifier = qualifierBefore(text, match.index)
    tokens.push({
      kind: 'amount',
      start: match.index,
      end: match.index + match[0].length,
      magnitude: new Dec(value).dividedBy(100),
      negative: false,
      unit: new Dec('0.01'),
      scale: new Dec(1),
      perShare: true,
      qualifier: qualifier.qualifier,
    })
  }
  return tokens
}

/** Every amount of money in a text. */
export function amountTokens(text: string): AmountToken[] {
  const tokens: AmountToken[] = centTokens(text)
  for (const match of text.matchAll(AMOUNT)) {
    const [whole, openBefore, openAfter, digits = '0', closeNumber, word, letters, closeUnit] =
      match
    const scaleWord = (word ?? letters ?? '').toLowerCase()
    const scale = new Dec(SCALES[scaleWord] ?? '1')
    const closed = closeNumber !== undefined || closeUnit !== undefined
    const signWord = NEGATIVE_BEFORE.exec(text.slice(Math.max(0, match.index - 10), match.index))
    const negative =
      (openBefore !== undefined && closed) || openAfter !== undefined || signWord !== null
    let start = match.index
    let end = match.index + whole.length
    // A parenthesis around the sentence, not the amount, is not part of the amount.
    if (openBefore !== undefined && !negative) start += openBefore.length
    if (!negative && closeUnit !== undefined) end -= closeUnit.length
    if (!negative && closeNumber !== undefined && word === undefined && letters === undefined)
      end -= closeNumber.length
    const after = text.slice(end, end + 40)
    const before = text.slice(Math.max(0, start - 60), start)
    const qualifier = qualifierBefore(text, start)
    tokens.push({
      kind: 'amount',
      start,
      end,
      magnitude: new Dec(digits.replace(/,/g, '')).times(scale),
      negative,
      unit: statedUnit(digits, scale),
      scale,
      perShare: PER_SHARE_AFTER.test(after) || PER_SHARE_BEFORE.test(before),
      qualifier: qualifier.qualifier,
    })
  }
  return tokens
}

const PERCENT = new RegExp(
  String.raw`(?<![\w.$,])\(?(${NUMBER}|\b${NUMBER_WORDS}\b)\)?(\s?%|\s?-?\s?percentage\s+points?\b|\s?-?(?:percent|per\s?cent)\b|\s(?:basis\s+points?|bps)\b)`,
  'gi',
)

/** Every percentage, percentage-point and basis-point figure in a text. */
export function percentTokens(text: string): PercentToken[] {
  const tokens: PercentToken[] = []
  for (const match of text.matchAll(PERCENT)) {
    const [whole, digits = '0', unitText = ''] = match
    const lower = unitText.toLowerCase()
    const unit = lower.includes('point')
      ? lower.includes('basis')
        ? 'basisPoints'
        : 'points'
      : lower.includes('bps')
        ? 'basisPoints'
        : 'percent'
    const qualifier = qualifierBefore(text, match.index)
    const inWords = /^[a-z]/i.test(digits) ? numberWordValue(digits) : null
    if (/^[a-z]/i.test(digits) && inWords === null) continue
    tokens.push({
      kind: 'percent',
      start: qualifier.start,
      end: match.index + whole.length,
      numberStart: match.index,
      value: inWords === null ? new Dec(digits.replace(/,/g, '')) : new Dec(inWords),
      decimals: inWords === null ? decimalsOf(digits) : 0,
      unit,
      unitText,
      qualifier: qualifier.qualifier,
    })
  }
  return tokens
}
