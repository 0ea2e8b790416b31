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

const ONE = new Dec(1)

/** The values an amount as written can stand for, at one scale: computed once per amount and scale. */
interface AmountBounds {
  readonly stated: Dec
  readonly low: Dec
  readonly high: Dec
}

// An amount is compared with every figure of the release, often at several scales: its bounds are computed once.
const BOUNDS = new WeakMap<AmountToken, Map<Dec, AmountBounds>>()

function amountBounds(token: AmountToken, factor: Dec): AmountBounds {
  let byFactor = BOUNDS.get(token)
  if (byFactor === undefined) {
    byFactor = new Map()
    BOUNDS.set(token, byFactor)
  }
  const cached = byFactor.get(factor)
  if (cached !== undefined) return cached
  const stated = token.magnitude.times(factor)
  const half = token.unit.times(factor).times(HALF)
  const slack = token.qualifier === 'approximately' ? Dec.max(half, stated.times('0.05')) : half
  const bounds = { stated, low: stated.minus(slack), high: stated.plus(slack) }
  byFactor.set(factor, bounds)
  return bounds
}

/** Whether a stated amount is a figure at the precision it is written to. */
export function amountFits(token: AmountToken, magnitude: Dec, factor: Dec = ONE): boolean {
  const { stated, low, high } = amountBounds(token, factor)
  switch (token.qualifier) {
    case 'moreThan':
      return magnitude.greaterThan(stated)
    case 'atLeast':
      return magnitude.greaterThanOrEqualTo(stated)
    case 'lessThan':
      return magnitude.lessThan(stated)
    case 'approximately':
    case 'none':
      // Within the slack either side: the same test as |magnitude - stated| <= slack, without a subtraction per figure.
      return magnitude.greaterThanOrEqualTo(low) && magnitude.lessThanOrEqualTo(high)
  }
}
