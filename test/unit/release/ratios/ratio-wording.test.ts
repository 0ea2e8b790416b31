import { describe, expect, it } from 'vitest'
import { Dec } from '../../../../renderer/src/release/decimal'
import { DEFAULT_HOUSE_STYLE, houseStyleSchema, ratioStyle } from '../../../../renderer/src/release/house-style'
import type { HouseStyle } from '../../../../renderer/src/release/house-style'
import { houseStyleExample } from '../../../../renderer/src/release/house-style-examples'
import { catalogueMeasure } from '../../../../renderer/src/release/measure-catalogue'
import type { MeasureDefinition } from '../../../../renderer/src/release/measure-definition'
import { formatRatio, ratioChangeWords } from '../../../../renderer/src/release/ratio-wording'

function grossMargin(): MeasureDefinition {
  const found = catalogueMeasure('grossMargin')
  if (found === undefined) throw new Error('The catalogue has no gross margin.')
  return found
}

const style = (patch: Partial<HouseStyle>): HouseStyle => ({ ...DEFAULT_HOUSE_STYLE, ...patch })
const YEAR_AGO = 'the same quarter of fiscal 2005'

describe('a ratio’s change in words', () => {
  it('words a rise in percentage points by default, with the two levels and the prior period', () => {
    expect(ratioChangeWords(grossMargin(), new Dec('31.5'), new Dec('30.0'), YEAR_AGO, DEFAULT_HOUSE_STYLE)).toBe(
      'gross margin improved 1.5 percentage points to 31.5% from 30.0% in the same quarter of fiscal 2005',
    )
  })

  it('words a fall in basis points when the house style says so', () => {
    expect(
      ratioChangeWords(grossMargin(), new Dec('30.0'), new Dec('31.5'), 'the previous quarter', style({ ratioChange: 'basisPoints' })),
    ).toBe('gross margin declined 150 basis points to 30.0% from 31.5% in the previous quarter')
  })

  it('counts percentage points from the levels as printed, so a reader’s subtraction agrees', () => {
    // 31.46 − 29.98 is 1.48, but the text prints 31.5% and 30.0%: the reader gets 1.5.
    expect(ratioChangeWords(grossMargin(), new Dec('31.46'), new Dec('29.98'), YEAR_AGO, DEFAULT_HOUSE_STYLE)).toContain(
      'improved 1.5 percentage points to 31.5% from 30.0%',
    )
    // Basis points are finer than the printed levels: they come from the figures as entered.
    expect(
      ratioChangeWords(grossMargin(), new Dec('31.46'), new Dec('29.98'), YEAR_AGO, style({ ratioChange: 'basisPoints' })),
    ).toContain('improved 148 basis points to 31.5% from 30.0%')
  })

  it('says unchanged when the printed levels are the same', () => {
    expect(ratioChangeWords(grossMargin(), new Dec('31.52'), new Dec('31.48'), YEAR_AGO, DEFAULT_HOUSE_STYLE)).toBe(
      'gross margin was unchanged at 31.5% compared with the same quarter of fiscal 2005',
    )
  })

  it('uses one point in the singular, the chosen verbs and the chosen decimals', () => {
    expect(
      ratioChangeWords(grossMargin(), new Dec('31'), new Dec('30'), YEAR_AGO, style({ ratioDecimals: 0, ratioVerbs: 'expanded' })),
    ).toBe('gross margin expanded 1 percentage point to 31% from 30% in the same quarter of fiscal 2005')
    expect(
      ratioChangeWords(grossMargin(), new Dec('30.99'), new Dec('31'), YEAR_AGO, style({ ratioChange: 'basisPoints', ratioVerbs: 'increased' })),
    ).toBe('gross margin decreased 1 basis point to 31.0% from 31.0% in the same quarter of fiscal 2005')
  })

  it('writes a negative margin in words rather than with a bare minus sign', () => {
    expect(formatRatio(new Dec('-2.14'), 1)).toBe('negative 2.1%')
    expect(formatRatio(new Dec('-0.04'), 1)).toBe('0.0%')
  })
})

describe('the house style for ratios', () => {
  it('reads a release saved before ratios existed in percentage points, to one decimal, improved or declined', () => {
    const saved = houseStyleSchema.parse({ millionsDecimals: 1, percentDecimals: 0, revenueWord: 'sales' })
    expect(ratioStyle(saved)).toEqual({ ratioChange: 'percentagePoints', ratioDecimals: 1, ratioVerbs: 'improved' })
    // Nothing is added to what the file states, so it is written back as it was read.
    expect(Object.keys(saved)).not.toContain('ratioChange')
  })

  it('refuses a ratio style it does not know', () => {
    expect(houseStyleSchema.safeParse({ ratioChange: 'percent' }).success).toBe(false)
    expect(houseStyleSchema.safeParse({ ratioDecimals: 3 }).success).toBe(false)
  })

  it('shows the chosen style in the House style tab’s example line', () => {
    expect(houseStyleExample('ratioChange', DEFAULT_HOUSE_STYLE)).toBe(
      'Gross margin improved 1.5 percentage points to 31.5% from 30.0% in the previous quarter',
    )
    expect(houseStyleExample('ratioChange', style({ ratioChange: 'basisPoints' }))).toBe(
      'Gross margin improved 148 basis points to 31.5% from 30.0% in the previous quarter',
    )
  })
})
