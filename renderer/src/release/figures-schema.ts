import { z } from 'zod'
import { AMOUNT_HINT } from './amount-parser'
import { Dec } from './decimal'
import { precisionToStore, typedFigure } from './figure-precision'
import type { TypedFigure } from './figure-precision'
import type { MeasureDefinition, MeasureId, MeasureKind } from './measure-definition'
import type { MeasureEntry } from './measure-entry'
import { PERIODS } from './measures'
import type { PeriodKey } from './measures'

/** One measure's figures by period: exact decimal strings, or null when not reported. */
export type FigureRow = Readonly<Record<PeriodKey, string | null>>

/** The row of a measure with nothing entered. */
export const EMPTY_ROW: FigureRow = {
  quarter: null,
  previousQuarter: null,
  yearAgoQuarter: null,
  yearToDate: null,
  yearAgoYearToDate: null,
}

/**
 * The unit of the last digit a figure was typed to, where it is not the stored amount's own last
 * digit: "100000" for a revenue typed as "5.6m" and stored as "5600000". Absent means exact as stored.
 */
export type FigurePrecision = Readonly<
  Record<MeasureId, Readonly<Partial<Record<PeriodKey, string>>>>
>

/**
 * The figures a release reports: the measures it reports, in the grid's order (as the file lists
 * them, and as defined), each measure's row, and the precision of those typed rounded.
 */
export interface Figures {
  readonly entries: readonly MeasureEntry[]
  readonly measures: readonly MeasureDefinition[]
  readonly rows: Readonly<Record<MeasureId, FigureRow>>
  readonly precision?: FigurePrecision
}

/** One measure's row; the empty row for a measure the release does not report. */
export function figureRow(figures: Figures, measure: MeasureId): FigureRow {
  return figures.rows[measure] ?? EMPTY_ROW
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
  return Object.fromEntries(PERIODS.map((period) => [period, schema(period)])) as Record<
    PeriodKey,
    T
  >
}

function measuresOf<T extends z.ZodType>(
  measures: readonly MeasureDefinition[],
  schema: (measure: MeasureDefinition) => T,
): Record<MeasureId, T> {
  return Object.fromEntries(measures.map((measure) => [measure.id, schema(measure)]))
}

type TypedRow = Readonly<Record<PeriodKey, TypedFigure | null>>
type StatedPrecision = Readonly<Partial<Record<PeriodKey, string | undefined>>>

/** Why a stored precision cannot go with its figure, or null when it can. */
function precisionProblem(
  measure: MeasureDefinition,
  period: PeriodKey,
  cell: TypedFigure | null,
  unit: string,
): string | null {
  const field = `figures.${measure.id}.${period}`
  if (cell === null)
    return `a precision for ${field}, which is not reported; remove it or enter the figure`
  if (measure.kind === 'perShare' && new Dec(unit).greaterThan('0.01'))
    return `a per-share figure is known at least to the cent; expected "0.01" or finer, got "${unit}"`
  if (!new Dec(cell.amount).mod(unit).isZero())
    return `says ${field} is known to the nearest ${unit}, but it is ${cell.amount}; correct the figure or remove its precision`
  return null
}

/** Splits the typed cells into stored amounts and the precision worth keeping, refusing precisions that contradict their figures. */
function storedFigures(
  entries: readonly MeasureEntry[],
  measures: readonly MeasureDefinition[],
  raw: Readonly<Record<MeasureId, TypedRow | undefined>>,
  stated: Readonly<Record<MeasureId, StatedPrecision | undefined>> | undefined,
  ctx: z.RefinementCtx,
): Figures {
  const precision: Record<MeasureId, Partial<Record<PeriodKey, string>>> = {}
  const rows: Record<MeasureId, FigureRow> = {}
  for (const measure of measures) {
    const row: Record<PeriodKey, string | null> = { ...EMPTY_ROW }
    for (const period of PERIODS) {
      const cell = raw[measure.id]?.[period] ?? null
      row[period] = cell?.amount ?? null
      const unitStated = stated?.[measure.id]?.[period]
      if (unitStated !== undefined) {
        const problem = precisionProblem(measure, period, cell, unitStated)
        if (problem !== null) {
          ctx.addIssue({
            code: 'custom',
            message: problem,
            path: ['precision', measure.id, period],
            input: unitStated,
          })
          continue
        }
      }
      if (cell === null) continue
      // A stated precision wins over the typed text's: it is what the app saved.
      const unit = precisionToStore({ amount: cell.amount, unit: unitStated ?? cell.unit }, measure.kind)
      if (unit !== null) precision[measure.id] = { ...precision[measure.id], [period]: unit }
    }
    rows[measure.id] = row
  }
  const figures: Figures = { entries, measures, rows }
  return Object.keys(precision).length === 0 ? figures : { ...figures, precision }
}

/**
 * The figures of a release or figures file that reports these measures. `strict` refuses unknown
 * keys (a typo such as "yearTodate", or a measure the file does not list); a version-1 release
 * file ignores them, as it always has.
 */
export function figuresSchemaFor(
  entries: readonly MeasureEntry[],
  measures: readonly MeasureDefinition[],
  strict: boolean,
) {
  const row = (measure: MeasureDefinition) => {
    const object = z.object(periodsOf(() => figureCell(measure.kind)))
    return (strict ? object.strict() : object).prefault({})
  }
  const precisionSchema = z
    .object(
      measuresOf(measures, () =>
        z
          .object(periodsOf(() => unitSchema.optional()))
          .strict()
          .optional(),
      ),
    )
    .strict()
  const shape = { ...measuresOf(measures, row), precision: precisionSchema.optional() }
  const object = strict ? z.object(shape).strict() : z.object(shape)
  return object.prefault({}).transform((raw, ctx): Figures => {
    const { precision, ...typed } = raw as Record<string, unknown>
    return storedFigures(
      entries,
      measures,
      typed as Readonly<Record<MeasureId, TypedRow | undefined>>,
      precision as Readonly<Record<MeasureId, StatedPrecision | undefined>> | undefined,
      ctx,
    )
  })
}

/** The figures as a file writes them: each measure's row by id, then the precision. */
export function figuresForFile(figures: Figures): Readonly<Record<string, unknown>> {
  const rows = Object.fromEntries(figures.measures.map((measure) => [measure.id, figureRow(figures, measure.id)]))
  return figures.precision === undefined ? rows : { ...rows, precision: figures.precision }
}
