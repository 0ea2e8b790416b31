import type { MeasureDefinition } from '../../measure-definition'
import { segmentName, wordsOfTheWhole } from '../../measure-name-words'

/**
 * Whether a claim's subject is one of the release's segments: "Aerospace revenue rose 12%",
 * "sales in the Aerospace segment", "revenue from our aerospace business". Today's reader makes
 * such a subject a part of the total and leaves it alone; where the release has the segment, the
 * claim can be judged against the segment's figures instead.
 */

// A variant of the segment's figure, not the figure itself: "Animal Health segment internal sales".
const VARIANT =
  /\b(?:organic|comparable|same[\s-]+stores?|like[\s-]+for[\s-]+like|underlying|constant[\s-]+currency|currency[\s-]+neutral|adjusted|non-?GAAP|pro[\s-]+forma|normalized|recurring|internal|external|excluding|exclusive\s+of|net\s+of|before)\b/i
// Another metric of the segment: "Aerospace segment operating income" is not Aerospace revenue.
const OTHER_METRIC =
  /\b(?:sales|revenues?|income|profits?|loss(?:es)?|earnings|margins?|EBITDA|EBIT|EPS|per\s+share|orders|bookings|backlog|expenses?|costs?|cash|shares|volumes?|prices?|headcount|customers)\b/i
const MARKET_AFTER =
  /^[\s-]+(?:industry|industries|sector|sectors|markets?|end[\s-]+markets?|customers?|clients?|verticals?)\b/i
const UNIT = String.raw`(?:[\s-]+(?:segments?|business(?:es)?|divisions?|units?|groups?))`

interface Named {
  readonly segment: MeasureDefinition
  readonly span: readonly [number, number]
}

// The checker asks on every keystroke, for every qualified subject: each fragment is compiled once.
// A global expression is safe to share here, as matchAll and replace start from its beginning.
const COMPILED = new Map<string, RegExp>()

function pattern(fragment: string): RegExp {
  const kept = COMPILED.get(fragment)
  if (kept !== undefined) return kept
  const compiled = new RegExp(String.raw`(?<![\w-])(?:${fragment})(?![\w-])`, 'gi')
  // Renamed measures leave their old words behind: a long session starts the cache afresh.
  if (COMPILED.size >= 2000) COMPILED.clear()
  COMPILED.set(fragment, compiled)
  return compiled
}

interface SegmentName {
  /** "from (the) Aerospace (segment)": the segment named after the parent's word, with words between. */
  readonly after: string
  /** The name's first word in lower case: words without it cannot name the segment. */
  readonly first: string
}

const NAMES = new WeakMap<MeasureDefinition, SegmentName>()

function nameOf(segment: MeasureDefinition, parent: MeasureDefinition): SegmentName {
  const kept = NAMES.get(segment)
  if (kept !== undefined) return kept
  const name = segmentName(segment.label, parent)
  const after = String.raw`(?:from|in|of|at|for|by)\s+(?:the\s+|our\s+|its\s+|their\s+)?${escape(name)}${UNIT}?`
  const found = { after, first: (name.split(/[\s-]+/)[0] ?? '').toLowerCase() }
  NAMES.set(segment, found)
  return found
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, String.raw`[\s-]+`)
}

/** The longest stretch of the words that any of the fragments matches, as [start, end]. */
function longest(words: string, fragments: readonly string[]): readonly [number, number] | null {
  let best: readonly [number, number] | null = null
  for (const fragment of fragments) {
    for (const match of words.matchAll(pattern(fragment))) {
      const span = [match.index, match.index + match[0].length] as const
      if (best === null || span[1] - span[0] > best[1] - best[0]) best = span
    }
  }
  return best
}

/** The parent's words, and for a product line within a segment the top measure's too ("sales"). */
function parentFragments(parent: MeasureDefinition): readonly string[] {
  const whole = wordsOfTheWhole(parent)
  return [
    ...new Set(
      [parent.words, whole].flatMap((words) => [
        ...words.names,
        ...words.profitNames,
        ...words.lossNames,
      ]),
    ),
  ]
}

function withoutAll(words: string, fragments: readonly string[]): string {
  return fragments.reduce((left, fragment) => left.replace(pattern(fragment), ' '), words)
}

