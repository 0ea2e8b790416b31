import { Dec, groupThousands } from '../release/decimal'
import { typedFigure } from '../release/figure-precision'
import type { TypedFigure } from '../release/figure-precision'
import type { MeasureKind } from '../release/measures'
import type { Result } from '../release/result'
import { fail, ok } from '../release/result'

/** How people may type each kind of figure, for the inline message. */
const EXAMPLES: Readonly<Record<MeasureKind, string>> = {
  money: '5,600,000, 5.6m or (168,000)',
  perShare: '0.02, $0.02 or (0.02)',
  count: '8,250,000 or 8.25m',
  ratio: '31.5 or 31.5%',
}

/**
 * Reads what was typed in a figures cell: an amount becomes its exact file string with the unit of
 * its last digit ("5.6m" is known to 100000), an empty cell means "not reported" (null). The
 * message is a sentence for the cell: the parser's reason when it has one ("0,020"), else examples.
 */
export function readFigureInput(kind: MeasureKind, text: string): Result<TypedFigure | null> {
  if (text.trim() === '') return ok(null)
  const read = typedFigure(text, kind)
  if (read.ok) return read
  if (/one minus sign or parentheses/.test(read.error))
    return fail(`Use a minus sign or parentheses for a loss, not both.`)
  if (!read.error.startsWith('expected ')) return fail(`${read.error}.`)
  const shown = text.trim().length > 24 ? `${text.trim().slice(0, 24)}…` : text.trim()
  return fail(`"${shown}" is not an amount. Type it like ${EXAMPLES[kind]}.`)
}

/**
 * A stored figure as the grid shows it: exact, grouped, losses in parentheses ("(168,000)"), and a
 * per-share figure always to the cent ("(0.10)"), with any further digits it was typed with.
 */
export function figureCellText(kind: MeasureKind, stored: string | null): string {
  if (stored === null) return ''
  const value = new Dec(stored)
  const magnitude = value.abs()
  const places = kind === 'perShare' ? Math.max(2, magnitude.decimalPlaces()) : magnitude.decimalPlaces()
  const grouped = groupThousands(magnitude.toFixed(places))
  return value.isNegative() && !value.isZero() ? `(${grouped})` : grouped
}

/** A Dec as the grid shows it (used for derived values). */
export function decimalCellText(kind: MeasureKind, value: Dec): string {
  return figureCellText(kind, value.toFixed())
}
