import { Dec, groupThousands, roundHalfUp } from './decimal'
import type { HouseStyle } from './house-style'
import { assertNever } from './assert-never'
import type { MeasureKind } from './measures'

const MILLION = new Dec(1_000_000)
const BILLION = new Dec(1_000_000_000)

/** How an amount is scaled in prose: whole dollars, millions or billions. */
type Scaled = { readonly digits: Dec; readonly unit: '' | ' million' | ' billion' }

function scaleMoney(magnitude: Dec, style: HouseStyle): Scaled {
  if (magnitude.lessThan(style.fullBelow)) return { digits: roundHalfUp(magnitude, 0), unit: '' }
  const millions = roundHalfUp(magnitude.dividedBy(MILLION), style.millionsDecimals)
  // 999.96 million rounds to 1,000.0 million: say 1.0 billion instead.
  if (millions.greaterThanOrEqualTo(1000)) {
    return {
      digits: roundHalfUp(magnitude.dividedBy(BILLION), style.millionsDecimals),
      unit: ' billion',
    }
  }
  return { digits: millions, unit: ' million' }
}

function scaledValue(scaled: Scaled): Dec {
  switch (scaled.unit) {
    case '':
      return scaled.digits
    case ' million':
      return scaled.digits.times(MILLION)
    case ' billion':
      return scaled.digits.times(BILLION)
    default:
      return assertNever(scaled.unit)
  }
}

function decimalsOf(scaled: Scaled, style: HouseStyle): number {
  return scaled.unit === '' ? 0 : style.millionsDecimals
}

/**
 * The value a reader sees once the amount is written: "$5.6 million" is 5,600,000.
 * Comparisons recomputed from these values are what a careful reader would get.
 */
export function displayedValue(value: Dec, kind: MeasureKind, style: HouseStyle): Dec {
  const magnitude = value.abs()
  let shown: Dec
  switch (kind) {
    case 'money':
      shown = scaledValue(scaleMoney(magnitude, style))
      break
    case 'perShare':
      shown = roundHalfUp(magnitude, 2)
      break
    case 'count':
      shown = roundHalfUp(magnitude, 0)
      break
    case 'ratio':
      shown = roundHalfUp(magnitude, 1)
      break
    default:
      return assertNever(kind)
  }
  return value.isNegative() ? shown.negated() : shown
}

function perShareDigits(magnitude: Dec, style: HouseStyle): string {
  const fixed = roundHalfUp(magnitude, 2).toFixed(2)
  if (style.perShare === 'noLeadingZero' && fixed.startsWith('0.') && fixed !== '0.00')
    return fixed.slice(1)
  return groupThousands(fixed)
}

/** Puts the house style's negative marking around a formatted number: "$(168,000)", "($168,000)" or "$168,000". */
function withSign(
  negative: boolean,
  dollar: string,
  digits: string,
  unit: string,
  style: HouseStyle,
): string {
  if (!negative) return `${dollar}${digits}${unit}`
  switch (style.negative) {
    case 'parenInside':
      return `${dollar}(${digits})${unit}`
    case 'parenOutside':
      return `(${dollar}${digits}${unit})`
    case 'words':
      return `${dollar}${digits}${unit}`
    default:
      return assertNever(style.negative)
  }
}

/** Writes an amount the way the house style says: "$5.6 million", "$(168,000)", "$(0.02)", "8,250,000". */
export function formatAmount(value: Dec, kind: MeasureKind, style: HouseStyle): string {
  const magnitude = value.abs()
  switch (kind) {
    case 'money': {
      const scaled = scaleMoney(magnitude, style)
      const digits = groupThousands(scaled.digits.toFixed(decimalsOf(scaled, style)))
      return withSign(
        value.isNegative() && !scaled.digits.isZero(),
        '$',
        digits,
        scaled.unit,
        style,
      )
    }
    case 'perShare': {
      const shownZero = roundHalfUp(magnitude, 2).isZero()
      return withSign(
        value.isNegative() && !shownZero,
        '$',
        perShareDigits(magnitude, style),
        '',
        style,
      )
    }
    case 'count': {
      const digits = groupThousands(roundHalfUp(magnitude, 0).toFixed(0))
      return value.isNegative() && digits !== '0' ? `(${digits})` : digits
    }
    // A margin is written to a tenth of a point: "31.5%".
    case 'ratio': {
      const digits = roundHalfUp(magnitude, 1).toFixed(1)
      return value.isNegative() && digits !== '0.0' ? `(${digits}%)` : `${digits}%`
    }
    default:
      return assertNever(kind)
  }
}

/**
 * The style for an amount quoted on its own (a check's message, the Comparisons tab's figures): a
 * loss keeps its parentheses even where the release's prose says "loss" in words instead.
 */
export function signedStyle(style: HouseStyle): HouseStyle {
  return style.negative === 'words' ? { ...style, negative: 'parenInside' } : style
}

/** Writes a percentage with the house decimals, rounded half up: "19%", "52.6%". */
export function formatPercent(percent: Dec, decimals: number): string {
  return `${roundHalfUp(percent, decimals).toFixed(decimals)}%`
}