/** The stretch of the words that names this segment, or null when they do not name it alone. */
function namedSpan(
  words: string,
  segment: MeasureDefinition,
  parent: MeasureDefinition,
): readonly [number, number] | null {
  const name = nameOf(segment, parent)
  if (!words.toLowerCase().includes(name.first)) return null
  const { names, profitNames, lossNames } = segment.words
  const parentWords = parentFragments(parent)
  let span = longest(words, [...names, ...profitNames, ...lossNames])
  let needsParent = false
  if (span === null) {
    // "Revenue for the second quarter of fiscal 2009 from On Demand Messaging": the period stands between.
    span = longest(words, [name.after])
    needsParent = true
  }
  if (span === null) return null
  // "revenue for the aerospace industry", "sales to aerospace customers": a market, not the segment.
  if (MARKET_AFTER.test(words.slice(span[1]))) return null
  const rest = `${words.slice(0, span[0])} ${words.slice(span[1])}`
  if (needsParent && longest(rest, parentWords) === null) return null
  const others = withoutAll(rest, parentWords)
  if (VARIANT.test(others) || OTHER_METRIC.test(others)) return null
  return span
}

/**
 * The segment measure of the release that a claim's subject words name, or null when they name
 * none (the subject then stays a part of the total and is left alone). Pass the subject's words,
 * as `subjectWords` cuts them from a sentence; words that make a variant of the segment's figure
 * ("internal", "organic", "adjusted") or name another metric of it give null, and so do words
 * that name two segments equally well.
 */
export function segmentSubject(
  words: string,
  measures: readonly MeasureDefinition[],
): MeasureDefinition | null {
  return namedBest(words, measures)?.segment ?? null
}

function namedBest(words: string, measures: readonly MeasureDefinition[]): Named | null {
  const named: Named[] = []
  for (const segment of measures) {
    if (segment.parent === null || segment.eliminations) continue
    const parent = measures.find((entry) => entry.id === segment.parent)
    if (parent === undefined) continue
    const span = namedSpan(words, segment, parent)
    if (span !== null) named.push({ segment, span })
  }
  const length = (entry: Named): number => entry.span[1] - entry.span[0]
  const most = Math.max(...named.map(length))
  const best = named.filter((entry) => length(entry) === most)
  return best.length === 1 ? (best[0] ?? null) : null
}

// Words that end a subject read backwards from its measure: articles, prepositions, verbs, totals.
const STOP_BEFORE =
  /^(?:the|a|an|our|its|their|this|that|these|those|in|of|for|from|to|by|with|and|or|at|on|as|while|but|which|was|were|is|are|had|has|have|said|reported|total|consolidated|overall|increase|increases|increased|decrease|decreases|decreased|growth|decline|declines|declined|rise|rose|fell|grew|improved|compared|versus|quarter|year|period)$/i
