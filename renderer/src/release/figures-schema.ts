import { z } from 'zod'
import { AMOUNT_HINT } from './amount-parser'
import { Dec } from './decimal'
import { precisionToStore, typedFigure } from './figure-precision'
import type { TypedFigure } from './figure-precision'
import { measureKind, MEASURES, PERIODS } from './measures'
import type { Measure, MeasureKind, PeriodKey } from './measures'

/** One measure's figures by period: exact decimal strings, or null when not reported. */
export type FigureRow = Readonly<Record<PeriodKey, string | null>>

/**
 * The unit of the last digit a figure was typed to, where it is not the stored amount's own last
 * digit: "100000" for a revenue typed as "5.6m" and stored as "5600000". Absent means exact as stored.
 */
export type FigurePrecision = Readonly<
  Partial<Record<Measure, Readonly<Partial<Record<PeriodKey, string>>>>>
>

/** The figures a release reports, and the precision of those typed rounded. */
export type Figures = Readonly<Record<Measure, FigureRow>> & {
  readonly precision?: FigurePrecision
}

/** A cell as typed, read with its measure's rules and the unit of its last digit; null when empty. */
function figureCell(kind: MeasureKind) {
  return z
    .unknown()
    .optional()
    .transform((value, ctx): TypedFigure | null => {
      if (value === null || value === undefined) return null
      if (typeof value !== 'string' && typeof value !== 'number') {
        ctx.issues.push({
          code: 'custom',
          message: `expected ${AMOUNT_HINT}, got ${JSON.stringify(value)}`,
          input: value,
        })
        return z.NEVER
      }
      if (typeof value === 'string' && value.trim() === '') return null
      const typed = typedFigure(value, kind)
      if (!typed.ok) {
        ctx.issues.push({ code: 'custom', message: typed.error, input: value })
        return z.NEVER
      }
      return typed.value
    })
}

/** An amount of a measure of this kind, stored as an exact decimal string; typed forms such as "5.6m" are accepted and normalised. */
export function amountSchemaFor(kind: MeasureKind) {
  return figureCell(kind).transform((cell): string | null => cell?.amount ?? null)
}

/** An amount in dollars, stored as an exact decimal string; typed forms such as "5.6m" are accepted and normalised. */
export const amountSchema = amountSchemaFor('money')

const UNIT = /^(?:10*|0\.0*1)$/
const unitSchema = z
  .string({ error: 'expected the unit of the last digit as a string, such as "100000" for 5.6m' })
  .regex(UNIT, 'expected the unit of the last digit, such as "100000" for 5.6m, "1" or "0.01"')

function periodsOf<T extends z.ZodType>(schema: (period: PeriodKey) => T) {
  return {
    quarter: schema('quarter'),
    previousQuarter: schema('previousQuarter'),
    yearAgoQuarter: schema('yearAgoQuarter'),
    yearToDate: schema('yearToDate'),
    yearAgoYearToDate: schema('yearAgoYearToDate'),
  }
}

function measuresOf<T extends z.ZodType>(schema: (measure: Measure) => T) {
  return {
    revenue: schema('revenue'),
    netIncome: schema('netIncome'),
    dilutedEps: schema('dilutedEps'),
    dilutedShares: schema('dilutedShares'),
  }
}

const precisionSchema = z
  .object(
    measuresOf(() =>
      z
        .object(periodsOf(() => unitSchema.optional()))
        .strict()
        .optional(),
    ),
  )
  .strict()

type RawFigures = Readonly<Record<Measure, Readonly<Record<PeriodKey, TypedFigure | null>>>> & {
  readonly precision?:
    | Readonly<
        Partial<
          Record<Measure, Readonly<Partial<Record<PeriodKey, string | undefined>>> | undefined>
        >
      >
    | undefined
}

/** Why a stored precision cannot go with its figure, or null when it can. */
function precisionProblem(
  measure: Measure,
  period: PeriodKey,
  cell: TypedFigure | null,
  unit: string,
): string | null {
  const field = `figures.${measure}.${period}`
  if (cell === null)
    return `a precision for ${field}, which is not reported; remove it or enter the figure`
  if (measureKind(measure) === 'perShare' && new Dec(unit).greaterThan('0.01'))
    return `a per-share figure is known at least to the cent; expected "0.01" or finer, got "${unit}"`
  if (!new Dec(cell.amount).mod(unit).isZero())
    return `says ${field} is known to the nearest ${unit}, but it is ${cell.amount}; correct the figure or remove its precision`
  return null
}

/** Splits the typed cells into stored amounts and the precision worth keeping, refusing precisions that contradict their figures. */
function storedFigures(raw: RawFigures, ctx: z.RefinementCtx): Figures {
  const precision: Partial<Record<Measure, Partial<Record<PeriodKey, string>>>> = {}
  const rows = {} as Record<Measure, Record<PeriodKey, string | null>>
  for (const measure of MEASURES) {
    rows[measure] = {} as Record<PeriodKey, string | null>
    for (const period of PERIODS) {
      const cell = raw[measure][period]
      rows[measure][period] = cell?.amount ?? null
      const stated = raw.precision?.[measure]?.[period]
      if (stated !== undefined) {
        const problem = precisionProblem(measure, period, cell, stated)
        if (problem !== null) {
          ctx.addIssue({
            code: 'custom',
            message: problem,
            path: ['precision', measure, period],
            input: stated,
          })
          continue
        }
      }
      if (cell === null) continue
      // A stated precision wins over the typed text's: it is what the app saved.
      const unit = precisionToStore(
        { amount: cell.amount, unit: stated ?? cell.unit },
        measureKind(measure),
      )
      if (unit !== null) precision[measure] = { ...precision[measure], [period]: unit }
    }
  }
  return Object.keys(precision).length === 0 ? rows : { ...rows, precision }
}

/**
 * The figures of a release or figures file. `strict` refuses unknown keys (a typo such as
 * "yearTodate" in a figures file); the release file ignores them, as it always has.
 */
export function figuresSchemaFor(strict: boolean) {
  const row = (measure: Measure) => {
    const object = z.object(periodsOf(() => figureCell(measureKind(measure))))
    return (strict ? object.strict() : object).prefault({})
  }
  const shape = { ...measuresOf(row), precision: precisionSchema.optional() }
  const object = strict ? z.object(shape).strict() : z.object(shape)
  return object.prefault({}).transform((raw, ctx): Figures => storedFigures(raw, ctx))
}

export const figuresSchema = figuresSchemaFor(false)
