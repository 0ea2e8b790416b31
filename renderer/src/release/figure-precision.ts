import { assertNever } from './assert-never'
import { amountToFileString, readFigureAmount } from './amount-parser'
import { Dec } from './decimal'
import type { ReleaseDocument } from './document-schema'
import { figureRow } from './figures-schema'
import type { FigurePrecision, Figures } from './figures-schema'
import type { Measure, MeasureKind, PeriodKey } from './measures'
import type { FigureResolution } from './resolve-figures'
import { resolvedFigure } from './resolve-figures'

/** The kind of a measure of these figures; money for one they do not report. */
export function kindIn(figures: Figures, measure: Measure): MeasureKind {
  return figures.measures.find((definition) => definition.id === measure)?.kind ?? 'money'
}
import type { Result } from './result'
import { ok } from './result'

/** Per-share figures are reported to the cent: "$0.1" is $0.10, known to the cent. */
const CENT = new Dec('0.01')

/** A figure as typed: its file string ("5600000") and the unit of its last digit ("100000" for "5.6m"). */
export interface TypedFigure {
  readonly amount: string
  readonly unit: string
}

function forKind(unit: Dec, kind: MeasureKind): Dec {
  return kind === 'perShare' && unit.greaterThan(CENT) ? CENT : unit
}

/** The unit a stored amount is known to when no precision is stored: its last digit ("exact as stored"). */
export function storedUnit(amount: string, kind: MeasureKind): Dec {
  const decimals = /\.(\d+)$/.exec(amount)?.[1]?.length ?? 0
  return forKind(new Dec(`1e-${decimals}`), kind)
}

/**
 * Reads what was typed for a figure, with the unit of its last digit: "5.6m" is 5600000 known to
 * 100000, "5,600,000" to 1, "5.60m" to 10000, "$0.02" to 0.01, "(168,000)" to 1.
 */
export function typedFigure(input: string | number, kind: MeasureKind): Result<TypedFigure> {
  const read = readFigureAmount(input, kind)
  if (!read.ok) return read
  return ok({
    amount: amountToFileString(read.value.value),
    unit: forKind(read.value.unit, kind).toFixed(),
  })
}

/** The precision worth storing for a typed figure: null when it is the stored amount's own last digit. */
export function precisionToStore(typed: TypedFigure, kind: MeasureKind): string | null {
  return storedUnit(typed.amount, kind).equals(typed.unit) ? null : typed.unit
}

/** The figures with one figure set (or cleared, with null) together with the precision it was typed to. */
export function withFigure(
  figures: Figures,
  measure: Measure,
  period: PeriodKey,
  typed: TypedFigure | null,
): Figures {
  const unit = typed === null ? null : precisionToStore(typed, kindIn(figures, measure))
  const periods = without(figures.precision?.[measure] ?? {}, period)
  const rows = without(figures.precision ?? {}, measure)
  const precision: FigurePrecision =
    unit === null && Object.keys(periods).length === 0
      ? rows
      : { ...rows, [measure]: unit === null ? periods : { ...periods, [period]: unit } }
  const next: Figures = {
    entries: figures.entries,
    measures: figures.measures,
    rows: { ...figures.rows, [measure]: { ...figureRow(figures, measure), [period]: typed?.amount ?? null } },
  }
  // Absent rather than empty, so that a release with only exact figures saves as it always did.
  return Object.keys(precision).length === 0 ? next : { ...next, precision }
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key))
}

/** The stored precision of one figure, as its file string, or null when it is exact as stored. */
export function storedPrecision(
  figures: Figures,
  measure: Measure,
  period: PeriodKey,
): string | null {
  return figures.precision?.[measure]?.[period] ?? null
}

/**
 * The unit of the last digit an entered figure is known to: 100000 for "$5.6 million", 1 for
 * "5,600,000", 0.01 for "$0.02". Null when the figure is not entered. The checks use it to judge a
 * stated percent only where no values within the figures' precision give it.
 */
export function figureUnit(
  document: ReleaseDocument,
  measure: Measure,
  period: PeriodKey,
): Dec | null {
  const stored = figureRow(document.figures, measure)[period]
  if (stored === null) return null
  const precision = storedPrecision(document.figures, measure, period)
  return precision === null ? storedUnit(stored, kindIn(document.figures, measure)) : new Dec(precision)
}

/**
 * The unit of a figure the release uses, entered or derived: a derived figure (the previous
 * quarter as year to date minus this quarter) is known only to the coarser unit of its inputs.
 * Null when the figure is not reported.
 */
export function resolvedFigureUnit(
  document: ReleaseDocument,
  resolution: FigureResolution,
  measure: Measure,
  period: PeriodKey,
): Dec | null {
  const figure = resolvedFigure(resolution.figures, measure, period)
  switch (figure.source) {
    case 'missing':
      return null
    case 'entered':
      return figureUnit(document, measure, period)
    case 'derived':
      return figure.from.reduce<Dec | null>((coarsest, input) => {
        const unit = figureUnit(document, measure, input)
        if (unit === null) return coarsest
        return coarsest === null || unit.greaterThan(coarsest) ? unit : coarsest
      }, null)
    default:
      return assertNever(figure)
  }
}
