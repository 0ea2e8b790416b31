import { describe, expect, it } from 'vitest'
import { comparisonFigures } from '../../../../renderer/src/editor/comparisons/comparison-figures'
import { compareValues } from '../../../../renderer/src/release/comparisons'
import { Dec } from '../../../../renderer/src/release/decimal'
import { DEFAULT_HOUSE_STYLE } from '../../../../renderer/src/release/house-style'
import { measure } from '../../../support/figure-rows'

function figuresOf(id: string, current: string, prior: string) {
  return comparisonFigures(
    compareValues(measure(id), 'previousQuarter', new Dec(current), new Dec(prior)),
    DEFAULT_HOUSE_STYLE,
  )
}

describe('the Comparisons tab’s figures for a ratio', () => {
  it('shows a margin’s change in percentage points, not a percent of a percent', () => {
    const shown = figuresOf('grossMargin', '40.5', '39.5')
    expect(shown.change).toBe('+1.0 percentage point')
    expect(shown.percent).toBe('pts')
    expect(figuresOf('grossMargin', '38.0', '40.5').change).toBe('\u22122.5 percentage points')
    expect(figuresOf('grossMargin', '40.5', '40.5').change).toBe('unchanged')
  })

  it('keeps the percent change for money', () => {
    expect(figuresOf('grossProfit', '17240000', '15950000').percent).toBe('+8.1%')
  })
})
