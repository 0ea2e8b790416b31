import { Decimal } from 'decimal.js'

/**
 * The one exact decimal type of the domain. A private clone, so that no other code's
 * global Decimal settings can change how money is rounded here.
 */
export const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP })
export type Dec = InstanceType<typeof Dec>

/** Rounds half away from zero, as financial statements and spreadsheets do. */
export function roundHalfUp(value: Dec, places: number): Dec {
  return value.toDecimalPlaces(places, Dec.ROUND_HALF_UP)
}

/** Groups the integer part with commas: 1234567.5 -> "1,234,567.5". Expects a non-negative fixed string. */
export function groupThousands(fixed: string): string {
  const [whole = '', fraction] = fixed.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction === undefined ? grouped : `${grouped}.${fraction}`
}
