import type { MeasureDefinition, MeasureId } from '../measure-definition'

/** Where a paragraph names a measure: a non-GAAP one, or the GAAP one it must follow. */
export interface MeasureMention {
  readonly start: number
  readonly end: number
  /** 'nonGaap': "adjusted EBITDA", "non-GAAP gross margin"; 'gaap': "net income", "diluted EPS". */
  readonly kind: 'nonGaap' | 'gaap'
  /** For a non-GAAP mention, the GAAP measure it must follow; for a GAAP mention, the measure named. */
  readonly gaap: MeasureId
  /** The non-GAAP measure in a message ("adjusted EBITDA"); for a GAAP mention, the GAAP measure's. */
  readonly name: string
}

interface Term {
  readonly pattern: RegExp
  readonly kind: 'nonGaap' | 'gaap'
  readonly gaap: MeasureId
  readonly name: string
  /** A catalogue or user measure wins over the generic "adjusted X" on the same words. */
  readonly rank: number
  /** An "adjusted X" or "non-GAAP X" term: tried only on text with one of those words, as the checks run on every keystroke. */
  readonly generic: boolean
}

const QUALIFIER_WORD = /adjusted|GAAP/i

// "adjusted" or "non-GAAP" before a measure's words; not "seasonally adjusted" or "risk-adjusted".
const QUALIFIERS = [
  {
    word: 'adjusted',
    pattern: String.raw`(?<!(?:seasonally|inflation|risk|price|quality)\s)adjusted`,
  },
  { word: 'non-GAAP', pattern: String.raw`non-?GAAP` },
] as const
const namesNonGaap = (fragment: string): boolean => /adjusted|GAAP/i.test(fragment)

// An amount right before a bare "per share" makes it EPS ("$(0.08) per share"); a charge or a
// dividend "per share" is not the measure.
const PER_SHARE_AMOUNT = String.raw`(?<![$\d.,(])(?<!(?:charges?|gains?|benefits?|impacts?|costs?|expenses?|dividends?)\s+of\s+\$?\(?)(?:\$\s?\(?\d[\d,]*(?:\.\d+)?\)?|\(?\d*\.\d+\)?|\d+\s+cents?)\s+`
const NOT_THE_MEASURE_AFTER = String.raw`(?!\s+(?:charges?|gains?|benefits?|impacts?|costs?|expenses?|after-tax|pre-tax|dividends?))`

// "The earnings release", "the earnings call" state no result; "adjusted cash flow" is not cash.
const NOT_A_RESULT_AFTER = String.raw`(?!\s+(?:releases?|calls?|conference|webcasts?|dates?|season|announcements?|flows?)\b)`

/** Whole words only; a footnote digit may follow ("adjusted earnings1"). */
function wordsPattern(fragment: string): RegExp {
  return new RegExp(String.raw`(?<![\w-])(?:${fragment})(?![a-z])`, 'gi')
}

function fragments(measure: MeasureDefinition): readonly string[] {
  return [...measure.words.names, ...measure.words.profitNames, ...measure.words.lossNames]
}

const isBarePerShare = (fragment: string): boolean =>
  new RegExp(`^(?:${fragment})$`, 'i').test('per share')

// One pattern a measure, its fragments in the catalogue's order (longer phrases first): a few
// patterns, not one a fragment, since the checks run on every keystroke.
const anyOf = (alternatives: readonly string[]): string =>
  alternatives.map((alternative) => `(?:${alternative})`).join('|')

/** The words that name a GAAP measure. */
function gaapTerms(measure: MeasureDefinition): Term[] {
  const alternatives = fragments(measure).map((fragment) =>
    isBarePerShare(fragment)
      ? `${PER_SHARE_AMOUNT}(?:${fragment})${NOT_THE_MEASURE_AFTER}`
      : `(?:${fragment})${NOT_A_RESULT_AFTER}`,
  )
  if (alternatives.length === 0) return []
  return [
    {
      pattern: wordsPattern(anyOf(alternatives)),
      kind: 'gaap',
      gaap: measure.id,
      name: measure.inMessages,
      rank: 0,
      generic: false,
    },
  ]
}

