import { Dec } from '../../decimal'
import type { PercentFacts } from './facts-index'
import type { AmountToken, PercentToken, Qualifier } from './number-tokens'

const HALF = new Dec('0.5')

/** Half the last unit a number is written to: 0.5 for "19%", 0.05 for "8.5%". */
export function halfUnit(decimals: number): Dec {
  return HALF.times(new Dec(10).pow(-decimals))
}

/**
 * Whether a stated percent fits a comparison. A plain percent passes when it is a rounding of
 * a percent between the unrounded one and the one recomputed from the figures as printed; a
 * bound ("more than 50%") must hold for the unrounded change; "approximately" allows a point
 * either side, or a tenth of the stated figure when that is more.
 */
export function percentFits(token: PercentToken, facts: PercentFacts): boolean {
  return percentFitsValue(token.value, token.decimals, token.qualifier, facts)
}

/** Whether a stated percent, with its qualifier and precision, fits a range of percents. */
export function percentFitsValue(
  stated: Dec,
  decimals: number,
  qualifier: Qualifier,
  facts: Pick<PercentFacts, 'low' | 'high' | 'magnitude'> & { readonly printed?: Dec | null },
): boolean {
  const printed = facts.printed ?? null
  if (
    printed !== null &&
    (qualifier === 'none' || qualifier === 'approximately') &&
    percentFitsValue(stated, decimals, qualifier, {
      low: printed,
      high: printed,
      magnitude: printed,
    })
  )
    return true
  switch (qualifier) {
    case 'moreThan':
      return facts.magnitude.greaterThan(stated)
    case 'atLeast':
      return facts.magnitude.greaterThanOrEqualTo(stated)
    case 'lessThan':
      return facts.magnitude.lessThan(stated)
    case 'approximately':
    case 'none': {
      let slack = halfUnit(decimals)
      if (qualifier === 'approximately') slack = slack.plus(Dec.max(1, stated.dividedBy(10)))
      const aboveLow = stated.plus(slack).greaterThanOrEqualTo(facts.low)
      const belowHigh = stated.minus(slack).lessThanOrEqualTo(facts.high)
      return aboveLow && belowHigh
    }
  }
}

/** Whether a stated amount is a figure at the precision it is written to. */
export function amountFits(token: AmountToken, magnitude: Dec, factor: Dec = new Dec(1)): boolean {
  const stated = token.magnitude.times(factor)
  const half = token.unit.times(factor).times(HALF)
  switch (token.qualifier) {
    case 'moreThan':
      return magnitude.greaterThan(stated)
    case 'atLeast':
      return magnitude.greaterThanOrEqualTo(stated)
    case 'lessThan':
      return magnitude.lessThan(stated)
    case 'approximately':
      return magnitude
        .minus(stated)
        .abs()
        .lessThanOrEqualTo(Dec.max(half, stated.times('0.05')))
    case 'none':
      return magnitude.minus(stated).abs().lessThanOrEqualTo(half)
  }
}
