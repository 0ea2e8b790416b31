import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import { Dec } from '../../../renderer/src/release/decimal'
import { draftFromFigures, figuresFileSchema } from '../../../renderer/src/release/figures-file'
import { releaseFacts } from '../../../renderer/src/release/release-facts'
import type { ReleaseFacts } from '../../../renderer/src/release/release-facts'
import { corpusClaimSchema } from './corpus-claim'
import type { CorpusClaim } from './corpus-claim'
import { corpusMeasures, readCorpusMeasuresFile } from './corpus-measures'

/** Where the corpus of real releases sits: next to the project, or where CLAIMS_CORPUS points. */
export function corpusDirectory(): string {
  return process.env['CLAIMS_CORPUS'] ?? resolve(__dirname, '../../../../shared/corpus/releases')
}

const figure = z.number().nullable()
const periods = z.object({
  current_quarter: figure,
  prior_quarter: figure,
  prior_year_quarter: figure,
  ytd: figure,
  prior_ytd: figure,
})

// In its own module so that corpus-measures.ts, which this module reads, can read it too.
export { corpusClaimSchema } from './corpus-claim'
export type { CorpusClaim } from './corpus-claim'

const corpusFiguresSchema = z.object({
  company: z.string().min(1),
  fiscal_year_end_month: z.number().int(),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  fiscal_year: z.number().int(),
  period_end: z.string().nullable(),
  release_date: z.string().nullable(),
  figures: z.object({ revenue: periods, net_income: periods, eps: periods }),
  derived_checks: z.array(corpusClaimSchema),
})
type CorpusFigures = z.output<typeof corpusFiguresSchema>

/** A stretch of the release text from one source page. */
export interface CorpusSource {
  readonly header: string
  /** A preceding release kept only for its figures: its claims are about other figures. */
  readonly preceding: boolean
  readonly paragraphs: readonly string[]
}

export interface CorpusRelease {
  readonly name: string
  readonly facts: ReleaseFacts
  readonly sources: readonly CorpusSource[]
  /** The paragraphs the checker reads: every source but a preceding release's. */
  readonly paragraphs: readonly string[]
  readonly claims: readonly CorpusClaim[]
  /** The claims (by index) about the measures corpus-measures.json maps: judged like the three of `figures`. */
  readonly mappedClaims: ReadonlySet<number>
}

const SCALES: readonly (readonly [number, string])[] = [
  [1e9, 'b'],
  [1e6, 'm'],
  [1e3, 'k'],
]

/**
 * A corpus figure as a person would type it, keeping its precision: 619400000 ("$619.4 million")
 * is "619.4m", known to the hundred thousand; 8266000 is "8.266m"; 0.63 is "0.63".
 */
export function typedAmount(value: number): string {
  const exact = new Dec(String(value))
  const size = exact.abs()
  for (const [scale, suffix] of SCALES) {
    if (size.gte(scale)) return `${exact.div(scale).toFixed()}${suffix}`
  }
  return exact.toFixed()
}

function typedPeriods(values: z.output<typeof periods>): Record<string, string | null> {
  const typed = (value: number | null): string | null =>
    value === null ? null : typedAmount(value)
  return {
    quarter: typed(values.current_quarter),
    previousQuarter: typed(values.prior_quarter),
    yearAgoQuarter: typed(values.prior_year_quarter),
    yearToDate: typed(values.ytd),
    yearAgoYearToDate: typed(values.prior_ytd),
  }
}

/**
 * The release's facts, built through the figures file's own schema, as the app would read them: a
 * version-2 file with the measures the corpus's text gives beyond the three of its `figures`.
 */
export function corpusFacts(name: string, data: CorpusFigures): ReleaseFacts {
  // A release the mapping does not know (a test's own) reports the measures of version 1.
  const mapped = name in readCorpusMeasuresFile().releases ? corpusMeasures(name) : null
  const parsed = figuresFileSchema.safeParse({
    ...(mapped === null ? {} : { formatVersion: 2, measures: mapped.measures }),
    company: { name: data.company },
    fiscalYear: data.fiscal_year,
    quarter: data.quarter,
    fiscalYearEndMonth: data.fiscal_year_end_month,
    periodEnd: data.period_end,
    releaseDate: data.release_date,
    // The corpus's releases are read, not written: the style their scores were measured with.
    style: { negative: 'parenInside' },
    figures: {
      ...mapped?.figures,
      revenue: typedPeriods(data.figures.revenue),
      netIncome: typedPeriods(data.figures.net_income),
      dilutedEps: typedPeriods(data.figures.eps),
    },
  })
  if (!parsed.success) throw new Error(`${name}.json: ${parsed.error.message}`)
  return releaseFacts(draftFromFigures(parsed.data))
}

const BULLET = /^[-\u2022\u25aa\u25cf*]\s/
const HEADER = /^=== SOURCE(?: \d+)?: (.*) ===\s*$/

/**
 * The text's paragraphs, source by source. A blank line ends a paragraph; a wrapped line does not
 * (plain-text exhibits wrap at 80 columns), so lines are joined with a space; a bullet ("- ", "• ")
 * starts a line of its own.
 */
export function corpusSources(text: string): readonly CorpusSource[] {
  const sources: { header: string; lines: string[] }[] = []
  for (const line of text.split(/\r?\n/)) {
    const header = HEADER.exec(line)
    if (header !== null) sources.push({ header: header[1] ?? '', lines: [] })
    else if (sources.length === 0) sources.push({ header: '', lines: [line] })
    else sources[sources.length - 1]?.lines.push(line)
  }
  return sources.map(({ header, lines }) => ({
    header,
    preceding: /\bpreceding\b/i.test(header),
    paragraphs: lines
      .join('\n')
      .split(/\n\s*\n/)
      .map((block) =>
        block
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== '')
          // A bullet starts its own line, as each highlight is its own line in the app: a run of
          // "- Revenue of …" highlights joined by spaces would read as one sentence.
          .reduce((joined, line) => (joined === '' ? line : `${joined}${BULLET.test(line) ? '\n' : ' '}${line}`), ''),
      )
      .filter((paragraph) => paragraph !== ''),
  }))
}

/** Reads one release of the corpus: NAME.json and NAME.txt. */
export function readCorpusRelease(directory: string, name: string): CorpusRelease {
  const json: unknown = JSON.parse(readFileSync(join(directory, `${name}.json`), 'utf8'))
  const parsed = corpusFiguresSchema.safeParse(json)
  if (!parsed.success) throw new Error(`${name}.json: ${parsed.error.message}`)
  const sources = corpusSources(readFileSync(join(directory, `${name}.txt`), 'utf8'))
  return {
    name,
    facts: corpusFacts(name, parsed.data),
    sources,
    paragraphs: sources
      .filter((source) => !source.preceding)
      .flatMap((source) => source.paragraphs),
    claims: parsed.data.derived_checks,
    mappedClaims: new Set(
      (readCorpusMeasuresFile().releases[name]?.claims ?? []).map((entry) => entry.index),
    ),
  }
}

/** Every release of the corpus, by name; empty when the corpus is not there. */
export function corpusReleaseNames(directory: string): readonly string[] {
  try {
    return readdirSync(directory)
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.slice(0, -'.json'.length))
      .sort()
  } catch {
    return []
  }
}
