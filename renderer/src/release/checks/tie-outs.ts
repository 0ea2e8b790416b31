import { formatAmount, formatPercent, signedStyle } from '../amount-format'
import { roundingDisagreement } from '../comparisons'
import { Dec, roundHalfUp } from '../decimal'
import { PERIOD_LABELS } from '../field-text'
import { figureCellKey, figureCellName, figureCellParts } from '../figure-cells'
import type { FigureCellKey } from '../figure-cells'
import { MEASURE_LABELS, measureKind, pairPeriods, PERIODS } from '../measures'
import type { Measure, PeriodKey } from '../measures'
import type { ReleaseFacts } from '../release-facts'
import { figureValue } from '../resolve-figures'
import type { Finding, FindingInput } from './finding'
import { finding } from './finding'

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

function epsFindings(facts: ReleaseFacts, period: PeriodKey): FigureFinding[] {
  const { figures } = facts.resolution
  const style = signedStyle(facts.document.style)
  const income = figureValue(figures.netIncome[period])
  const eps = figureValue(figures.dilutedEps[period])
  const shares = figureValue(figures.dilutedShares[period])
  if (income === null || eps === null) return []
  const money = (value: Dec): string => formatAmount(value, 'money', style)
  const perShare = (value: Dec): string => formatAmount(value, 'perShare', style)
  const cells = [figureCellKey('dilutedEps', period), figureCellKey('netIncome', period)]
  const found: FigureFinding[] = []
  if (nonZeroSign(income) * nonZeroSign(eps) < 0) {
    found.push(
      about(cells, {
        severity: 'error',
        rule: 'eps-sign',
        key: period,
        quote: perShare(eps),
        message: `Diluted EPS for ${PERIOD_LABELS[period]} is ${perShare(eps)}, ${eps.isNegative() ? 'a loss' : 'a profit'}, but net income is ${money(income)}, ${income.isNegative() ? 'a loss' : 'a profit'}.`,
      }),
    )
  }
  if (shares !== null && !shares.isZero()) {
    const exact = income.dividedBy(shares)
    if (eps.minus(exact).abs().greaterThan(HALF_CENT)) {
      const expected = roundHalfUp(exact, 2)
      found.push(
        about([...cells, figureCellKey('dilutedShares', period)], {
          severity: 'error',
          rule: 'eps-division',
          key: period,
          quote: perShare(eps),
          expected: perShare(expected),
          message: `Diluted EPS for ${PERIOD_LABELS[period]} is ${perShare(eps)}, but net income of ${money(income)} over ${formatAmount(shares, 'count', style)} diluted shares gives ${perShare(expected)}.`,
        }),
      )
    }
  }
  return found
}

function yearToDateFindings(facts: ReleaseFacts): FigureFinding[] {
  if (facts.document.period.quarter === 1) return []
  const revenue = facts.resolution.figures.revenue
  const found: FigureFinding[] = []
  for (const [quarter, toDate] of [
    ['quarter', 'yearToDate'],
    ['yearAgoQuarter', 'yearAgoYearToDate'],
  ] as const) {
    const quarterValue = figureValue(revenue[quarter])
    const toDateValue = figureValue(revenue[toDate])
    if (quarterValue === null || toDateValue === null || !toDateValue.lessThan(quarterValue))
      continue
    const money = (value: Dec): string => formatAmount(value, 'money', signedStyle(facts.document.style))
    found.push(
      about([figureCellKey('revenue', toDate), figureCellKey('revenue', quarter)], {
        severity: 'error',
        rule: 'year-to-date',
        key: toDate,
        quote: money(toDateValue),
        message: `Revenue for ${PERIOD_LABELS[toDate]} (${money(toDateValue)}) is less than revenue for ${PERIOD_LABELS[quarter]} (${money(quarterValue)}), yet the year to date includes the quarter.`,
      }),
    )
  }
  return found
}

