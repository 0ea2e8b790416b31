import { BLOCK_KINDS } from '../block-kinds'
import { MEASURE_CATALOGUE } from '../measure-catalogue'
import type { MeasureDefinition, MeasureId } from '../measure-definition'
import type { Finding, FindingBlock } from './finding'
import { finding } from './finding'
import { sentenceRanges } from './claims/sentences'
import type { MeasureMention } from './non-gaap-mentions'
import { isTabular, measureMentions, namesNonGaapMeasure } from './non-gaap-mentions'
import type { TextParagraph } from './text-model'
import { locate } from './text-model'

// Where a release presents its results. The boilerplate, safe harbor and contact only mention
// measures ("non-GAAP measures such as adjusted EBITDA"), and a GAAP figure there is not prominent.
const NOT_PRESENTED: ReadonlySet<FindingBlock> = new Set([
  'exhibit',
  'boilerplate',
  'webReference',
  'safeHarbor',
  'contact',
  'end',
])

const CITATION = 'Regulation G; Regulation S-K Item 10(e)(1)(i)(A)'
const CITATION_WITH_STAFF = `${CITATION}; SEC staff C&DI 102.10`

/** One mention, where it sits in the release's reading order. */
interface Placed {
  readonly mention: MeasureMention
  readonly paragraph: TextParagraph
  /** Position of the paragraph in reading order. */
  readonly order: number
  readonly tabular: boolean
}

const before = (a: Placed, b: Placed): boolean =>
  a.order < b.order || (a.order === b.order && a.mention.start < b.mention.start)

function placedMentions(
  paragraphs: readonly TextParagraph[],
  measures: readonly MeasureDefinition[],
): readonly Placed[] {
  const placed: Placed[] = []
  paragraphs.forEach((paragraph, order) => {
    if (NOT_PRESENTED.has(paragraph.block)) return
    const mentions = measureMentions(paragraph.text, measures)
    if (mentions.length === 0) return
    const tabular = isTabular(paragraph.text, mentions)
    for (const mention of mentions) placed.push({ mention, paragraph, order, tabular })
  })
  return placed
}

/** The GAAP measures whose mention states the one a non-GAAP measure must follow. */
function statedBy(gaap: MeasureId, measures: readonly MeasureDefinition[]): ReadonlySet<MeasureId> {
  const definition = measures.find((measure) => measure.id === gaap)
  // "Operating income was $40 million or 12.1 percent of sales" states the GAAP operating margin.
  const numerator = definition?.ratioOf?.numerator
  return new Set(numerator === undefined ? [gaap] : [gaap, numerator])
}

/** "the headline", "paragraph 2 of the results", "paragraph 5" (of a draft). */
function placeName(paragraph: TextParagraph): string {
  if (paragraph.block === 'draft') return `paragraph ${paragraph.paragraph + 1}`
  const block = `the ${BLOCK_KINDS[paragraph.block].shortName}`
  return paragraph.paragraph === 0 ? block : `paragraph ${paragraph.paragraph + 1} of ${block}`
}

const AMOUNT = String.raw`\(?-?\$\s?\(?\d[\d,]*(?:\.\d+)?\)?(?:\s+(?:million|billion|thousand))?|\d+(?:\.\d+)?\s?(?:%|percent\b)|\d+\s+cents\b`
// The amount a mention starts with ("$0.42 per diluted share"), or the one its verb ties to it
// ("net income for the quarter was $38.9 million"), never one of another measure further on.
const LEADING_AMOUNT = new RegExp(`^(?:${AMOUNT})`, 'i')
const TIED_AMOUNT = new RegExp(
  String.raw`^[^.;$%]{0,60}?\b(?:was|were|of|totaled|totalled|amounted\s+to|came\s+to|reached)\s+(${AMOUNT})`,
  'i',
)

/** The figure stated with a GAAP mention, if the words give one. */
function statedFigure(place: Placed): string | null {
  const { text } = place.paragraph
  const leading = LEADING_AMOUNT.exec(text.slice(place.mention.start, place.mention.end))
  if (leading !== null) return leading[0]
  return TIED_AMOUNT.exec(text.slice(place.mention.end))?.[1] ?? null
}

const capitalised = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1)

function sameSentence(a: Placed, b: Placed): boolean {
  if (a.order !== b.order) return false
  const sentence = sentenceRanges(a.paragraph.text).find((range) => range.end > a.mention.start)
  return sentence !== undefined && b.mention.start < sentence.end
}

function laterMessage(nonGaap: Placed, gaap: Placed, gaapName: string): string {
  const name = nonGaap.mention.name
  const figure = statedFigure(gaap)
  const stated = figure === null ? gaapName : `${gaapName} of ${figure}`
  const quoted = gaap.paragraph.text.slice(gaap.mention.start, gaap.mention.end)
  const heading =
    nonGaap.paragraph.block === 'headline' || nonGaap.paragraph.block === 'subheadline'
  if (heading && gaap.paragraph.block !== nonGaap.paragraph.block)
    return `${capitalised(placeName(nonGaap.paragraph))} gives ${name}, a non-GAAP measure, but ${gaapName} comes only later, in ${placeName(gaap.paragraph)} (“${quoted}”). State ${stated} in ${placeName(nonGaap.paragraph)} before ${name}, or take ${name} out of it (${CITATION_WITH_STAFF}).`
  const where = sameSentence(nonGaap, gaap)
    ? 'later in the same sentence'
    : `later, in ${placeName(gaap.paragraph)}`
  return `${capitalised(name)}, a non-GAAP measure, comes before ${gaapName}, which the release states only ${where} (“${quoted}”). State ${stated} before ${name}, with equal or greater prominence (${CITATION}).`
}

