import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { z } from 'zod'
import { RULES } from '../../../renderer/src/release/checks/finding'

/** The kinds of claim of the issue's §3 (and of its Why) that planted mistakes cover. */
export const PLANTED_KINDS = [
  'percent-change',
  'bound-increase',
  'bound-decrease',
  'base',
  'direction',
  'multiple',
  'amount-sign',
  'scale',
  'per-share-cents',
  'amount-change',
  'flat',
  'points-vs-percent',
  'basis-points',
  'period',
  'number-forms',
  'subject',
  'precision',
  // A ratio of the user's own whose parts give the year-ago value the release never prints.
  'ratio-parts',
  // A measure whose name the release sets off with commas: "operating expenses, before depreciation and amortization,".
  'comma-name',
] as const
export type PlantedKind = (typeof PLANTED_KINDS)[number]

const words = z.string().min(1)

const typedAmount = z.string().min(1).nullable()
const periodOverrides = z
  .object({
    quarter: typedAmount,
    previousQuarter: typedAmount,
    yearAgoQuarter: typedAmount,
    yearToDate: typedAmount,
    yearAgoYearToDate: typedAmount,
  })
  .partial()
  .strict()

/** Figures typed over the release's own, as a person enters them ("4.5m"); null clears one. */
const figureOverrides = z
  .object({ revenue: periodOverrides, netIncome: periodOverrides, dilutedEps: periodOverrides })
  .partial()
  .strict()
export type FigureOverrides = z.output<typeof figureOverrides>

/** A draft: paragraphs separated by a blank line. */
const draft = z.string().min(1)

export const plantedCaseSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'expected an id in kebab-case'),
    kind: z.enum(PLANTED_KINDS),
    /** "sample" for the sample release's figures, or the name of a corpus release. */
    release: z.string().min(1),
    /** Why the mistake is one, with the arithmetic. */
    why: z.string().min(1),
    /** True when the issue's Why lists this mistake or this true sentence. */
    fromIssue: z.boolean().default(false),
    figures: figureOverrides.optional(),
    mistake: z
      .object({
        text: draft,
        /** The words the error must point at (an error on any of them counts). */
        words,
        rule: z.enum(RULES).optional(),
      })
      .strict(),
    /** The true twin: the same claim, right, which must get no error. */
    truth: z.object({ text: draft }).strict(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (!entry.mistake.text.includes(entry.mistake.words)) {
      ctx.addIssue({
        code: 'custom',
        path: ['mistake', 'words'],
        message: `"${entry.mistake.words}" is not in the mistake's text`,
      })
    }
  })
export type PlantedCase = z.output<typeof plantedCaseSchema>

export const plantedSetSchema = z
  .object({ cases: z.array(plantedCaseSchema).min(1) })
  .strict()
  .superRefine((set, ctx) => {
    const seen = new Set<string>()
    set.cases.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['cases', index, 'id'],
          message: `id "${entry.id}" is used twice`,
        })
      }
      seen.add(entry.id)
    })
  })

export const PLANTED_FILE = resolve(__dirname, '../../fixtures/claims/planted.json')

/** Reads and validates the planted set; a problem names the case and the field. */
export function readPlantedSet(file: string = PLANTED_FILE): readonly PlantedCase[] {
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'))
  const parsed = plantedSetSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.join('.') ?? '(top level)'
    throw new Error(`planted.json: ${where}: ${issue?.message ?? 'invalid'}`)
  }
  return parsed.data.cases
}
