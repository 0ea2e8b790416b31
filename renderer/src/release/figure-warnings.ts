import { formatAmount, formatPercent } from './amount-format'
import { roundingDisagreement } from './comparisons'
import { PERIOD_LABELS } from './field-text'
import { MEASURE_LABELS, measureKind } from './measures'
import type { ComparisonPair, Measure, PeriodKey } from './measures'
import type { ReleaseFacts } from './release-facts'

/** A problem in the figures themselves that the user should see but that does not stop the work. */
export type FigureWarning =
  | {
      readonly kind: 'discrepancy'
      readonly measure: Measure
      readonly period: PeriodKey
      readonly message: string
    }
  | {
      readonly kind: 'rounding'
      readonly measure: Measure
      readonly pair: ComparisonPair
      readonly message: string
    }

/** Entered figures that disagree with derived ones, and percents a reader would recompute differently from the rounded figures. */
export function figureWarnings(facts: ReleaseFacts): readonly FigureWarning[] {
  const style = facts.document.style
  const warnings: FigureWarning[] = facts.resolution.discrepancies.map((entry) => {
    const kind = measureKind(entry.measure)
    return {
      kind: 'discrepancy',
      measure: entry.measure,
      period: entry.period,
      message: `${MEASURE_LABELS[entry.measure]} for ${PERIOD_LABELS[entry.period]}: entered ${formatAmount(entry.entered, kind, style)}, but ${entry.rule}, which gives ${formatAmount(entry.derived, kind, style)}`,
    }
  })
  for (const comparison of facts.comparisons) {
    const disagreement = roundingDisagreement(comparison, style)
    if (disagreement === null) continue
    warnings.push({
      kind: 'rounding',
      measure: comparison.measure,
      pair: comparison.pair,
      message: `${MEASURE_LABELS[comparison.measure]} against ${PERIOD_LABELS[comparison.pair]}: the change is ${formatPercent(disagreement.stated, style.percentDecimals)}, but a reader recomputing from the rounded figures gets ${formatPercent(disagreement.fromPrinted, style.percentDecimals)}`,
    })
  }
  return warnings
}