const WORD_BEFORE = /([A-Za-z][\w&'\u2019.]*)([\s-]+)$/
// Where a subject read forwards from its measure ends: a clause break, an amount, a percent or a verb.
const END_AFTER =
  /[;:()"\u201c\u201d]|[.!?](?:\s|$)|,(?!\s*(?:19|20)\d{2}\b)|\$|\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)|\s(?:was|were|is|are|has|have|had|rose|risen|fell|fallen|increased|decreased|grew|grown|declined|improved|totaled|totalled|totaling|amounted|reached|represented|compared|versus|vs\.?|up|down|and|which|that|while|but|with)\b/i

/**
 * The words of the subject around a measure named at `named` in a text: the qualifying words
 * before it ("Emerging Products" in "a 5% decrease in Emerging Products revenue") and the phrase
 * after it up to its verb or amount ("from the On Demand Messaging segment").
 */
export function subjectWords(
  text: string,
  named: { readonly start: number; readonly end: number },
): string {
  const span = subjectSpan(text, named)
  return text.slice(span.start, span.end).trim()
}

function subjectSpan(
  text: string,
  named: { readonly start: number; readonly end: number },
): { readonly start: number; readonly end: number } {
  let start = named.start
  for (let count = 0; count < 5; count += 1) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))
    const word = before?.[1]
    if (before === null || word === undefined || STOP_BEFORE.test(word.replace(/['\u2019]s$/, '')))
      break
    // "… in 2008. Aerospace revenue": a word ending a sentence is no part of the subject ("U.S." is).
    if (word.endsWith('.') && !/^(?:[A-Za-z]\.)+$/.test(word)) break
    start -= word.length + (before[2]?.length ?? 0)
  }
  const after = text.slice(named.end, named.end + 120)
  const stop = END_AFTER.exec(after)
  return { start, end: named.end + (stop?.index ?? after.length) }
}

/** The measures of a list that have segments, by id: most releases have none, and need no more reading. */
const PARENTS = new WeakMap<readonly MeasureDefinition[], ReadonlySet<string>>()

function parentsIn(measures: readonly MeasureDefinition[]): ReadonlySet<string> {
  const kept = PARENTS.get(measures)
  if (kept !== undefined) return kept
  const parents = new Set<string>()
  for (const measure of measures) if (measure.parent !== null && !measure.eliminations) parents.add(measure.parent)
  PARENTS.set(measures, parents)
  return parents
}

/** Whether `measure` is `ancestor` or one of its parents' chain leads to it: a product line within a segment is part of revenue. */
function within(measure: MeasureDefinition, ancestor: string, measures: readonly MeasureDefinition[]): boolean {
  let current: MeasureDefinition | undefined = measure
  for (let depth = 0; current !== undefined && depth < 8; depth += 1) {
    if (current.id === ancestor) return true
    const parent: string | null = current.parent
    current = parent === null ? undefined : measures.find((entry) => entry.id === parent)
  }
  return false
}

// "In the Test Systems segment, revenue rose": a segment, business or division fronted in the sentence.
const FRONTED =
  /(?:^|[.!?;:"\u201c(]\s*)((?:[Ii]n|[Ww]ithin|[Ff]or|[Aa]t)\s+(?:[Tt]he|[Oo]ur|[Ii]ts)\s+(?!Company\b|Company's\b|Corporation\b)(?:[A-Z][\w&'\u2019-]*\s+){1,4}(?:segments?|business(?:es)?|divisions?|units?|groups?))\s*,[^.!?;]*$/

/** The phrase naming a segment, business or division fronted in the sentence before `start`, or null. */
export function frontedUnit(text: string, start: number): string | null {
  const from = Math.max(0, start - 160)
  // Cut mid-text, the window's first character is no sentence start.
  const window = `${from === 0 ? '' : '_'}${text.slice(from, start)}`
  return FRONTED.exec(window)?.[1] ?? null
}

// "Revenue from Test Systems and Sensors": a subject that lists segments is their sum, not one of them.
const LIST_AFTER = /^\s*(?:,\s*)?(?:and|or|&|as\s+well\s+as|plus)\s/i

/** A segment a measure word's subject names, and where in the text its name ends. */
export interface NamedSegment {
  readonly segment: MeasureDefinition
  /** "Revenue for the quarter from Test Systems": past the measure word when the name follows it. */
  readonly end: number
}

/**
 * The release's segment that the subject around a measure word names, when the word is that
 * segment's parent or one of its ancestors ("Revenue from our Test Systems business", "revenue
 * for the quarter from On Demand Messaging"); null when the words name no one segment of it.
 */
export function namedSegment(
  text: string,
  named: { readonly start: number; readonly end: number },
  measure: string,
  measures: readonly MeasureDefinition[],
): NamedSegment | null {
  if (!parentsIn(measures).has(measure)) return null
  const fronted = frontedUnit(text, named.start)
  if (fronted !== null) {
    // "In the Test Systems segment, revenue rose 12%": the fronted phrase names the subject's segment.
    const best = namedBest(`${fronted.replace(/^within\b/i, 'in')} ${text.slice(named.start, named.end)}`, measures)
    const found = best !== null && best.segment.id !== measure && within(best.segment, measure, measures)
    return found ? { segment: best.segment, end: named.end } : null
  }
  const span = subjectSpan(text, named)
  if (LIST_AFTER.test(text.slice(span.end, span.end + 30))) return null
  const best = namedBest(text.slice(span.start, span.end), measures)
  if (best === null || best.segment.id === measure || !within(best.segment, measure, measures)) return null
  return { segment: best.segment, end: Math.max(named.end, span.start + best.span[1]) }
}
