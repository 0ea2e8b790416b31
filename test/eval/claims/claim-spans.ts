import type { Finding } from '../../../renderer/src/release/checks/finding'
import { textLocation } from '../../../renderer/src/release/checks/finding'

/** Where a claim's words are in a paragraph: offsets into the paragraph as the checker reads it. */
export interface TextSpan {
  readonly paragraph: number
  readonly start: number
  readonly end: number
}

interface Normalised {
  readonly text: string
  /** For each character of `text`, its offset in the original. */
  readonly offsets: readonly number[]
}

const FOLDS: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u00a0': ' ',
}

/** Lower case, one space for any run of white space, straight quotes and plain dashes. */
function normalise(text: string): Normalised {
  let out = ''
  const offsets: number[] = []
  let space = false
  for (let index = 0; index < text.length; index += 1) {
    const raw = text.charAt(index)
    const unit = FOLDS[raw] ?? raw.toLowerCase()
    if (/\s/.test(unit)) {
      space = out !== ''
      continue
    }
    if (space) {
      out += ' '
      offsets.push(index)
      space = false
    }
    out += unit.length === 1 ? unit : raw
    offsets.push(index)
  }
  return { text: out, offsets }
}

/** The annotators' marks that are not the release's words: "(SOURCE 2)", "SOURCE 2 (Q3 2011):". */
export function claimWords(claim: string): string {
  return claim
    .replace(/\(SOURCE \d+\)/g, ' ')
    .replace(/^SOURCE \d+(?: \([^)]*\))?:\s*/, '')
    .trim()
}

interface Run {
  readonly a: number
  readonly b: number
  readonly length: number
}

/** The longest common run of `a[aFrom..aTo)` and `b[bFrom..bTo)`. */
function longestRun(
  a: string,
  aFrom: number,
  aTo: number,
  b: string,
  bFrom: number,
  bTo: number,
): Run {
  let best: Run = { a: aFrom, b: bFrom, length: 0 }
  let previous = new Array<number>(bTo - bFrom + 1).fill(0)
  for (let i = aFrom; i < aTo; i += 1) {
    const current = new Array<number>(bTo - bFrom + 1).fill(0)
    for (let j = bFrom; j < bTo; j += 1) {
      if (a.charCodeAt(i) !== b.charCodeAt(j)) continue
      const length = (previous[j - bFrom] ?? 0) + 1
      current[j - bFrom + 1] = length
      if (length > best.length) best = { a: i - length + 1, b: j - length + 1, length }
    }
    previous = current
  }
  return best
}

const MIN_RUN = 8

/**
 * The runs a claim shares with a text, in order: the longest first, then the longest on each side
 * of it, within a window near it (a close excerpt leaves words out; it does not move them far).
 */
function matchingRuns(
  claim: string,
  text: string,
  cFrom: number,
  cTo: number,
  tFrom: number,
  tTo: number,
): Run[] {
  if (cTo - cFrom < MIN_RUN || tTo - tFrom < MIN_RUN) return []
  const run = longestRun(claim, cFrom, cTo, text, tFrom, tTo)
  if (run.length < MIN_RUN) return []
  const slack = (left: number): number => Math.ceil(left * 1.5) + 20
  const leftFrom = Math.max(tFrom, run.b - slack(run.a - cFrom))
  const rightTo = Math.min(tTo, run.b + run.length + slack(cTo - run.a - run.length))
  return [
    ...matchingRuns(claim, text, cFrom, run.a, leftFrom, run.b),
    run,
    ...matchingRuns(claim, text, run.a + run.length, cTo, run.b + run.length, rightTo),
  ]
}

/** How much of a claim must be found, in characters, for a match to count. */
const MIN_COVERAGE = 0.6

interface PartMatch {
  readonly span: TextSpan
  readonly covered: number
}

/** The paragraph that holds most of one stretch of a claim's words, and where. */
function findPart(part: string, paragraphs: readonly Normalised[]): PartMatch | null {
  let best: PartMatch | null = null
  paragraphs.forEach((text, index) => {
    const runs = matchingRuns(part, text.text, 0, part.length, 0, text.text.length)
    const first = runs[0]
    const last = runs[runs.length - 1]
    if (first === undefined || last === undefined) return
    const covered = runs.reduce((sum, run) => sum + run.length, 0)
    if (best !== null && covered <= best.covered) return
    const start = text.offsets[first.b] ?? 0
    const end = (text.offsets[last.b + last.length - 1] ?? start) + 1
    best = { span: { paragraph: index, start, end }, covered }
  })
  return best
}

/**
 * Finds a claim's words among the paragraphs, by the runs of text it shares with them (claims are
 * verbatim or close excerpts; "..." marks words left out, and the stretches between may sit in
 * different paragraphs). Empty when the paragraphs do not hold enough of them.
 */
export function findClaim(claim: string, paragraphs: readonly string[]): readonly TextSpan[] {
  const texts = paragraphs.map(normalise)
  const parts = claimWords(claim)
    .split(/\s*(?:\.\.\.|\u2026)\s*/)
    .map((part) => normalise(part).text)
    .filter((part) => part !== '')
  const wanted = parts.reduce((sum, part) => sum + part.length, 0)
  const matches = parts
    .map((part) => findPart(part, texts))
    .filter((match): match is PartMatch => match !== null)
  const covered = matches.reduce((sum, match) => sum + match.covered, 0)
  return covered >= MIN_COVERAGE * wanted ? matches.map((match) => match.span) : []
}

/** True when two spans share a character of the same paragraph. */
export function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.paragraph === b.paragraph && a.start < b.end && b.start < a.end
}

/** The span of a finding's words (a point between words counts for the word after it); null for the figures. */
export function findingSpan(finding: Finding): TextSpan | null {
  const location = textLocation(finding.location)
  if (location === null) return null
  const end = Math.max(location.textEnd, location.textStart + 1)
  return { paragraph: location.paragraph, start: location.textStart, end }
}
