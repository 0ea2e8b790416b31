import { describe, expect, it } from 'vitest'
import { Dec } from '../../../../renderer/src/release/decimal'
import { DEFAULT_HOUSE_STYLE } from '../../../../renderer/src/release/house-style'
import { MEASURE_CATALOGUE } from '../../../../renderer/src/release/measure-catalogue'
import type { MeasureDefinition } from '../../../../renderer/src/release/measure-definition'
import type { PeriodKey } from '../../../../renderer/src/release/measures'
import {
  deriveRatio,
  ratioLookup,
  ratioTieOuts,
  ratioValue,
} from '../../../../renderer/src/release/ratio-parts'
import type { EnteredFigure, FigureLookup } from '../../../../renderer/src/release/ratio-parts'

function measure(id: string): MeasureDefinition {
  const found = MEASURE_CATALOGUE.find((entry) => entry.id === id)
  if (found === undefined) throw new Error(`The catalogue has no ${id}.`)
  return found
}

/** Figures typed as a person types them: "31.5" is known to 0.1, "1,764,000" to the dollar. */
function typed(text: string): EnteredFigure {
  const decimals = /\.(\d+)$/.exec(text)?.[1]?.length ?? 0
  return { value: new Dec(text.replace(/,/g, '')), unit: new Dec(`1e-${decimals}`) }
}

function lookup(rows: Readonly<Record<string, Partial<Record<PeriodKey, string>>>>): FigureLookup {
  return (id, period) => {
    const text = rows[id]?.[period]
    return text === undefined ? null : typed(text)
  }
}

describe('a margin derived from its parts', () => {
  it('is gross profit over revenue in percent, and nothing when revenue is zero or missing', () => {
    expect(deriveRatio(new Dec(1_764_000), new Dec(5_600_000))?.toFixed(2)).toBe('31.50')
    expect(deriveRatio(new Dec(1_764_000), new Dec(0))).toBeNull()
    const figures = lookup({ grossProfit: { quarter: '1,764,000' } })
    expect(ratioValue(measure('grossMargin'), figures, 'quarter')).toBeNull()
  })

  it('is derived where the margin is not entered, and the entered margin wins where it is', () => {
    const figures = lookup({
      grossProfit: { quarter: '1,764,000', yearAgoQuarter: '1,410,000' },
      revenue: { quarter: '5,600,000', yearAgoQuarter: '4,700,000' },
      grossMargin: { yearAgoQuarter: '30.0' },
    })
    const quarter = ratioValue(measure('grossMargin'), figures, 'quarter')
    expect(quarter?.source).toBe('derived')
    expect(quarter?.value.toFixed(2)).toBe('31.50')
    const yearAgo = ratioLookup(MEASURE_CATALOGUE, figures)('grossMargin', 'yearAgoQuarter')
    expect(yearAgo).toMatchObject({ source: 'entered' })
    expect([yearAgo?.low.toFixed(2), yearAgo?.high.toFixed(2)]).toEqual(['29.95', '30.05'])
  })

  it('widens a derived margin by its parts’ rounding: $1.8 million over $5.6 million', () => {
    const value = ratioValue(measure('grossMargin'), lookup({ grossProfit: { quarter: '1.8' }, revenue: { quarter: '5.6' } }), 'quarter')
    expect(value?.low.toFixed(2)).toBe('30.97')
    expect(value?.high.toFixed(2)).toBe('33.33')
  })
})

describe('an entered margin against its parts', () => {
  const parts = { grossProfit: { quarter: '1,764,000' }, revenue: { quarter: '5,600,000' } }

  it('agrees when the parts round to the margin as typed (31.5 is anything from 31.45 to just under 31.55)', () => {
    for (const margin of ['31.5', '31.50', '32']) {
      const figures = lookup({ ...parts, grossMargin: { quarter: margin } })
      expect(ratioTieOuts(MEASURE_CATALOGUE, figures, DEFAULT_HOUSE_STYLE), margin).toEqual([])
    }
    // 1,766,520 / 5,600,000 = 31.545%: still 31.5. 1,767,000 / 5,600,000 = 31.554%: that is 31.6.
    const edge = { revenue: { quarter: '5,600,000' }, grossMargin: { quarter: '31.5' } }
    expect(ratioTieOuts(MEASURE_CATALOGUE, lookup({ ...edge, grossProfit: { quarter: '1,766,520' } }), DEFAULT_HOUSE_STYLE)).toEqual([])
    expect(ratioTieOuts(MEASURE_CATALOGUE, lookup({ ...edge, grossProfit: { quarter: '1,767,000' } }), DEFAULT_HOUSE_STYLE)).toHaveLength(1)
  })

  it('finds a margin that disagrees with its parts, naming both parts and the margin they give', () => {
    const figures = lookup({ ...parts, grossMargin: { quarter: '31.9' } })
    const [found, ...rest] = ratioTieOuts(MEASURE_CATALOGUE, figures, DEFAULT_HOUSE_STYLE)
    expect(rest).toEqual([])
    expect(found?.finding).toMatchObject({
      severity: 'error',
      rule: 'figure-discrepancy',
      location: null,
      quote: '31.9%',
      expected: '31.5%',
      message: 'Gross margin for this quarter is entered as 31.9%, but gross profit of $1.8 million over revenue of $5.6 million gives 31.5%.',
    })
    expect(found?.cells).toEqual([
      { measure: 'grossMargin', period: 'quarter' },
      { measure: 'grossProfit', period: 'quarter' },
      { measure: 'revenue', period: 'quarter' },
    ])
  })

  it('gives each period and each ratio its own finding, and none where a part is missing', () => {
    const figures = lookup({
      grossProfit: { quarter: '1,764,000', yearAgoQuarter: '1,410,000' },
      revenue: { quarter: '5,600,000', yearAgoQuarter: '4,700,000', yearToDate: '9,200,000' },
      grossMargin: { quarter: '30.0', yearAgoQuarter: '31.5', yearToDate: '40.0' },
      operatingIncome: { quarter: '560,000' },
      operatingMargin: { quarter: '12.0' },
    })
    const found = ratioTieOuts(MEASURE_CATALOGUE, figures, DEFAULT_HOUSE_STYLE).map((entry) => entry.finding.id)
    expect(found).toEqual([
      'figure-discrepancy@figures:grossMargin.quarter',
      'figure-discrepancy@figures:grossMargin.yearAgoQuarter',
      'figure-discrepancy@figures:operatingMargin.quarter',
    ])
  })
})