function tableOnlyMessage(nonGaap: Placed): string {
  const { name, gaap } = nonGaap.mention
  return `The release gives ${name}, a non-GAAP measure, in its text but states ${gaap} only in a table. State ${gaap} in the text before ${name}, with equal or greater prominence (${CITATION_WITH_STAFF}).`
}

function neverMessage(nonGaap: Placed): string {
  const { name, gaap } = nonGaap.mention
  return `The release gives ${name}, a non-GAAP measure, but never states ${gaap}. State ${gaap} before ${name}, with equal or greater prominence, and reconcile the two (${CITATION}).`
}

/** The GAAP measure's words for messages, by id. */
function gaapNames(measures: readonly MeasureDefinition[]): ReadonlyMap<MeasureId, string> {
  return new Map(measures.map((measure) => [measure.id, measure.inMessages]))
}

/** Why this mention of a non-GAAP measure lacks its GAAP measure's prominence; null when it does not. */
function problem(
  nonGaap: Placed,
  gaapMentions: readonly Placed[],
  names: ReadonlyMap<MeasureId, string>,
): string | null {
  // Prose needs the GAAP measure in prose before it; a table row, in the table or prose before it.
  const counts = (gaap: Placed): boolean => nonGaap.tabular || !gaap.tabular
  if (gaapMentions.some((gaap) => counts(gaap) && before(gaap, nonGaap))) return null
  const gaapName = names.get(nonGaap.mention.gaap) ?? nonGaap.mention.gaap
  const later = gaapMentions.find((gaap) => counts(gaap) && before(nonGaap, gaap))
  if (later !== undefined) return laterMessage(nonGaap, later, gaapName)
  const named = { ...nonGaap, mention: { ...nonGaap.mention, gaap: gaapName } }
  return gaapMentions.length > 0 ? tableOnlyMessage(named) : neverMessage(named)
}

// The checks run on every keystroke; the release's measures list changes far less often.
const JUDGED = new WeakMap<readonly MeasureDefinition[], readonly MeasureDefinition[]>()

/**
 * The measures Regulation G is judged with: the catalogue's, whose words find "adjusted EPS" even
 * when the release has no such figure, and the release's own non-GAAP measures with the GAAP
 * measures they reconcile to. Built once per measures list.
 */
export function regulationGMeasures(
  measures: readonly MeasureDefinition[],
): readonly MeasureDefinition[] {
  const kept = JUDGED.get(measures)
  if (kept !== undefined) return kept
  const known = new Set<MeasureId>(MEASURE_CATALOGUE.map((measure) => measure.id))
  const own = measures.filter(
    (measure) => !measure.gaap && measure.reconcilesTo !== null && !known.has(measure.id),
  )
  const targets = new Set(own.map((measure) => measure.reconcilesTo))
  const added = measures.filter(
    (measure) => !known.has(measure.id) && (own.includes(measure) || targets.has(measure.id)),
  )
  const judged = added.length === 0 ? MEASURE_CATALOGUE : [...MEASURE_CATALOGUE, ...added]
  JUDGED.set(measures, judged)
  return judged
}

/**
 * Regulation G: each non-GAAP measure the release states ("adjusted EBITDA", "non-GAAP net
 * income", a catalogue or user measure) needs its GAAP measure stated before it in the text, as
 * prominently: not only later, in the body after a headline, or in a table. One error per measure,
 * at its first mention that lacks it.
 */
export function nonGaapFindings(
  paragraphs: readonly TextParagraph[],
  measures: readonly MeasureDefinition[],
): readonly Finding[] {
  const presented = paragraphs.filter((paragraph) => !NOT_PRESENTED.has(paragraph.block))
  if (!presented.some((paragraph) => namesNonGaapMeasure(paragraph.text, measures))) return []
  const placed = placedMentions(paragraphs, measures)
  const names = gaapNames(measures)
  const findings: Finding[] = []
  const reported = new Set<string>()
  const gaapMentionsOf = new Map<MeasureId, readonly Placed[]>()
  const stated = (gaap: MeasureId): readonly Placed[] => {
    const stating = statedBy(gaap, measures)
    const mentions = placed.filter(
      (entry) => entry.mention.kind === 'gaap' && stating.has(entry.mention.gaap),
    )
    gaapMentionsOf.set(gaap, mentions)
    return mentions
  }
  for (const nonGaap of placed) {
    if (nonGaap.mention.kind !== 'nonGaap') continue
    const key = `${nonGaap.mention.name}>${nonGaap.mention.gaap}`
    if (reported.has(key)) continue
    const gaapMentions = gaapMentionsOf.get(nonGaap.mention.gaap) ?? stated(nonGaap.mention.gaap)
    const message = problem(nonGaap, gaapMentions, names)
    if (message === null) continue
    reported.add(key)
    const { start, end } = nonGaap.mention
    findings.push(
      finding({
        severity: 'error',
        rule: 'non-gaap-prominence',
        message,
        quote: nonGaap.paragraph.text.slice(start, end),
        location: locate(nonGaap.paragraph, start, end),
      }),
    )
  }
  return findings
}
