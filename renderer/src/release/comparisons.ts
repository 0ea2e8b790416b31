import { Dec, roundHalfUp } from './decimal'
import { displayedValue } from './amount-format'
import type { HouseStyle } from './house-style'
import type { MeasureDefinition } from './measure-definition'
import { pairPeriods, PAIRS } from './measures'
import type { ComparisonPair, Measure, PeriodKey } from './measures'
import type { ResolvedFigures } from './resolve-figures'
import { figureValue, resolvedFigure } from './resolve-figures'

export type Direction = 'increase' | 'decrease' | 'flat'

/** One measure compared across one pair of periods, from the unrounded figures. */
export type Comparison =
  | {
      readonly kind: 'unavailable'
      readonly measure: Measure
      /** What the measure is: its kind, words and subject. */
      readonly definition: MeasureDefinition
      readonly pair: ComparisonPair
      readonly missing: readonly PeriodKey[]
    }
  | {
      /** Both figures on the same side of zero (or one of them zero). */
      readonly kind: 'change'
      readonly measure: Measure
      /** What the measure is: its kind, words and subject. */
      readonly definition: MeasureDefinition
      readonly pair: ComparisonPair
      readonly current: Dec
      readonly prior: Dec
      readonly change: Dec
      readonly direction: Direction
      /** Signed percent change; null when the base is zero or negative, where a percent means nothing. */
      readonly percent: Dec | null
    }
  | {
      /** Income to loss, or loss to income: worded as a swing, never as a percent. */
      readonly kind: 'swing'
      readonly measure: Measure
      /** What the measure is: its kind, words and subject. */
      readonly definition: MeasureDefinition
      readonly pair: ComparisonPair
      readonly current: Dec
      readonly prior: Dec
      readonly change: Dec
      readonly direction: Direction
    }

const HUNDRED = new Dec(100)

function directionOf(change: Dec): Direction {
  if (change.isZero()) return 'flat'
  return change.isPositive() ? 'increase' : 'decrease'
}

/** Percent change (current − prior) / prior, or null when the base is not positive. */
export function percentChange(current: Dec, prior: Dec): Dec | null {
  if (!prior.isPositive() || prior.isZero()) return null
  return current.minus(prior).dividedBy(prior).times(HUNDRED)
}

/** Compares two figures. */
export function compareValues(
  definition: MeasureDefinition,
  pair: ComparisonPair,
  current: Dec,
  prior: Dec,
): Comparison {
  const measure = definition.id
  const change = current.minus(prior)
  const direction = directionOf(change)
  const opposite =
    (current.isPositive() && !current.isZero() && prior.isNegative() && !prior.isZero()) ||
    (current.isNegative() && !current.isZero() && prior.isPositive() && !prior.isZero())
  if (opposite) return { kind: 'swing', measure, definition, pair, current, prior, change, direction }
  return {
    kind: 'change',
    measure,
    definition,
    pair,
    current,
    prior,
    change,
    direction,
    percent: percentChange(current, prior),
  }
}

/** Compares one measure across one pair of periods of the release. */
export function compare(
  figures: ResolvedFigures,
  definition: MeasureDefinition,
  pair: ComparisonPair,
): Comparison {
  const measure = definition.id
  const { current, prior } = pairPeriods(pair)
  const currentValue = figureValue(resolvedFigure(figures, measure, current))
  const priorValue = figureValue(resolvedFigure(figures, measure, prior))
  if (currentValue === null || priorValue === null) {
    const missing = [
      currentValue === null ? current : null,
      priorValue === null ? prior : null,
    ].filter((period): period is PeriodKey => period !== null)
    return { kind: 'unavailable', measure, definition, pair, missing }
  }
  return compareValues(definition, pair, currentValue, priorValue)
}

/** Every comparison of the release: each measure against each pair. */
export function allComparisons(figures: ResolvedFigures): readonly Comparison[] {
  return figures.measures.flatMap((measure) => PAIRS.map((pair) => compare(figures, measure, pair)))
}

/**
 * The whole percent a reader gets by recomputing from the figures as printed, and the one the
 * release states from the unrounded figures. They differ when rounding the amounts moved it.
 */
export function roundingDisagreement(
  comparison: Comparison,
  style: HouseStyle,
): { readonly stated: Dec; readonly fromPrinted: Dec } | null {
  if (comparison.kind !== 'change' || comparison.percent === null) return null
  const kind = comparison.definition.kind
  const printedPercent = percentChange(
    displayedValue(comparison.current, kind, style),
    displayedValue(comparison.prior, kind, style),
  )
  if (printedPercent === null) return null
  const stated = roundHalfUp(comparison.percent, style.percentDecimals)
  const fromPrinted = roundHalfUp(printedPercent, style.percentDecimals)
  return stated.equals(fromPrinted) ? null : { stated, fromPrinted }
}
