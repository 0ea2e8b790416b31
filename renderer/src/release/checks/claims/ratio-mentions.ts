import type { MeasureDefinition } from '../../measure-definition'
import type { ClaimContext } from './context'
import type { PercentToken } from './number-tokens'

/** A ratio measure named in a sentence: "gross margin", "operating margins". */
export interface RatioMention {
  readonly definition: MeasureDefinition
  readonly start: number
  readonly end: number
  /** Named by its numerator, as a share of sales: "gross profit of $1.8 million, or 31.5% of sales". */
  readonly byPart: boolean
}

/** What a percent says of the ratio named before it. */
export type RatioPercentRole =
  /** "gross margin was 31.5%", "improved 150 basis points to 31.5%". */
  | 'currentLevel'
  /** "from 30.0%", "compared with 30.0%", "a decline from gross margin of 27%". */
  | 'priorLevel'
  /** "improved 150 basis points", "up 1.5 percentage points", "increased 5%". */
  | 'change'

/** A percent read as a claim about a ratio, with the direction word of its clause, if any. */
export interface RatioPercent {
  readonly mention: RatioMention
  readonly token: PercentToken
  readonly role: RatioPercentRole
  readonly direction: { readonly start: number; readonly end: number; readonly word: string; readonly up: boolean } | null
}

const PATTERNS = new WeakMap<MeasureDefinition, RegExp>()

function patternOf(definition: MeasureDefinition): RegExp {
  const kept = PATTERNS.get(definition)
  if (kept !== undefined) return kept
  const { names, profitNames, lossNames } = definition.words
  const sources = [...names, ...profitNames, ...lossNames].sort((a, b) => b.length - a.length)
  const pattern = new RegExp(String.raw`\b(?:${sources.join('|')})(?![\w-])`, 'gi')
  PATTERNS.set(definition, pattern)
  return pattern
}

