import { assertNever } from './assert-never'
import { Dec, groupThousands, roundHalfUp } from './decimal'
import type { HouseStyle } from './house-style'
import type { MeasureKind } from './measure-definition'
import type { TableUnit } from './table-schema'

/** What a table prints where it has no figure. */
export const NO_FIGURE = '—'
/** What a percent change column prints where a percent means nothing: a change of sign, or from zero. */
export const NOT_MEANINGFUL = 'NM'

const RATIO_DECIMALS = 1

function unitSize(unit: TableUnit): Dec {
  switch (unit) {
    case 'units':
      return new Dec(1)
    case 'thousands':
      return new Dec(1000)
    case 'millions':
      return new Dec(1_000_000)
    default:
      return assertNever(unit)
  }
}

/** Decimals a figure of this kind shows in a table of this unit: millions to a tenth, per-share amounts to the cent. */
export function tableDecimals(kind: MeasureKind, unit: TableUnit): number {
  switch (kind) {
    case 'money':
    case 'count':
      return unit === 'millions' ? 1 : 0
    case 'perShare':
      return 2
    case 'ratio':
      return RATIO_DECIMALS
    default:
      return assertNever(kind)
  }
}

/** Whether figures of this kind are divided by the table's unit: money and share counts are, per-share amounts and ratios never. */
export function scalesWithUnit(kind: MeasureKind): boolean {
  return kind === 'money' || kind === 'count'
}

/** A figure in the table's unit, exact, before rounding: 5,600,000 is 5,600 in thousands. */
export function inTableUnit(value: Dec, kind: MeasureKind, unit: TableUnit): Dec {
  return scalesWithUnit(kind) ? value.dividedBy(unitSize(unit)) : value
}

/** A figure as the table shows it, in the table's unit and rounded as printed: 5,596,400 is 5,596 in thousands. */
export function shownInTable(value: Dec, kind: MeasureKind, unit: TableUnit): Dec {
  return roundHalfUp(inTableUnit(value, kind, unit), tableDecimals(kind, unit))
}

/** A number already in the table's unit, written with thousands separators and parentheses for negatives. */
export function tableNumber(shown: Dec, decimals: number, style: HouseStyle, perShare = false): string {
  const rounded = roundHalfUp(shown.abs(), decimals)
  let digits = groupThousands(rounded.toFixed(decimals))
  if (perShare && style.perShare === 'noLeadingZero' && digits.startsWith('0.') && !rounded.isZero())
    digits = digits.slice(1)
  return shown.isNegative() && !rounded.isZero() ? `(${digits})` : digits
}

/** A figure as printed in a table: "5,600", "(168)", "(0.02)", "40.5%", or "—" when there is none. */
export function tableFigureText(value: Dec | null, kind: MeasureKind, unit: TableUnit, style: HouseStyle): string {
  if (value === null) return NO_FIGURE
  const text = tableNumber(shownInTable(value, kind, unit), tableDecimals(kind, unit), style, kind === 'perShare')
  return kind === 'ratio' ? `${text}%` : text
}

/**
 * A change between two periods as printed: a percent of the prior figure ("19%", "(4%)", "NM"
 * across a change of sign or from zero), or the amount of the change in the row's own terms. A
 * ratio's change is in points either way: a percent of a margin means nothing to a reader.
 */
export function tableChangeText(
  current: Dec | null,
  prior: Dec | null,
  change: 'percent' | 'amount',
  kind: MeasureKind,
  unit: TableUnit,
  style: HouseStyle,
): string {
  if (current === null || prior === null) return NO_FIGURE
  const difference = current.minus(prior)
  if (kind === 'ratio') {
    const points = tableNumber(difference, RATIO_DECIMALS, style)
    return change === 'percent' ? `${points} pts` : points
  }
  if (change === 'amount') return tableFigureText(difference, kind, unit, style)
  if (prior.isZero() || (current.isNegative() && prior.greaterThan(0)) || (current.greaterThan(0) && prior.isNegative()))
    return NOT_MEANINGFUL
  const percent = difference.dividedBy(prior.abs()).times(100)
  return `${tableNumber(percent, style.percentDecimals, style)}%`
}
