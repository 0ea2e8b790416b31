import type { Dec } from './decimal'

/** The largest round figure strictly below a percent change, so that "more than" never overstates. */
export type Bound =
  | { readonly kind: 'moreThan'; readonly percent: Dec }
  | { readonly kind: 'moreThanDoubled' }
  | { readonly kind: 'moreThanTripled' }
  | { readonly kind: 'lessThanOne' }
  | { readonly kind: 'none' }

/**
 * Round steps: whole percents up to 10%, tens up to 100%, then "more than doubled" and
 * "more than tripled", then hundreds. 50.0% gives "more than 40%", never "more than 50%".
 */
export function boundBelow(magnitude: Dec, isIncrease: boolean): Bound {
  if (magnitude.isZero() || magnitude.isNegative()) return { kind: 'none' }
  if (magnitude.lessThan(1)) return { kind: 'lessThanOne' }
  if (isIncrease && magnitude.greaterThan(100)) {
    if (magnitude.lessThanOrEqualTo(200)) return { kind: 'moreThanDoubled' }
    if (magnitude.lessThanOrEqualTo(300)) return { kind: 'moreThanTripled' }
  }
  const step = magnitude.greaterThan(100) ? 100 : magnitude.greaterThan(10) ? 10 : 1
  const bound = magnitude.dividedBy(step).ceil().minus(1).times(step)
  return bound.isZero() ? { kind: 'none' } : { kind: 'moreThan', percent: bound }
}
