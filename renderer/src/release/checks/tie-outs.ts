import { formatAmount, formatPercent, signedStyle } from '../amount-format'
import { roundingDisagreement } from '../comparisons'
import { Dec, roundHalfUp } from '../decimal'
import { PERIOD_LABELS } from '../field-text'
import { figureCellKey, figureCellName, figureCellParts } from '../figure-cells'
import type { FigureCellKey } from '../figure-cells'
import { capitalize } from '../fiscal-calendar'
import type { MeasureDefinition } from '../measure-definition'
import { pairPeriods, PERIODS } from '../measures'
import type { PeriodKey } from '../measures'
import type { ReleaseFacts } from '../release-facts'
import { definitionOf, measureOf } from '../release-measures'
import { figureValue, resolvedFigure } from '../resolve-figures'
import { resultMeasure } from '../wording'
import type { Finding, FindingInput } from './finding'
import { finding } from './finding'
import { ratioFigureFindings, segmentFigureFindings } from './measure-tie-outs'

const HALF_CENT = new Dec('0.005')
// No listed company reports more a share; a larger figure is a slipped decimal point or a scale word.
const MOST_PER_SHARE = new Dec(1000)

/** A problem in the figures, with the grid cells it is about, so each cell can carry its mark. */
export interface FigureFinding {
  readonly finding: Finding
  readonly cells: readonly FigureCellKey[]
}

function about(cells: readonly FigureCellKey[], input: Omit<FindingInput, 'location'>): FigureFinding {
  return { finding: finding({ ...input, location: null }), cells }
}

function nonZeroSign(value: Dec): number {
  return value.isZero() ? 0 : value.isNegative() ? -1 : 1
}

/** A per-share measure against the amount and the share count it divides, where the release reports them. */
function epsFindings(facts: ReleaseFacts, measure: MeasureDefinition, period: PeriodKey): FigureFinding[] {
  const { figures } = facts.resolution
  const parts = measure.perShareOf
  const amountMeasure = parts === null ? undefined : measureOf(figures.measures, parts.amount)
  if (parts === null || amountMeasure === undefined) return []
  const sharesMeasure = measureOf(figures.measures, parts.shares)
  const style = signedStyle(facts.document.style)
  const income = figureValue(resolvedFigure(figures, amountMeasure.id, period))
  const eps = figureValue(resolvedFigure(figures, measure.id, period))
  const shares =
    sharesMeasure === undefined ? null : figureValue(resolvedFigure(figures, sharesMeasure.id, period))
  if (income === null || eps === null) return []
  const money = (value: Dec): string => formatAmount(value, 'money', style)
  const perShare = (value: Dec): string => formatAmount(value, 'perShare', style)
  const cells = [figureCellKey(measure.id, period), figureCellKey(amountMeasure.id, period)]
  const found: FigureFinding[] = []
  if (nonZeroSign(income) * nonZeroSign(eps) < 0) {
    found.push(
      about(cells, {
        severity: 'error',
        rule: 'eps-sign',
        key: period,
        quote: perShare(eps),
        message: `${measure.label} for ${PERIOD_LABELS[period]} is ${perShare(eps)}, ${eps.isNegative() ? 'a loss' : 'a profit'}, but ${amountMeasure.subject.positive} is ${money(income)}, ${income.isNegative() ? 'a loss' : 'a profit'}.`,
      }),
    )
  }
  if (shares !== null && !shares.isZero()) {
    const exact = income.dividedBy(shares)
    if (eps.minus(exact).abs().greaterThan(HALF_CENT)) {
      const expected = roundHalfUp(exact, 2)
      found.push(
        about([...cells, figureCellKey(parts.shares, period)], {
          severity: 'error',
          rule: 'eps-division',
          key: period,
          quote: perShare(eps),
          expected: perShare(expected),
          message: `${measure.label} for ${PERIOD_LABELS[period]} is ${perShare(eps)}, but ${amountMeasure.subject.positive} of ${money(income)} over ${formatAmount(shares, 'count', style)} diluted shares gives ${perShare(expected)}.`,
        }),
      )
    }
  }
  return found
}

/** Year to date against the quarter for every measure that adds across quarters and cannot be negative. */
function yearToDateFindings(facts: ReleaseFacts): FigureFinding[] {
  if (facts.document.period.quarter === 1) return []
  const { figures } = facts.resolution
  const found: FigureFinding[] = []
  for (const measure of figures.measures) {
    if (!measure.additive || !measure.nonNegative) continue
    for (const [quarter, toDate] of [
      ['quarter', 'yearToDate'],
      ['yearAgoQuarter', 'yearAgoYearToDate'],
    ] as const) {
      const quarterValue = figureValue(resolvedFigure(figures, measure.id, quarter))
      const toDateValue = figureValue(resolvedFigure(figures, measure.id, toDate))
      if (quarterValue === null || toDateValue === null || !toDateValue.lessThan(quarterValue))
        continue
      const shown = (value: Dec): string =>
        formatAmount(value, measure.kind, signedStyle(facts.document.style))
      const words = measure.inMessages
      found.push(
        about([figureCellKey(measure.id, toDate), figureCellKey(measure.id, quarter)], {
          severity: 'error',
          rule: 'year-to-date',
          key: measure.subject.followsRevenueWord ? toDate : `${measure.id}.${toDate}`,
          quote: shown(toDateValue),
          message: `${capitalize(words)} for ${PERIOD_LABELS[toDate]} (${shown(toDateValue)}) is less than ${words} for ${PERIOD_LABELS[quarter]} (${shown(quarterValue)}), yet the year to date includes the quarter.`,
        }),
      )
    }
  }
  return found
}

