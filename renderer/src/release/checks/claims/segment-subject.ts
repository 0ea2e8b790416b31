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
  readonly length: number
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

/** How long a stretch of the words names this segment, or null when they do not name it alone. */
function namedLength(
  words: string,
  segment: MeasureDefinition,
  parent: MeasureDefinition,
): number | null {
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
  return span[1] - span[0]
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
  const named: Named[] = []
  for (const segment of measures) {
    if (segment.parent === null || segment.eliminations) continue
    const parent = measures.find((entry) => entry.id === segment.parent)
    if (parent === undefined) continue
    const length = namedLength(words, segment, parent)
    if (length !== null) named.push({ segment, length })
  }
  const most = Math.max(...named.map((entry) => entry.length))
  const best = named.filter((entry) => entry.length === most)
  return best.length === 1 ? (best[0]?.segment ?? null) : null
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
  return text.slice(start, named.end + (stop?.index ?? after.length)).trim()
}
