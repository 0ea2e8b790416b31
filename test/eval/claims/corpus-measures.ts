import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { z } from 'zod'
import { VERSION_1_MEASURES } from '../../../renderer/src/release/measure-catalogue'
import type { MeasureId } from '../../../renderer/src/release/measure-definition'
import { measureEntrySchema } from '../../../renderer/src/release/measure-entry'
import type { MeasureEntry } from '../../../renderer/src/release/measure-entry'
import type { PeriodKey } from '../../../renderer/src/release/measures'
import { corpusClaimSchema } from './corpus-claim'

/** Where the hand-made mapping of the corpus's other measures sits. */
export const CORPUS_MEASURES_FIXTURE = resolve(
  __dirname,
  '../../fixtures/claims/corpus-measures.json',
)

// A figure as a person types it, keeping the precision the text prints: "22.0m", "-0.7m", "59.0", "0.10".
const typedFigure = z
  .string()
  .regex(/^-?\d+(?:\.\d+)?[kmb]?$/, 'expected a figure typed like "22.0m", "-2746213" or "59.0"')

const periodFigures = z
  .object({
    quarter: typedFigure.optional(),
    previousQuarter: typedFigure.optional(),
    yearAgoQuarter: typedFigure.optional(),
    yearToDate: typedFigure.optional(),
    yearAgoYearToDate: typedFigure.optional(),
  })
  .strict()

/** An `other_figures` key of the corpus file, or a nested one as [key, period key]. */
const sourceKey = z.union([z.string().min(1), z.tuple([z.string().min(1), z.string().min(1)])])
export type CorpusSourceKey = z.output<typeof sourceKey>

const releaseMeasuresSchema = z
  .object({
    /** The measures beyond the four of every version-1 file, in the grid's order. */
    measures: z.array(measureEntrySchema),
    figures: z.record(z.string(), periodFigures),
    /** For "grossMargin.quarter", the `other_figures` key the figure was read from. */
    sources: z.record(z.string(), sourceKey),
    /** The `other_figures` keys left out (a "*" stands for any run of characters), each with why. */
    skipped: z.array(z.object({ key: z.string().min(1), why: z.string().min(1) }).strict()),
    /** Mapping choices worth knowing, in words. */
    notes: z.array(z.string().min(1)),
    /** The corpus's `derived_checks` (by index) that speak of these measures, to score the eval on them. */
    claims: z.array(
      z
        .object({
          index: z.number().int().nonnegative(),
          metric: z.string().min(1),
          verdict_class: corpusClaimSchema.shape.verdict_class,
        })
        .strict(),
    ),
  })
  .strict()
export type ReleaseMeasures = z.output<typeof releaseMeasuresSchema>

export const corpusMeasuresFileSchema = z
  .object({ about: z.string().min(1), releases: z.record(z.string(), releaseMeasuresSchema) })
  .strict()
export type CorpusMeasuresFile = z.output<typeof corpusMeasuresFileSchema>

/** Reads and checks the fixture; a malformed file fails with the field that is wrong. */
export function readCorpusMeasuresFile(path: string = CORPUS_MEASURES_FIXTURE): CorpusMeasuresFile {
  const parsed = corpusMeasuresFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')))
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.message}`)
  return parsed.data
}

/** A release's measures and their figures, ready for a version-2 figures file. */
export interface CorpusMeasures {
  readonly measures: readonly MeasureEntry[]
  /**
   * One row for every measure listed but revenue, net income and diluted EPS, whose figures the
   * corpus's `figures` give (corpus.ts types them): a null is a figure the text does not print.
   */
  readonly figures: Readonly<Record<MeasureId, Readonly<Record<PeriodKey, string | null>>>>
}

// The three whose figures come from the corpus's own `figures`, not from `other_figures`.
const FROM_CORPUS_FIGURES: readonly MeasureId[] = ['revenue', 'netIncome', 'dilutedEps']

/**
 * The measures of one corpus release: the four of every version-1 file first, in their order,
 * then the ones its `other_figures` give, with their figures as the text prints them.
 */
export function corpusMeasures(
  name: string,
  file: CorpusMeasuresFile = readCorpusMeasuresFile(),
): CorpusMeasures {
  const release = file.releases[name]
  if (release === undefined)
    throw new Error(`corpus-measures.json has no entry for the release "${name}".`)
  const measures: readonly MeasureEntry[] = [
    ...VERSION_1_MEASURES.map((id) => ({ id })),
    ...release.measures,
  ]
  const figures: Record<MeasureId, Record<PeriodKey, string | null>> = {}
  for (const { id } of measures) {
    if (FROM_CORPUS_FIGURES.includes(id)) continue
    const given = release.figures[id] ?? {}
    figures[id] = {
      quarter: given.quarter ?? null,
      previousQuarter: given.previousQuarter ?? null,
      yearAgoQuarter: given.yearAgoQuarter ?? null,
      yearToDate: given.yearToDate ?? null,
      yearAgoYearToDate: given.yearAgoYearToDate ?? null,
    }
  }
  return { measures, figures }
}
