import { formatAmount, signedStyle } from './amount-format'
import { Dec, roundHalfUp } from './decimal'
import { PERIOD_LABELS } from './field-text'
import { ratioStyle } from './house-style'
import type { HouseStyle } from './house-style'
import type { MeasureDefinition, MeasureId } from './measure-definition'
import { PERIODS } from './measures'
import type { PeriodKey } from './measures'
import type { Finding } from './checks/finding'
import { finding } from './checks/finding'
import { formatRatio } from './ratio-wording'

const HUNDRED = new Dec(100)
const HALF = new Dec('0.5')

/** A figure as entered, with the unit of its last digit: 31.5 typed to one decimal has unit 0.1. */
export interface EnteredFigure {
  readonly value: Dec
  readonly unit: Dec
}

/** The figure entered for a measure and period, or null when there is none. */
export type FigureLookup = (measure: MeasureId, period: PeriodKey) => EnteredFigure | null

/** A ratio as its parts give it: the value of the figures as entered, and the range their rounding allows. */
export interface PartsRatio {
  readonly value: Dec
  readonly low: Dec
  readonly high: Dec
}

/** A ratio's value for one period and the range its figures, as precisely as they are entered, allow. */
export interface RatioValue extends PartsRatio {
  /** Entered as the ratio itself, or derived from its parts (gross profit ÷ revenue). */
  readonly source: 'entered' | 'derived'
  /**
   * The ratio its entered parts give, when both are entered and agree with an entered ratio:
   * finer than a ratio typed to a tenth, so a change in basis points can be judged on it.
   */
  readonly parts: PartsRatio | null
}

/** A ratio's value for a period, or null when neither it nor both its parts are entered. */
export type RatioLookup = (measure: MeasureId, period: PeriodKey) => RatioValue | null

/** The ratio of two amounts in percent: gross profit ÷ revenue × 100. Null when the denominator is not positive. */
export function deriveRatio(numerator: Dec, denominator: Dec): Dec | null {
  if (!denominator.isPositive() || denominator.isZero()) return null
  return numerator.dividedBy(denominator).times(HUNDRED)
}

/** The lowest and highest ratio the two parts give anywhere within half a unit of their last digits. */
export function ratioRangeOf(
  numerator: EnteredFigure,
  denominator: EnteredFigure,
): { readonly low: Dec; readonly high: Dec } | null {
  const found: Dec[] = []
  for (const top of [-1, 1]) {
    for (const bottom of [-1, 1]) {
      const ratio = deriveRatio(
        numerator.value.plus(numerator.unit.times(HALF).times(top)),
        denominator.value.plus(denominator.unit.times(HALF).times(bottom)),
      )
      if (ratio === null) return null
      found.push(ratio)
    }
  }
  return { low: Dec.min(...found), high: Dec.max(...found) }
}

function enteredRange(figure: EnteredFigure): PartsRatio {
  const half = figure.unit.times(HALF)
  return { value: figure.value, low: figure.value.minus(half), high: figure.value.plus(half) }
}

// They agree when some value the parts allow rounds half up to the entered figure: 31.45 is 31.5, 31.55 is not.
function agrees(entered: PartsRatio, parts: PartsRatio): boolean {
  return entered.low.lessThanOrEqualTo(parts.high) && parts.low.lessThan(entered.high)
}

/** The ratio a period's entered parts give, or null when the ratio has no parts or one is not entered. */
function partsRatio(definition: MeasureDefinition, figures: FigureLookup, period: PeriodKey): PartsRatio | null {
  if (definition.ratioOf === null) return null
  const numerator = figures(definition.ratioOf.numerator, period)
  const denominator = figures(definition.ratioOf.denominator, period)
  if (numerator === null || denominator === null) return null
  const value = deriveRatio(numerator.value, denominator.value)
  const range = ratioRangeOf(numerator, denominator)
  if (value === null || range === null) return null
  return { value, low: range.low, high: range.high }
}

/**
 * A ratio's value for a period: as entered when it is, else derived from its parts. An entered
 * margin that disagrees with its parts is a tie-out finding (`ratioTieOuts`), not a second value.
 */
export function ratioValue(definition: MeasureDefinition, figures: FigureLookup, period: PeriodKey): RatioValue | null {
  const entered = figures(definition.id, period)
  const parts = partsRatio(definition, figures, period)
  if (entered !== null) {
    const own = enteredRange(entered)
    return { ...own, source: 'entered', parts: parts !== null && agrees(own, parts) ? parts : null }
  }
  return parts === null ? null : { ...parts, source: 'derived', parts }
}

