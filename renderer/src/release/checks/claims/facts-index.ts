import { displayedValue } from '../../amount-format'
import type { CalendarDate } from '../../calendar-date'
import { percentChange } from '../../comparisons'
import type { Comparison } from '../../comparisons'
import { Dec } from '../../decimal'
import type { QuarterNumber } from '../../fiscal-calendar'
import type { HouseStyle } from '../../house-style'
import { figureUnit } from '../../figure-precision'
import { pairPeriods, PAIRS, PERIODS } from '../../measures'
import type { ComparisonPair, Measure, PeriodKey } from '../../measures'
import type { ReleaseFacts } from '../../release-facts'
import { figureValue, resolvedFigure } from '../../resolve-figures'
import type { MeasureDefinition } from '../../measure-definition'
import { definitionOf } from '../../release-measures'
import { companyWords, periodParts } from './period-parts'
import type { PeriodParts } from './period-parts'

/** One figure of the release, entered or derived. */
export interface KnownFigure {
  readonly measure: Measure
  readonly period: PeriodKey
  readonly value: Dec
  readonly magnitude: Dec
}

/** A change between the two figures of a comparison, as an amount ("up $0.9 million"). */
export interface KnownChange {
  readonly measure: Measure
  readonly pair: ComparisonPair
  readonly magnitude: Dec
}

/** A comparison with a meaningful percent, and the range of percents a reader could compute from the printed figures. */
export interface PercentFacts {
  readonly comparison: Comparison & { readonly kind: 'change' }
  readonly percent: Dec
  /** Magnitude of the unrounded percent. */
  readonly magnitude: Dec
  /**
   * The lowest and highest percent values within the figures' precision give, the unrounded one
   * included, and the one a reader recomputes from the printed figures when it is near them.
   */
  readonly low: Dec
  readonly high: Dec
  /** The percent a reader recomputes from the printed figures, when it is far from the others: it passes on its own, the values between do not. */
  readonly printed: Dec | null
}

/** What the claim checks need from the facts, computed once per facts. */
export interface FactsIndex extends PeriodParts {
  readonly facts: ReleaseFacts
  readonly style: HouseStyle
  readonly quarter: QuarterNumber
  readonly fiscalYear: number
  readonly figures: readonly KnownFigure[]
  readonly changes: readonly KnownChange[]
  readonly percents: ReadonlyMap<string, PercentFacts>
  readonly comparisons: ReadonlyMap<string, Comparison>
  /** The company's own names, lower case: "IEC's sales" are the total, not a part. */
  readonly companyWords: ReadonlySet<string>
}

export function comparisonKey(measure: Measure, pair: ComparisonPair): string {
  return `${measure}.${pair}`
}

/** The lowest and highest percent change any values within half a unit of the two figures give. */
export function percentRange(
  current: Dec,
  prior: Dec,
  currentUnit: Dec,
  priorUnit: Dec,
): { readonly low: Dec; readonly high: Dec } | null {
  const found: Dec[] = []
  for (const a of [current.minus(currentUnit.times(HALF)), current.plus(currentUnit.times(HALF))]) {
    for (const b of [prior.minus(priorUnit.times(HALF)), prior.plus(priorUnit.times(HALF))]) {
      const percent = percentChange(a, b)
      if (percent === null) return null
      found.push(percent)
    }
  }
  const [first, ...rest] = found
  if (first === undefined) return null
  const low = rest.reduce((min, value) => Dec.min(min, value), first)
  const high = rest.reduce((max, value) => Dec.max(max, value), first)
  // A range that crosses zero holds every magnitude from zero up.
  if (low.isNegative() !== high.isNegative())
    return { low: new Dec(0), high: Dec.max(low.abs(), high.abs()) }
  return { low: Dec.min(low.abs(), high.abs()), high: Dec.max(low.abs(), high.abs()) }
}

const HALF = new Dec('0.5')

/** A derived previous quarter (year to date minus this quarter) is known to the coarser of its two figures. */
function unitOf(facts: ReleaseFacts, measure: Measure, period: PeriodKey): Dec | null {
  const unit = figureUnit(facts.document, measure, period)
  if (unit !== null || period !== 'previousQuarter') return unit
  const ytd = figureUnit(facts.document, measure, 'yearToDate')
  const quarter = figureUnit(facts.document, measure, 'quarter')
  return ytd === null || quarter === null ? null : Dec.max(ytd, quarter)
}

/**
 * The percents a careful writer may state: anything a reader can compute from values within
 * the figures' precision (half a unit of each figure's last known digit), from the unrounded
 * figures, and from the figures as the release prints them.
 */