function discrepancyFindings(facts: ReleaseFacts): FigureFinding[] {
  const style = signedStyle(facts.document.style)
  return facts.resolution.discrepancies.map((entry) => {
    const measure = definitionOf(facts.resolution.figures.measures, entry.measure)
    const kind = measure.kind
    const entered = formatAmount(entry.entered, kind, style)
    const derived = formatAmount(entry.derived, kind, style)
    const cells = [entry.period, ...entry.from].map((period) => figureCellKey(entry.measure, period))
    return about(cells, {
      severity: 'error',
      rule: 'figure-discrepancy',
      key: `${entry.measure}.${entry.period}`,
      quote: entered,
      expected: derived,
      message: `${measure.label} for ${PERIOD_LABELS[entry.period]} is entered as ${entered}, but ${entry.rule}, which gives ${derived}.`,
    })
  })
}

function roundingFindings(facts: ReleaseFacts): FigureFinding[] {
  const style = signedStyle(facts.document.style)
  const found: FigureFinding[] = []
  for (const comparison of facts.comparisons) {
    const disagreement = roundingDisagreement(comparison, style)
    if (disagreement === null) continue
    const stated = formatPercent(disagreement.stated, style.percentDecimals)
    const printed = formatPercent(disagreement.fromPrinted, style.percentDecimals)
    const { current, prior } = pairPeriods(comparison.pair)
    found.push(
      about([figureCellKey(comparison.measure, current), figureCellKey(comparison.measure, prior)], {
        severity: 'warning',
        rule: 'rounding',
        key: `${comparison.measure}.${comparison.pair}`,
        quote: stated,
        message: `${comparison.definition.label} against ${PERIOD_LABELS[comparison.pair]} changed ${stated}, but a reader recomputing from the rounded figures in the text gets ${printed}; consider printing the figures more precisely.`,
      }),
    )
  }
  return found
}

/** Why a figure of this measure makes no sense at this value, or null when it may well be right. */
function nonsense(
  measure: MeasureDefinition,
  value: Dec,
  result: MeasureDefinition | undefined,
): { readonly severity: 'error' | 'warning'; readonly why: string } | null {
  const negative = value.isNegative() && !value.isZero()
  if (negative && measure.nonNegative) {
    if (measure.kind === 'count') {
      const counted = measure.subject.positive.split(' ').pop() ?? measure.subject.positive
      return { severity: 'error', why: `a count of ${counted} cannot be negative` }
    }
    const where = result === undefined || result.id === measure.id ? '' : `; a loss belongs in ${result.inMessages}`
    return { severity: 'error', why: `${measure.inMessages} cannot be negative${where}` }
  }
  if (measure.kind === 'perShare' && value.abs().greaterThan(MOST_PER_SHARE))
    return {
      severity: 'warning',
      why: 'no company reports more than $1,000 a share: check the decimal point, or a scale such as "m" typed by mistake',
    }
  return null
}

function senseFindings(facts: ReleaseFacts): FigureFinding[] {
  const style = signedStyle(facts.document.style)
  const found: FigureFinding[] = []
  const { figures } = facts.resolution
  const result = resultMeasure(figures.measures)
  for (const measure of figures.measures) {
    for (const period of PERIODS) {
      const figure = resolvedFigure(figures, measure.id, period)
      const value = figureValue(figure)
      const problem = value === null ? null : nonsense(measure, value, result)
      if (value === null || problem === null) continue
      const shown = formatAmount(value, measure.kind, style)
      const how = figure.source === 'derived' ? `is derived as ${shown}` : `is ${shown}`
      found.push(
        about([figureCellKey(measure.id, period)], {
          severity: problem.severity,
          rule: 'figure-sense',
          key: `${measure.id}.${period}`,
          quote: shown,
          message: `${measure.label} for ${PERIOD_LABELS[period]} ${how}, but ${problem.why}.`,
        }),
      )
    }
  }
  return found
}

function refusedFindings(facts: ReleaseFacts): FigureFinding[] {
  return [...facts.refused].map(([cell, typed]) => {
    const { measure, period } = figureCellParts(cell)
    const { measures } = facts.resolution.figures
    const stored = figureValue(resolvedFigure(facts.resolution.figures, measure, period))
    const kind = definitionOf(measures, measure).kind
    const keeps =
      stored === null
        ? 'the release has no figure there'
        : `the release keeps ${formatAmount(stored, kind, signedStyle(facts.document.style))}`
    return about([cell], {
      severity: 'error',
      rule: 'not-an-amount',
      key: cell,
      quote: typed,
      message: `${figureCellName(cell, measures)}: \u201c${typed}\u201d is not an amount, so ${keeps} and the words that use it show a placeholder. Type the amount again, or press Escape in the cell to go back.`,
    })
  })
}

/**
 * Every problem in the figures, each with the cells it is about: entries that are not amounts,
 * figures that make no sense (negative revenue or shares, EPS over $1,000), EPS against net
 * income and shares, entered against derived figures, year to date against the quarter, a margin
 * against its parts, segments against their parent, and percents that rounding makes differ. The
 * Figures tab, the cells and the checks all show these.
 */
export function figureFindings(facts: ReleaseFacts): readonly FigureFinding[] {
  return [
    ...refusedFindings(facts),
    ...senseFindings(facts),
    ...PERIODS.flatMap((period) =>
      facts.resolution.figures.measures.flatMap((measure) => epsFindings(facts, measure, period)),
    ),
    ...discrepancyFindings(facts),
    ...yearToDateFindings(facts),
    ...ratioFigureFindings(facts),
    ...segmentFigureFindings(facts),
    ...roundingFindings(facts),
  ]
}

/** The figures' problems as the checks list them: see `figureFindings`. */
export function tieOutFindings(facts: ReleaseFacts): Finding[] {
  return figureFindings(facts).map((entry) => entry.finding)
}
