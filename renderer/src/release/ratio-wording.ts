import { assertNever } from './assert-never'
import { Dec, roundHalfUp } from './decimal'
import { ratioStyle } from './house-style'
import type { HouseStyle, RatioVerbStyle } from './house-style'
import type { MeasureDefinition } from './measure-definition'

const HUNDRED = new Dec(100)

/** The house style's verbs for a ratio that rose and one that fell. */
export const RATIO_VERBS: Readonly<Record<RatioVerbStyle, { readonly up: string; readonly down: string }>> = {
  improved: { up: 'improved', down: 'declined' },
  increased: { up: 'increased', down: 'decreased' },
  expanded: { up: 'expanded', down: 'contracted' },
}

/** A ratio's level as the house style writes it: "31.5%", "negative 2.1%" for an operating loss. */
export function formatRatio(value: Dec, decimals: number): string {
  const rounded = roundHalfUp(value, decimals)
  const shown = `${rounded.abs().toFixed(decimals)}%`
  return rounded.isNegative() && !rounded.isZero() ? `negative ${shown}` : shown
}

/** The change between two levels of a ratio, as the house style counts it. */
export interface RatioChange {
  /** In percentage points, signed; for basis points, the whole number of basis points over 100. */
  readonly points: Dec
  readonly direction: 'up' | 'down' | 'flat'
  /** "1.5 percentage points", "150 basis points"; empty when flat. */
  readonly words: string
}

function unitWords(count: Dec, decimals: number, singular: string, plural: string): string {
  return `${count.toFixed(decimals)} ${count.equals(1) ? singular : plural}`
}

/**
 * The change in points as a reader of the text would count it. In percentage points it is the
 * difference of the two levels as printed, so "to 31.5% from 30.0%" always reads "1.5 percentage
 * points"; basis points are finer than the printed levels, so they come from the figures as
 * entered, rounded to the whole basis point.
 */
export function ratioChange(current: Dec, prior: Dec, style: HouseStyle): RatioChange {
  const ratios = ratioStyle(style)
  const decimals = ratios.ratioDecimals
  switch (ratios.ratioChange) {
    case 'percentagePoints': {
      const points = roundHalfUp(current, decimals).minus(roundHalfUp(prior, decimals))
      const size = points.abs()
      return {
        points,
        direction: points.isZero() ? 'flat' : points.isNegative() ? 'down' : 'up',
        words: unitWords(size, decimals, 'percentage point', 'percentage points'),
      }
    }
    case 'basisPoints': {
      const basis = roundHalfUp(current.minus(prior).times(HUNDRED), 0)
      const size = basis.abs()
      return {
        points: basis.dividedBy(HUNDRED),
        direction: basis.isZero() ? 'flat' : basis.isNegative() ? 'down' : 'up',
        words: unitWords(size, 0, 'basis point', 'basis points'),
      }
    }
    default:
      return assertNever(ratios.ratioChange)
  }
}

/**
 * A ratio's change as a predicate, after its subject: "improved 1.5 percentage points to 31.5%
 * from 30.0% in the same quarter in fiscal 2005", "declined 150 basis points to 30.0% from
 * 31.5% in the previous quarter", "was unchanged at 31.5% compared with the previous quarter".
 */
export function ratioChangePredicate(
  definition: Pick<MeasureDefinition, 'subject'>,
  current: Dec,
  prior: Dec,
  priorPhrase: string,
  style: HouseStyle,
): string {
  const ratios = ratioStyle(style)
  const change = ratioChange(current, prior, style)
  const now = formatRatio(current, ratios.ratioDecimals)
  const before = formatRatio(prior, ratios.ratioDecimals)
  const be = definition.subject.plural ? 'were' : 'was'
  const verbs = RATIO_VERBS[ratios.ratioVerbs]
  switch (change.direction) {
    case 'flat':
      return `${be} unchanged at ${now} compared with ${priorPhrase}`
    case 'up':
      return `${verbs.up} ${change.words} to ${now} from ${before} in ${priorPhrase}`
    case 'down':
      return `${verbs.down} ${change.words} to ${now} from ${before} in ${priorPhrase}`
    default:
      return assertNever(change.direction)
  }
}

/**
 * A ratio's change as a clause with its subject: "gross margin improved 1.5 percentage points to
 * 31.5% from 30.0% in the same quarter of fiscal 2005". The caller capitalises a sentence start.
 */
export function ratioChangeWords(
  definition: Pick<MeasureDefinition, 'subject'>,
  current: Dec,
  prior: Dec,
  priorPhrase: string,
  style: HouseStyle,
): string {
  return `${definition.subject.positive} ${ratioChangePredicate(definition, current, prior, priorPhrase, style)}`
}
