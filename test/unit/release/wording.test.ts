import { describe, expect, it } from 'vitest'
import { compareValues } from '../../../renderer/src/release/comparisons'
import { Dec } from '../../../renderer/src/release/decimal'
import { DEFAULT_HOUSE_STYLE } from '../../../renderer/src/release/house-style'
import type { WordingStyle } from '../../../renderer/src/release/house-style'
import type { ComparisonPair, Measure } from '../../../renderer/src/release/measures'
import { comparisonClause, comparisonPredicate } from '../../../renderer/src/release/wording'
import type { WordingPeriod } from '../../../renderer/src/release/wording'
import { measure as definitionOfId } from '../../support/figure-rows'

const Q2_2006: WordingPeriod = { quarter: 2, fiscalYear: 2006 }

function words(
  current: string,
  prior: string,
  wording: WordingStyle,
  {
    measure = 'revenue' as Measure,
    pair = 'previousQuarter' as ComparisonPair,
    period = Q2_2006,
  } = {},
): string {
  const comparison = compareValues(definitionOfId(measure), pair, new Dec(current), new Dec(prior))
  return comparisonPredicate(comparison, wording, DEFAULT_HOUSE_STYLE, period)
}

describe('wording a comparison', () => {
  it('states the exact percent from the unrounded figures', () => {
    expect(words('5600000', '4700000', 'exact')).toBe('increased 19% from the previous quarter')
    expect(words('3000000', '5600000', 'exact')).toBe('decreased 46% from the previous quarter')
  })

  it('words the seed release the way it was written', () => {
    expect(words('5600000', '3600000', 'bounded')).toBe(
      'increased by more than 50% from the previous quarter',
    )
    expect(words('5600000', '4700000', 'relative', { pair: 'yearAgoQuarter' })).toBe(
      'were 19% ahead of the same quarter in fiscal 2005',
    )
  })

  it('never says "more than 50%" for exactly 50.0%', () => {
    expect(words('150', '100', 'bounded')).toBe(
      'increased by more than 40% from the previous quarter',
    )
    expect(words('149.6', '100', 'bounded')).toBe(
      'increased by more than 40% from the previous quarter',
    )
    expect(words('150.01', '100', 'bounded')).toBe(
      'increased by more than 50% from the previous quarter',
    )
  })

  it('says "approximately" and "behind" when asked', () => {
    expect(words('5600000', '4700000', 'approximate')).toBe(
      'increased approximately 19% from the previous quarter',
    )
    expect(words('4000000', '5000000', 'relative')).toBe('were 20% behind the previous quarter')
  })

  it('uses the verb that agrees with the subject', () => {
    const revenueStyle = { ...DEFAULT_HOUSE_STYLE, revenueWord: 'revenue' as const }
    const comparison = compareValues(definitionOfId('revenue'), 'previousQuarter', new Dec(120), new Dec(100))
    expect(comparisonPredicate(comparison, 'relative', revenueStyle, Q2_2006)).toBe(
      'was 20% ahead of the previous quarter',
    )
  })

  it('goes past 100%: "more than doubled" and "more than tripled"', () => {
    expect(words('250', '100', 'exact')).toBe('increased 150% from the previous quarter')
    expect(words('250', '100', 'bounded')).toBe('more than doubled from the previous quarter')
    expect(words('200', '100', 'bounded')).toBe(
      'increased by more than 90% from the previous quarter',
    )
    expect(words('350', '100', 'bounded')).toBe('more than tripled from the previous quarter')
    expect(words('550', '100', 'bounded')).toBe(
      'increased by more than 400% from the previous quarter',
    )
  })

  it('handles tiny changes without a false direction', () => {
    expect(words('100.4', '100', 'exact')).toBe(
      'were essentially flat compared with the previous quarter',
    )
    expect(words('100.4', '100', 'bounded')).toBe(
      'were essentially flat compared with the previous quarter',
    )
    expect(words('100.6', '100', 'exact')).toBe('increased 1% from the previous quarter')
    expect(words('101.5', '100', 'bounded')).toBe(
      'increased by more than 1% from the previous quarter',
    )
  })

  it('says flat when nothing changed', () => {
    expect(words('5600000', '5600000', 'exact')).toBe('were unchanged from the previous quarter')
  })

  it('gives no percent on a zero base', () => {
    expect(words('5600000', '0', 'exact')).toBe(
      'increased to $5.6 million from $0 in the previous quarter',
    )
  })

  it('gives no percent on a negative base, and says a loss narrowed or widened', () => {
    const netIncome = { measure: 'netIncome' as Measure }
    expect(words('-48000', '-168000', 'exact', netIncome)).toBe(
      'narrowed to $(48,000) from $(168,000) in the previous quarter',
    )
    expect(words('-216000', '-168000', 'exact', netIncome)).toBe(
      'widened to $(216,000) from $(168,000) in the previous quarter',
    )
  })

  it('words a change of sign as a swing, with no percent', () => {
    const netIncome = { measure: 'netIncome' as Measure, pair: 'yearAgoQuarter' as ComparisonPair }
    expect(words('-168000', '73000', 'exact', netIncome)).toBe(
      'swung to a net loss of $(168,000) from a net income of $73,000 in the same quarter in fiscal 2005',
    )
    expect(words('73000', '-168000', 'bounded', netIncome)).toBe(
      'swung to a net income of $73,000 from a net loss of $(168,000) in the same quarter in fiscal 2005',
    )
  })

  it('names the subject in a whole clause', () => {
    const loss = compareValues(definitionOfId('netIncome'), 'previousQuarter', new Dec(-48000), new Dec(-168000))
    expect(comparisonClause(loss, 'exact', DEFAULT_HOUSE_STYLE, Q2_2006)).toBe(
      'net loss narrowed to $(48,000) from $(168,000) in the previous quarter',
    )
    const eps = compareValues(definitionOfId('dilutedEps'), 'yearAgoQuarter', new Dec('0.12'), new Dec('0.10'))
    expect(comparisonClause(eps, 'exact', DEFAULT_HOUSE_STYLE, Q2_2006)).toBe(
      'diluted earnings per share increased 20% from the same quarter in fiscal 2005',
    )
  })

  it('names the year to date by the quarter: six months, nine months, the fiscal year', () => {
    const ytd = { pair: 'yearAgoYearToDate' as ComparisonPair }
    expect(words('120', '100', 'exact', ytd)).toBe(
      'increased 20% from the first six months of fiscal 2005',
    )
    expect(words('120', '100', 'exact', { ...ytd, period: { quarter: 3, fiscalYear: 2006 } })).toBe(
      'increased 20% from the first nine months of fiscal 2005',
    )
    expect(words('120', '100', 'exact', { ...ytd, period: { quarter: 4, fiscalYear: 2006 } })).toBe(
      'increased 20% from fiscal year 2005',
    )
    expect(words('120', '100', 'exact', { ...ytd, period: { quarter: 1, fiscalYear: 2006 } })).toBe(
      'increased 20% from the first quarter of fiscal 2005',
    )
  })
})

