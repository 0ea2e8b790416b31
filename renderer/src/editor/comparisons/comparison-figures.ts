import { formatAmount, formatPercent, signedStyle } from '../../release/amount-format'
import type { Comparison } from '../../release/comparisons'
import type { HouseStyle } from '../../release/house-style'
import { ratioChange } from '../../release/ratio-wording'

/** The numbers of one comparison as the panel shows them. */
export interface ComparisonFigures {
  readonly current: string
  readonly prior: string
  readonly change: string
  /** "+55.6%", "−12.0%", or "NM" when a percent means nothing (base zero or negative, or a swing); for a ratio, "pts". */
  readonly percent: string
}

/** The sign the panel puts before a change. */
function signOf(direction: 'up' | 'down' | 'flat'): string {
  return direction === 'up' ? '+' : direction === 'down' ? '\u2212' : ''
}

const MISSING = '\u2014'

export function comparisonFigures(comparison: Comparison, houseStyle: HouseStyle): ComparisonFigures {
  // Figures side by side carry their signs, whatever the prose does.
  const style = signedStyle(houseStyle)
  if (comparison.kind === 'unavailable') return { current: MISSING, prior: MISSING, change: MISSING, percent: MISSING }
  const kind = comparison.definition.kind
  const amount = (value: Comparison & { kind: 'change' | 'swing' }, which: 'current' | 'prior'): string =>
    formatAmount(value[which], kind, style)
  if (kind === 'ratio') {
    // A ratio moves in points, as the house style counts them: a percent of a percent would mislead.
    const points = ratioChange(comparison.current, comparison.prior, houseStyle)
    const change = points.direction === 'flat' ? 'unchanged' : `${signOf(points.direction)}${points.words}`
    return { current: amount(comparison, 'current'), prior: amount(comparison, 'prior'), change, percent: 'pts' }
  }
  const changeText = formatAmount(comparison.change, kind, style)
  const change = comparison.change.isPositive() && !comparison.change.isZero() ? `+${changeText}` : changeText
  let percent = 'NM'
  if (comparison.kind === 'change' && comparison.percent !== null) {
    const shown = formatPercent(comparison.percent.abs(), 1)
    percent = comparison.percent.isZero() ? shown : `${comparison.percent.isNegative() ? '\u2212' : '+'}${shown}`
  }
  return { current: amount(comparison, 'current'), prior: amount(comparison, 'prior'), change, percent }
}