// The words that make a ratio's name a part or a variant: "adjusted operating margin", "segment
// gross margin", "Aerospace gross margin", "services gross margin" are not the release's ratio.
const VARIANT_BEFORE =
  /^(?:adjusted|non-?gaap|pro[\s-]?forma|segment|segments|segment's|divisional|division|organic|underlying|core|comparable|normalized|recurring|cash|contribution|product|products|services|service|hardware|software|subscription|international|domestic|ebitda|ebit|pre-?tax|net|incremental)$/i
// Capitalised words that still name the total: "Company gross margin", "Consolidated gross margin".
const TOTAL_BEFORE =
  /^(?:the|a|an|our|its|their|this|that|total|consolidated|reported|overall|gaap|quarterly|annual|record|fiscal|quarter|first|second|third|fourth|company|company's|both|while|but|and|with|q[1-4]|\d{2,4})$/i

function isQualified(context: ClaimContext, start: number): boolean {
  const before = context.paragraph.text.slice(Math.max(context.sentence.range.start, start - 40), start)
  const word = /([A-Za-z0-9'\u2019&.-]+)\s*$/.exec(before)?.[1]
  if (word === undefined) return false
  const bare = word.replace(/\u2019/g, "'").replace(/\.$/, '')
  if (VARIANT_BEFORE.test(bare)) return true
  if (TOTAL_BEFORE.test(bare) || context.index.companyWords.has(bare.replace(/'s$/i, '').toLowerCase())) return false
  // "second-quarter gross margin", "fiscal-2006": a period, not a part.
  if (/(?:quarter|month|year|\d{2,4})$/i.test(bare)) return false
  // A name in capitals ("Aerospace", "On Demand Messaging") is a segment or a product line.
  return /^[A-Z]/.test(bare)
}

/**
 * Every ratio of the given measures the sentence names for the total, longest names first where
 * they overlap; `measures` are all the release's measures, so that a ratio's numerator names it too.
 */
export function ratioMentions(
  context: ClaimContext,
  ratios: readonly MeasureDefinition[],
  measures: readonly MeasureDefinition[] = [],
): RatioMention[] {
  const { start, end } = context.sentence.range
  const text = context.paragraph.text.slice(start, end)
  const found: RatioMention[] = []
  const named: { readonly definition: MeasureDefinition; readonly words: MeasureDefinition; readonly byPart: boolean }[] = []
  for (const definition of ratios) {
    if (definition.kind !== 'ratio') continue
    named.push({ definition, words: definition, byPart: false })
    const numerator = measures.find((entry) => entry.id === definition.ratioOf?.numerator)
    if (numerator !== undefined) named.push({ definition, words: numerator, byPart: true })
  }
  for (const { definition, words, byPart } of named) {
    for (const match of text.matchAll(patternOf(words))) {
      const mention = { definition, start: start + match.index, end: start + match.index + match[0].length, byPart }
      const overlap = found.findIndex((entry) => entry.start < mention.end && mention.start < entry.end)
      const other = found[overlap]
      if (other === undefined) found.push(mention)
      else if (mention.end - mention.start > other.end - other.start) found[overlap] = mention
    }
  }
  return found.filter((mention) => !isQualified(context, mention.start)).sort((a, b) => a.start - b.start)
}

const DIRECTION =
  /\b(increased|increases?|rose|grew|up|improved|improvement|expanded|expansion|higher|decreased|decreases?|fell|declined|declines?|decline|down|contracted|contraction|lower|compressed|deteriorated)\b/gi
const UP = /^(?:increas|rose|grew|up|improv|expan|higher)/i
const LEVEL_BEFORE = /\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s+$/i
const PRIOR_MENTION = /\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:(?:the|a|an|our|its)\s+)?$/i
const CHANGE_BEFORE = /\b(?:increase|decrease|improvement|decline|expansion|contraction|change)\s+of\s+$/i
const REACHED = /\b(?:to|at)\s+$/i
// "the increase in year-over-year six-month gross profit margin of 0.5%": the noun before the ratio states the change.
const NOUN_BEFORE =
  /\b(increase|decrease|improvement|decline|expansion|contraction)\s+in\s+(?:(?:the|our|its|[\w'\u2019-]+)\s+){0,4}$/i
const NOUN_STATES = /^\s*(?:of|was|were|is|:)\s+(?:(?:approximately|about|nearly|almost|some)\s+)?$/i
const OF_SALES = /^\s+of\s+(?:(?:total|net|consolidated)\s+)*(?:sales|revenues?)\b/i
const COMPARED = /\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\b/i
const RANGE = /\bbetween\s+(?:[\d.]+\s*%\s+and\s+)?$/i
// Another subject between the ratio and the percent: "gross margin was 31.5% and sales rose 5%".
const SHARE_OF = /(?:%|percent)\s+of\s+(?:(?:total|net|consolidated)\s+)*$/i
const MAX_GAP = 160

function directionIn(
  text: string,
  from: number,
  to: number,
): RatioPercent['direction'] {
  let found: RatioPercent['direction'] = null
  for (const match of text.slice(from, to).matchAll(DIRECTION)) {
    const word = match[1] ?? ''
    found = { start: from + match.index, end: from + match.index + word.length, word, up: UP.test(word) }
  }
  return found
}

function newSubjectBetween(context: ClaimContext, mentions: readonly RatioMention[], from: number, to: number): boolean {
  const text = context.paragraph.text
  return context.sentence.measures.some(
    (token) =>
      token.start >= from &&
      token.end <= to &&
      !mentions.some((mention) => mention.start < token.end && token.start < mention.end) &&
      !SHARE_OF.test(text.slice(Math.max(0, token.start - 30), token.start)),
  )
}

/**
 * The percents of the sentence that speak of a ratio named before them, each with its role. A
 * percent before the ratio's name ("a 70% gross margin") is left alone: such a phrase is most
 * often said of a segment named earlier, whose margin the release's figures do not give.
 */
export function ratioPercents(context: ClaimContext, mentions: readonly RatioMention[]): RatioPercent[] {
  const text = context.paragraph.text
  const found: RatioPercent[] = []
  for (const token of context.sentence.percents) {
    const mention = mentions.filter((entry) => entry.end <= token.start).pop()
    if (mention === undefined || token.start - mention.end > MAX_GAP) continue
    const signed = signedLevel(text, token)
    const before = text.slice(Math.max(mention.end, signed.start - 40), signed.start)
    if (RANGE.test(before) || /[;:]/.test(text.slice(mention.end, token.start))) continue
    if (newSubjectBetween(context, mentions, mention.end, token.start)) continue
    // Gross profit's percent is the gross margin only as a share of sales.
    if (mention.byPart && (token.unit !== 'percent' || !OF_SALES.test(text.slice(token.end, token.end + 40)))) continue
    // "31.5% of sales" is the margin's level; "5% of the increase" is something else.
    if (token.unit === 'percent' && /^\s+of\s+(?!(?:total\s+|net\s+)?(?:sales|revenues?)\b)/i.test(text.slice(token.end, token.end + 30)))
      continue
    // The direction of this percent's own clause: after the previous percent, if any.
    const previous = context.sentence.percents.filter((entry) => entry.end <= token.start && entry.start >= mention.end).pop()
    const clauseStart = previous?.end ?? mention.end
    const direction = directionIn(text, clauseStart, token.start)
    const mentionBefore = text.slice(Math.max(context.sentence.range.start, mention.start - 60), mention.start)
    const noun = previous === undefined ? NOUN_BEFORE.exec(mentionBefore) : null
    let role: RatioPercentRole
    if (noun !== null && noun[1] !== undefined && NOUN_STATES.test(text.slice(mention.end, token.start))) {
      const start = mention.start - mentionBefore.length + noun.index
      const word = noun[1]
      found.push({ mention, token, role: 'change', direction: { start, end: start + word.length, word, up: UP.test(word) } })
      continue
    }
    if (token.unit !== 'percent') role = 'change'
    else if (LEVEL_BEFORE.test(before) || (previous === undefined && PRIOR_MENTION.test(mentionBefore))) role = 'priorLevel'
    else if (REACHED.test(before)) role = 'currentLevel'
    // "…or 12.1 percent of sales, compared to $40 million or 13.5 percent of sales": a level of the period compared with.
    else if (previous !== undefined && COMPARED.test(text.slice(clauseStart, token.start))) role = 'priorLevel'
    else if (CHANGE_BEFORE.test(before) || (direction !== null && direction.end <= token.start)) role = 'change'
    else role = 'currentLevel'
    // A level keeps its sign ("to negative 2.5%", "(2.5)%"); a change's size has none.
    const level = role === 'change' ? token : signed.token
    found.push({ mention, token: level, role, direction: role === 'change' ? direction : null })
  }
  return found
}

// "negative 2.5%", "minus 2.5%", "-2.5%": a negative margin as releases write it.
const SIGN_BEFORE = /(?:\b(?:negative|minus)\s+|[-\u2212])$/i

/**
 * The percent with its sign, and where its words start: "negative 2.5%" and "(2.5)%" are an
 * operating margin below zero, which the number alone would read as 2.5%.
 */
function signedLevel(text: string, token: PercentToken): { readonly token: PercentToken; readonly start: number } {
  const written = text.slice(token.numberStart, token.end)
  const parenthesised = written.startsWith('(') && (written.includes(')') || text.charAt(token.end) === ')')
  const sign = SIGN_BEFORE.exec(text.slice(Math.max(0, token.numberStart - 10), token.numberStart))
  if (!parenthesised && sign === null) return { token, start: token.start }
  const start = sign === null ? token.start : token.numberStart - sign[0].length
  return { token: { ...token, value: token.value.abs().negated() }, start: Math.min(start, token.start) }
}
