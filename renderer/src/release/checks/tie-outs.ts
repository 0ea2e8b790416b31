import { formatAmount, formatPercent } from '../amount-format'
import { roundingDisagreement } from '../comparisons'
import { Dec, roundHalfUp } from '../decimal'
import { PERIOD_LABELS } from '../field-text'
import { MEASURE_LABELS, measureKind, PERIODS } from '../measures'
import type { PeriodKey } from '../measures'
import type { ReleaseFacts } from '../release-facts'
import { figureValue } from '../resolve-figures'
import type { Finding } from './finding'
import { finding } from './finding'

const HALF_CENT = new Dec('0.005')

function nonZeroSign(value: Dec): number {
  return value.isZero() ? 0 : value.isNegative() ? -1 : 1
}

function epsFindings(facts: ReleaseFacts, period: PeriodKey): Finding[] {
  const { figures } = facts.resolution
  const style = facts.document.style
  const income = figureValue(figures.netIncome[period])
  const eps = figureValue(figures.dilutedEps[period])
  const shares = figureValue(figures.dilutedShares[period])
  if (income === null || eps === null) return []
  const money = (value: Dec): string => formatAmount(value, 'money', style)
  const perShare = (value: Dec): string => formatAmount(value, 'perShare', style)
  const found: Finding[] = []
  if (nonZeroSign(income) * nonZeroSign(eps) < 0) {
    found.push(
      finding({
        severity: 'error',
        rule: 'eps-sign',
        key: period,
        quote: perShare(eps),
        location: null,
        message: `Diluted EPS for ${PERIOD_LABELS[period]} is ${perShare(eps)}, ${eps.isNegative() ? 'a loss' : 'a profit'}, but net income is ${money(income)}, ${income.isNegative() ? 'a loss' : 'a profit'}.`,
      }),
    )
  }
  if (shares !== null && !shares.isZero()) {
    const exact = income.dividedBy(shares)
    if (eps.minus(exact).abs().greaterThan(HALF_CENT)) {
      const expected = roundHalfUp(exact, 2)
      found.push(
        finding({
          severity: 'error',
          rule: 'eps-division',
          key: period,
          quote: perShare(eps),
          location: null,
          expected: perShare(expected),
          message: `Diluted EPS for ${PERIOD_LABELS[period]} is ${perShare(eps)}, but net income of ${money(income)} over ${formatAmount(shares, 'count', style)} diluted shares gives ${perShare(expected)}.`,
        }),
      )
    }
  }
  return found
}

function yearToDateFindings(facts: ReleaseFacts): Finding[] {
  if (facts.document.period.quarter === 1) return []
  const revenue = facts.resolution.figures.revenue
  const found: Finding[] = []
  for (const [quarter, toDate] of [
    ['quarter', 'yearToDate'],
    ['yearAgoQuarter', 'yearAgoYearToDate'],
  ] as const) {
    const quarterValue = figureValue(revenue[quarter])
    const toDateValue = figureValue(revenue[toDate])
    if (quarterValue === null || toDateValue === null || !toDateValue.lessThan(quarterValue))
      continue
    const money = (value: Dec): string => formatAmount(value, 'money', facts.document.style)
    found.push(
      finding({
        severity: 'error',
        rule: 'year-to-date',
        key: toDate,
        quote: money(toDateValue),
        location: null,
        message: `Revenue for ${PERIOD_LABELS[toDate]} (${money(toDateValue)}) is less than revenue for ${PERIOD_LABELS[quarter]} (${money(quarterValue)}), yet the year to date includes the quarter.`,
      }),
    )
  }
  return found
}

function discrepancyFindings(facts: ReleaseFacts): Finding[] {
  const style = facts.document.style
  return facts.resolution.discrepancies.map((entry) => {
    const kind = measureKind(entry.measure)
    const entered = formatAmount(entry.entered, kind, style)
    const derived = formatAmount(entry.derived, kind, style)
    return finding({
      severity: 'error',
      rule: 'figure-discrepancy',
      key: `${entry.measure}.${entry.period}`,
      quote: entered,
      location: null,
      expected: derived,
      message: `${MEASURE_LABELS[entry.measure]} for ${PERIOD_LABELS[entry.period]} is entered as ${entered}, but ${entry.rule}, which gives ${derived}.`,
    })
  })
}

function roundingFindings(facts: ReleaseFacts): Finding[] {
  const style = facts.document.style
  const found: Finding[] = []
  for (const comparison of facts.comparisons) {
    const disagreement = roundingDisagreement(comparison, style)
    if (disagreement === null) continue
    const stated = formatPercent(disagreement.stated, style.percentDecimals)
    const printed = formatPercent(disagreement.fromPrinted, style.percentDecimals)
    found.push(
      finding({
        severity: 'warning',
        rule: 'rounding',
        key: `${comparison.measure}.${comparison.pair}`,
        quote: stated,
        location: null,
        message: `${MEASURE_LABELS[comparison.measure]} against ${PERIOD_LABELS[comparison.pair]} changed ${stated}, but a reader recomputing from the rounded figures in the text gets ${printed}; consider printing the figures more precisely.`,
      }),
    )
  }
  return found
}

/**
 * Checks the figures against each other: EPS against net income and shares, entered against
 * derived figures, year to date against the quarter, and percents that rounding makes differ.
 */
export function tieOutFindings(facts: ReleaseFacts): Finding[] {
  return [
    ...PERIODS.flatMap((period) => epsFindings(facts, period)),
    ...discrepancyFindings(facts),
    ...yearToDateFindings(facts),
    ...roundingFindings(facts),
  ]
}