function percentFacts(comparison: Comparison, facts: ReleaseFacts): PercentFacts | null {
  if (comparison.kind !== 'change' || comparison.percent === null) return null
  const periods = pairPeriods(comparison.pair)
  const currentUnit = unitOf(facts, comparison.measure, periods.current)
  const priorUnit = unitOf(facts, comparison.measure, periods.prior)
  const key = `${comparison.measure}|${comparison.current.toString()}|${comparison.prior.toString()}|${currentUnit?.toString() ?? '-'}|${priorUnit?.toString() ?? '-'}`
  const style = facts.document.style
  let byStyle = BOUNDS.get(style)
  if (byStyle === undefined) {
    byStyle = new Map()
    BOUNDS.set(style, byStyle)
  }
  let bounds = byStyle.get(key)
  if (bounds === undefined) {
    bounds = percentBounds(comparison, comparison.percent, currentUnit, priorUnit, style)
    // A long session types many figures: keep the bounds of the recent ones only.
    if (byStyle.size >= MAX_BOUNDS) byStyle.clear()
    byStyle.set(key, bounds)
  }
  return { comparison, percent: comparison.percent, ...bounds }
}

type PercentBounds = Omit<PercentFacts, 'comparison' | 'percent'>

// The bounds take several 60-digit divisions per comparison, and a keystroke changes one figure:
// the other comparisons' bounds are reused, keyed by their figures, units and house style.
const BOUNDS = new WeakMap<HouseStyle, Map<string, PercentBounds>>()
const MAX_BOUNDS = 512

function percentBounds(
  comparison: Comparison & { readonly kind: 'change' },
  percent: Dec,
  currentUnit: Dec | null,
  priorUnit: Dec | null,
  style: HouseStyle,
): PercentBounds {
  const kind = comparison.definition.kind
  const printed = percentChange(
    displayedValue(comparison.current, kind, style),
    displayedValue(comparison.prior, kind, style),
  )
  const magnitude = percent.abs()
  const other = printed === null ? magnitude : printed.abs()
  const range =
    currentUnit === null || priorUnit === null
      ? null
      : percentRange(comparison.current, comparison.prior, currentUnit, priorUnit)
  const low = Dec.min(magnitude, range?.low ?? magnitude)
  const high = Dec.max(magnitude, range?.high ?? magnitude)
  // Figures printed coarsely ("$2 million" against "$1 million" for 41%) make a percent a reader
  // may state (100%), but the values between it and the true one are no one's percent.
  const gap = Dec.max(low.minus(other), other.minus(high), 0)
  const near = gap.lessThanOrEqualTo(Dec.max(PRINTED_NEAR, other.times('0.1')))
  return {
    magnitude,
    low: near ? Dec.min(low, other) : low,
    high: near ? Dec.max(high, other) : high,
    printed: near ? null : other,
  }
}

/** How far, in points, the printed figures' percent may be from the others and still widen their range. */
const PRINTED_NEAR = new Dec(5)

function shiftDays(date: CalendarDate, days: number): number {
  return Date.UTC(date.year, date.month - 1, date.day) + days * 86_400_000
}

/** Days from the first date to the second: negative when the second is earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((shiftDays(to, 0) - shiftDays(from, 0)) / 86_400_000)
}

/** True when two dates are within the given number of days of each other. */
export function withinDays(a: CalendarDate, b: CalendarDate, days: number): boolean {
  return Math.abs(daysBetween(a, b)) <= days
}

function buildIndex(facts: ReleaseFacts): FactsIndex {
  const { period, style } = facts.document
  const figures: KnownFigure[] = []
  for (const measure of facts.resolution.figures.measures.map((definition) => definition.id)) {
    for (const key of PERIODS) {
      const value = figureValue(resolvedFigure(facts.resolution.figures, measure, key))
      if (value !== null) figures.push({ measure, period: key, value, magnitude: value.abs() })
    }
  }
  const changes: KnownChange[] = []
  const percents = new Map<string, PercentFacts>()
  const comparisons = new Map<string, Comparison>()
  for (const measure of facts.resolution.figures.measures.map((definition) => definition.id)) {
    for (const pair of PAIRS) {
      const comparison = facts.comparison(measure, pair)
      comparisons.set(comparisonKey(measure, pair), comparison)
      if (comparison.kind === 'unavailable') continue
      changes.push({ measure, pair, magnitude: comparison.change.abs() })
      const entry = percentFacts(comparison, facts)
      if (entry !== null) percents.set(comparisonKey(measure, pair), entry)
    }
  }
  return {
    facts,
    style,
    quarter: period.quarter,
    fiscalYear: period.fiscalYear,
    figures,
    changes,
    percents,
    comparisons,
    ...periodParts(period),
    companyWords: companyWords(facts.document.company),
  }
}

const CACHE = new WeakMap<ReleaseFacts, FactsIndex>()

/** The index for these facts; computed once, as the checks run on every keystroke. */
export function factsIndex(facts: ReleaseFacts): FactsIndex {
  const cached = CACHE.get(facts)
  if (cached !== undefined) return cached
  const index = buildIndex(facts)
  CACHE.set(facts, index)
  return index
}

/** The definition of a measure of the release; the unknown-measure stand-in for one it does not report. */
export function definitionIn(index: FactsIndex, measure: Measure): MeasureDefinition {
  return definitionOf(index.facts.resolution.figures.measures, measure)
}

/** The per-share measure the release reports for an amount: diluted EPS for net income; null when none. */
export function perShareMeasureOf(index: FactsIndex, measure: Measure): Measure | null {
  const found = index.facts.resolution.figures.measures.find(
    (definition) => definition.perShareOf?.amount === measure,
  )
  return found?.id ?? null
}