describe('wording a ratio’s comparison', () => {
  const ratio = { measure: 'grossMargin' as Measure }

  it('words the change in percentage points, whatever the comparison’s wording style', () => {
    for (const wording of ['exact', 'bounded', 'approximate', 'relative'] as const) {
      expect(words('40.5', '39.5', wording, ratio)).toBe(
        'improved 1.0 percentage point to 40.5% from 39.5% in the previous quarter',
      )
    }
    expect(words('38.0', '40.5', 'exact', { ...ratio, pair: 'yearAgoQuarter' })).toBe(
      'declined 2.5 percentage points to 38.0% from 40.5% in the same quarter in fiscal 2005',
    )
  })

  it('says a ratio that did not move was unchanged at its level, and never a percent change', () => {
    const comparison = compareValues(
      definitionOfId('grossMargin'),
      'previousQuarter',
      new Dec('40.5'),
      new Dec('40.5'),
    )
    expect(comparisonClause(comparison, 'exact', DEFAULT_HOUSE_STYLE, Q2_2006)).toBe(
      'gross margin was unchanged at 40.5% compared with the previous quarter',
    )
  })

  it('words a margin that turned negative in points too, not as a swing', () => {
    expect(words('-2.1', '1.4', 'exact', { measure: 'operatingMargin' as Measure })).toBe(
      'declined 3.5 percentage points to negative 2.1% from 1.4% in the previous quarter',
    )
  })
})