/** The words of a defined non-GAAP measure, and "adjusted" or "non-GAAP" before any measure's words. */
function nonGaapTerms(measure: MeasureDefinition, gaap: MeasureId): Term[] {
  const own = measure.gaap ? [] : fragments(measure)
  // A defined non-GAAP measure's words already begin with "adjusted" ("adjusted EBITDA").
  // A share count is not a result: "adjusted diluted shares" is not a measure the rule speaks of.
  const qualifiable =
    measure.kind === 'count'
      ? []
      : fragments(measure).filter(
          (fragment) => !namesNonGaap(fragment) && !isBarePerShare(fragment),
        )
  const terms: Term[] = []
  if (own.length > 0)
    terms.push({
      pattern: wordsPattern(anyOf(own)),
      kind: 'nonGaap',
      gaap,
      name: measure.inMessages,
      rank: 0,
      generic: false,
    })
  if (qualifiable.length > 0)
    for (const { word, pattern } of QUALIFIERS)
      terms.push({
        pattern: wordsPattern(
          String.raw`${pattern}[\s-]+(?:${anyOf(qualifiable)})${NOT_A_RESULT_AFTER}`,
        ),
        kind: 'nonGaap',
        gaap,
        name: `${word} ${measure.inMessages}`,
        rank: 1,
        generic: true,
      })
  return terms
}

function termsOf(measures: readonly MeasureDefinition[]): readonly Term[] {
  const byId = new Map(measures.map((measure) => [measure.id, measure]))
  const terms: Term[] = []
  for (const measure of measures) {
    // The GAAP measure a non-GAAP one must follow; one that reconciles to nothing known is not judged.
    const target = measure.gaap ? measure : byId.get(measure.reconcilesTo ?? '')
    if (target === undefined || !target.gaap) continue
    if (measure.gaap) terms.push(...gaapTerms(measure))
    terms.push(...nonGaapTerms(measure, target.id))
  }
  return terms
}

// The checks run on every keystroke; the measures list changes far less often.
const TERMS = new WeakMap<readonly MeasureDefinition[], readonly Term[]>()

function cachedTerms(measures: readonly MeasureDefinition[]): readonly Term[] {
  const known = TERMS.get(measures)
  if (known !== undefined) return known
  const terms = termsOf(measures)
  TERMS.set(measures, terms)
  return terms
}

interface Candidate extends MeasureMention {
  readonly rank: number
}

const order = (a: Candidate, b: Candidate): number =>
  a.start - b.start ||
  b.end - a.end ||
  (a.kind === b.kind ? 0 : a.kind === 'nonGaap' ? -1 : 1) ||
  a.rank - b.rank

/** Whether a paragraph names any non-GAAP measure: most releases name none, and need no more reading. */
export function namesNonGaapMeasure(text: string, measures: readonly MeasureDefinition[]): boolean {
  const qualified = QUALIFIER_WORD.test(text)
  return cachedTerms(measures).some((term) => {
    if (term.kind !== 'nonGaap' || (term.generic && !qualified)) return false
    term.pattern.lastIndex = 0
    return term.pattern.test(text)
  })
}

/**
 * The measures a paragraph names, left to right, each word in one mention at most: the longest
 * words win, so "adjusted net income" is one non-GAAP mention, not also "net income".
 */
export function measureMentions(
  text: string,
  measures: readonly MeasureDefinition[],
): readonly MeasureMention[] {
  const candidates: Candidate[] = []
  const qualified = QUALIFIER_WORD.test(text)
  for (const term of cachedTerms(measures)) {
    if (term.generic && !qualified) continue
    term.pattern.lastIndex = 0
    for (const match of text.matchAll(term.pattern)) {
      if (match[0] === '') continue
      const start = match.index
      candidates.push({
        start,
        end: start + match[0].length,
        kind: term.kind,
        gaap: term.gaap,
        name: term.name,
        rank: term.rank,
      })
    }
  }
  candidates.sort(order)
  const mentions: MeasureMention[] = []
  let reached = 0
  for (const candidate of candidates) {
    if (candidate.start < reached) continue
    mentions.push({
      start: candidate.start,
      end: candidate.end,
      kind: candidate.kind,
      gaap: candidate.gaap,
      name: candidate.name,
    })
    reached = candidate.end
  }
  return mentions
}

// A table's row or cell: besides the measure's name, only figures, footnote marks and rules.
const NOT_A_WORD = /[\d\s.,;:$%()|/*•–—-]+/g
const CELL_FIGURE = /^\s*(?:\$\s*)?\(?-?\d[\d,]*(?:\.\d+)?\)?\s*%?\s*$/

/**
 * Whether a paragraph is a table's row or cell rather than prose: its only words are measure
 * names ("Adjusted EBITDA 2 | 35,357", a Word cell "Net income"), or its cells ("|", tab) hold figures.
 */
export function isTabular(text: string, mentions: readonly MeasureMention[]): boolean {
  let rest = ''
  let from = 0
  for (const mention of mentions) {
    rest += text.slice(from, mention.start)
    from = mention.end
  }
  rest += text.slice(from)
  if (rest.replace(NOT_A_WORD, '') === '') return true
  const cells = text.split(/[|\t]/)
  return cells.length > 1 && cells.some((cell) => CELL_FIGURE.test(cell))
}