function discrepancyFindings(facts: ReleaseFacts): FigureFinding[] {
  const style = signedStyle(facts.document.style)
  return facts.resolution.discrepancies.map((entry) => {
    const kind = measureKind(entry.measure)
    const entered = formatAmount(entry.entered, kind, style)
    const derived = formatAmount(entry.derived, kind, style)
    const cells = [entry.period, ...entry.from].map((period) => figureCellKey(entry.measure, period))
    return about(cells, {
      severity: 'error',
      rule: 'figure-discrepancy',
      key: `${entry.measure}.${entry.period}`,
      quote: entered,
      expected: derived,
      message: `${MEASURE_LABELS[entry.measure]} for ${PERIOD_LABELS[entry.period]} is entered as ${entered}, but ${entry.rule}, which gives ${derived}.`,
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
        message: `${MEASURE_LABELS[comparison.measure]} against ${PERIOD_LABELS[comparison.pair]} changed ${stated}, but a reader recomputing from the rounded figures in the text gets ${printed}; consider printing the figures more precisely.`,
      }),
    )
  }
  return found
}

/** Why a figure of this measure makes no sense at this value, or null when it may well be right. */
function nonsense(measure: Measure, value: Dec): { readonly severity: 'error' | 'warning'; readonly why: string } | null {
  const negative = value.isNegative() && !value.isZero()
  switch (measure) {
    case 'revenue':
      return negative ? { severity: 'error', why: 'revenue cannot be negative; a loss belongs in net income (loss)' } : null
    case 'dilutedShares':
      return negative ? { severity: 'error', why: 'a count of shares cannot be negative' } : null
    case 'dilutedEps':
      return value.abs().greaterThan(MOST_PER_SHARE)
        ? { severity: 'warning', why: 'no company reports more than $1,000 a share: check the decimal point, or a scale such as "m" typed by mistake' }
        : null
    case 'netIncome':
      return null
  }
}

function senseFindings(facts: ReleaseFacts): FigureFinding[] {
  const style = signedStyle(facts.document.style)
  const found: FigureFinding[] = []
  for (const measure of ['revenue', 'dilutedEps', 'dilutedShares'] as const) {
    for (const period of PERIODS) {
      const figure = facts.resolution.figures[measure][period]
      const value = figureValue(figure)
      const problem = value === null ? null : nonsense(measure, value)
      if (value === null || problem === null) continue
      const shown = formatAmount(value, measureKind(measure), style)
      const how = figure.source === 'derived' ? `is derived as ${shown}` : `is ${shown}`
      found.push(
        about([figureCellKey(measure, period)], {
          severity: problem.severity,
          rule: 'figure-sense',
          key: `${measure}.${period}`,
          quote: shown,
          message: `${MEASURE_LABELS[measure]} for ${PERIOD_LABELS[period]} ${how}, but ${problem.why}.`,
        }),
      )
    }
  }
  return found
}

function refusedFindings(facts: ReleaseFacts): FigureFinding[] {
  return [...facts.refused].map(([cell, typed]) => {
    const { measure, period } = figureCellParts(cell)
    const stored = figureValue(facts.resolution.figures[measure][period])
    const keeps =
      stored === null
        ? 'the release has no figure there'
        : `the release keeps ${formatAmount(stored, measureKind(measure), signedStyle(facts.document.style))}`
    return about([cell], {
      severity: 'error',
      rule: 'not-an-amount',
      key: cell,
      quote: typed,
      message: `${figureCellName(cell)}: \u201c${typed}\u201d is not an amount, so ${keeps} and the words that use it show a placeholder. Type the amount again, or press Escape in the cell to go back.`,
    })
  })
}

/**
 * Every problem in the figures, each with the cells it is about: entries that are not amounts,
 * figures that make no sense (negative revenue or shares, EPS over $1,000), EPS against net
 * income and shares, entered against derived figures, year to date against the quarter, and
 * percents that rounding makes differ. The Figures tab, the cells and the checks all show these.
 */
export function figureFindings(facts: ReleaseFacts): readonly FigureFinding[] {
  return [
    ...refusedFindings(facts),
    ...senseFindings(facts),
    ...PERIODS.flatMap((period) => epsFindings(facts, period)),
    ...discrepancyFindings(facts),
    ...yearToDateFindings(facts),
    ...roundingFindings(facts),
  ]
}

/** The figures' problems as the checks list them: see `figureFindings`. */
export function tieOutFindings(facts: ReleaseFacts): Finding[] {
  return figureFindings(facts).map((entry) => entry.finding)
}
