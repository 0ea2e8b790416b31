import { assertNever } from '../release/assert-never'
import { Dec } from '../release/decimal'
import type { Result } from '../release/result'
import { fail, ok } from '../release/result'
import type { SheetCell } from './workbook-sheet'

/** How a number read from the workbook was rounded, to say where each figure came from. */
export type Rounding = 'numberFormat' | 'significantDigits' | 'typed'

/** One figure as the workbook holds it, before the unit and sign of the mapping apply. */
export interface CellFigure {
  readonly value: Dec
  readonly rounding: Rounding
}

// Excel keeps 15 significant digits; anything past them is binary noise from a formula (5600000.000000001).
const EXCEL_DIGITS = 15

/**
 * The decimals a number format shows, and whether it is a percent: "#,##0.00" → 2, "0.0%" → 1 and
 * percent. null for General and formats that show no fixed decimals (scientific, text).
 */
export function formatDecimals(format: string): { readonly decimals: number; readonly percent: boolean } | null {
  const positive = (format.split(';')[0] ?? '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '')
  if (!/[0#?]/.test(positive) || /E[+-]/i.test(positive) || /[ymdhs]/i.test(positive)) return null
  const fraction = /\.([0#?]+)/.exec(positive)?.[1] ?? ''
  return { decimals: fraction.length, percent: positive.includes('%') }
}

/**
 * A number cell's figure. A fixed number format rounds it to the decimals the finance team sees
 * (an EPS of =B5/B6 shown as 0.23 is 0.23); General rounds to Excel's 15 significant digits.
 * A percent-formatted cell reads as the percent it shows: 0.315 as "0.0%" is 31.5.
 */
export function numberFigure(value: number, format: string): CellFigure {
  const shown = formatDecimals(format)
  if (shown === null) return { value: new Dec(value).toSignificantDigits(EXCEL_DIGITS), rounding: 'significantDigits' }
  const exact = new Dec(value).toSignificantDigits(EXCEL_DIGITS)
  const scaled = shown.percent ? exact.times(100) : exact
  return { value: scaled.toDecimalPlaces(shown.decimals, Dec.ROUND_HALF_UP), rounding: 'numberFormat' }
}

const PLAIN = /^\d+(?:\.\d+)?$/
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/

/** A figure typed into a text cell, as accountants write it: "$(1,234.5)", "-1,234", "1234". */
export function textFigure(text: string): Dec | null {
  let rest = text.normalize('NFKC').trim().replace(/\s+/g, '')
  let negative = false
  if (rest.startsWith('(') && rest.endsWith(')')) {
    negative = true
    rest = rest.slice(1, -1)
  }
  if (rest.startsWith('-') || rest.startsWith('\u2212')) {
    if (negative) return null
    negative = true
    rest = rest.slice(1)
  }
  rest = rest.replace(/^\$/, '')
  if (rest.startsWith('(') && rest.endsWith(')') && !negative) {
    negative = true
    rest = rest.slice(1, -1)
  }
  if (!PLAIN.test(rest) && !GROUPED.test(rest)) return null
  const value = new Dec(rest.replace(/,/g, ''))
  return negative ? value.negated() : value
}

function quoted(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text
  return `"${short}"`
}

/** The figure a mapped cell holds, null when it is empty (not reported), or why it is not a figure. */
export function cellFigure(cell: SheetCell): Result<CellFigure | null> {
  switch (cell.kind) {
    case 'empty':
      return ok(null)
    case 'number':
      return ok(numberFigure(cell.value, cell.format))
    case 'text': {
      const value = textFigure(cell.text)
      return value === null ? fail(`holds ${quoted(cell.text)}, expected a figure`) : ok({ value, rounding: 'typed' })
    }
    case 'formulaWithoutResult':
      return fail(
        `holds the formula =${cell.formula} with no saved result; open the workbook in Excel, let it calculate and save it again`,
      )
    case 'error':
      return fail(`holds the error ${cell.text}, expected a figure`)
    case 'date':
      return fail('holds a date, expected a figure')
    case 'boolean':
      return fail(`holds ${cell.value ? 'TRUE' : 'FALSE'}, expected a figure`)
    case 'merged':
      return fail(`is part of the merged cells ${cell.range}; unmerge them so the figure has a cell of its own`)
    default:
      return assertNever(cell)
  }
}