/** The lookup of ratio values the points check reads, for the given ratio measures. */
export function ratioLookup(definitions: readonly MeasureDefinition[], figures: FigureLookup): RatioLookup {
  return (measure, period) => {
    const definition = definitions.find((entry) => entry.id === measure && entry.kind === 'ratio')
    return definition === undefined ? null : ratioValue(definition, figures, period)
  }
}

/** The measures a ratio is made of, to name them in a finding. */
export interface RatioParts {
  readonly numerator: MeasureDefinition
  readonly denominator: MeasureDefinition
}

/** A ratio that disagrees with its parts, with the grid cells (measure and period) it is about. */
export interface RatioTieOut {
  readonly finding: Finding
  readonly cells: readonly { readonly measure: MeasureId; readonly period: PeriodKey }[]
}

function decimalsOf(unit: Dec): number {
  return Math.max(0, unit.decimalPlaces())
}

function partAmount(part: MeasureDefinition, value: Dec, style: HouseStyle): string {
  switch (part.kind) {
    case 'money':
    case 'perShare':
    case 'count':
      return formatAmount(value, part.kind, signedStyle(style))
    case 'ratio':
      return formatRatio(value, ratioStyle(style).ratioDecimals)
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * A finding when the entered ratio disagrees with its parts beyond the entered figure's rounding:
 * 31.5 typed to one decimal agrees with any ratio from 31.45 up to 31.55, and with any the parts
 * allow within their own rounding. Null when they agree, or when the parts give no ratio.
 */
export function ratioTieOut(
  definition: MeasureDefinition,
  parts: RatioParts,
  period: PeriodKey,
  entered: EnteredFigure,
  numerator: EnteredFigure,
  denominator: EnteredFigure,
  style: HouseStyle,
): RatioTieOut | null {
  const derived = deriveRatio(numerator.value, denominator.value)
  const range = ratioRangeOf(numerator, denominator)
  if (derived === null || range === null) return null
  if (agrees(enteredRange(entered), { value: derived, ...range })) return null
  const decimals = Math.max(decimalsOf(entered.unit), ratioStyle(style).ratioDecimals)
  const shown = (value: Dec): string => `${roundHalfUp(value, decimals).toFixed(decimals)}%`
  const expected = shown(derived)
  const of = `${parts.numerator.inMessages} of ${partAmount(parts.numerator, numerator.value, style)}`
  const over = `${parts.denominator.inMessages} of ${partAmount(parts.denominator, denominator.value, style)}`
  return {
    finding: finding({
      severity: 'error',
      rule: 'figure-discrepancy',
      location: null,
      key: `${definition.id}.${period}`,
      quote: shown(entered.value),
      expected,
      message: `${capitalised(definition.inMessages)} for ${PERIOD_LABELS[period]} is entered as ${shown(entered.value)}, but ${of} over ${over} gives ${expected}.`,
    }),
    cells: [
      { measure: definition.id, period },
      { measure: parts.numerator.id, period },
      { measure: parts.denominator.id, period },
    ],
  }
}

/** Every entered ratio, in every period, that disagrees with its entered parts. */
export function ratioTieOuts(
  definitions: readonly MeasureDefinition[],
  figures: FigureLookup,
  style: HouseStyle,
): readonly RatioTieOut[] {
  const found: RatioTieOut[] = []
  for (const definition of definitions) {
    const of = definition.ratioOf
    if (definition.kind !== 'ratio' || of === null) continue
    const numeratorDefinition = definitions.find((entry) => entry.id === of.numerator)
    const denominatorDefinition = definitions.find((entry) => entry.id === of.denominator)
    if (numeratorDefinition === undefined || denominatorDefinition === undefined) continue
    const parts = { numerator: numeratorDefinition, denominator: denominatorDefinition }
    for (const period of PERIODS) {
      const entered = figures(definition.id, period)
      const numerator = figures(of.numerator, period)
      const denominator = figures(of.denominator, period)
      if (entered === null || numerator === null || denominator === null) continue
      const tieOut = ratioTieOut(definition, parts, period, entered, numerator, denominator, style)
      if (tieOut !== null) found.push(tieOut)
    }
  }
  return found
}
