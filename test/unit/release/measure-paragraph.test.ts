import { describe, expect, it } from 'vitest'
import { Dec } from '../../../renderer/src/release/decimal'
import { DEFAULT_HOUSE_STYLE } from '../../../renderer/src/release/house-style'
import type { HouseStyle } from '../../../renderer/src/release/house-style'
import { builtInMeasure } from '../../../renderer/src/release/measure-catalogue'
import { measureParagraph } from '../../../renderer/src/release/measure-paragraph'
import type { MeasureRow } from '../../../renderer/src/release/measure-paragraph'
import type { QuarterNumber } from '../../../renderer/src/release/fiscal-calendar'

const WORDS: HouseStyle = { ...DEFAULT_HOUSE_STYLE, negative: 'words' }

function row(values: Partial<Record<keyof MeasureRow, string>>): MeasureRow {
  const value = (text: string | undefined): Dec | null =>
    text === undefined ? null : new Dec(text)
  return {
    quarter: value(values.quarter),
    previousQuarter: value(values.previousQuarter),
    yearAgoQuarter: value(values.yearAgoQuarter),
    yearToDate: value(values.yearToDate),
    yearAgoYearToDate: value(values.yearAgoYearToDate),
  }
}

function paragraph(
  id: string,
  values: Partial<Record<keyof MeasureRow, string>>,
  options: {
    quarter?: QuarterNumber
    style?: HouseStyle
    wording?: 'exact' | 'bounded' | 'approximate' | 'relative'
  } = {},
): string | null {
  const definition = builtInMeasure(id)
  const wording = options.wording
  return measureParagraph({
    definition,
    row: row(values),
    style: options.style ?? WORDS,
    wording:
      wording === undefined
        ? definition.defaultWording
        : { previousQuarter: wording, yearAgoQuarter: wording, yearAgoYearToDate: wording },
    period: { quarter: options.quarter ?? 2, fiscalYear: 2006 },
  })
}

describe('the optional paragraph about a chosen measure', () => {
  it('states the quarter against the same quarter a year ago, with the change', () => {
    expect(paragraph('grossProfit', { quarter: '2100000', yearAgoQuarter: '1800000' })).toBe(
      'Gross profit was $2.1 million for the quarter, compared with $1.8 million in the same quarter of fiscal 2005, an increase of 17%.',
    )
  })

  it('adds the previous quarter and the year to date when they are given', () => {
    expect(
      paragraph('grossProfit', {
        quarter: '2100000',
        previousQuarter: '2000000',
        yearAgoQuarter: '1800000',
        yearToDate: '4100000',
        yearAgoYearToDate: '3600000',
      }),
    ).toBe(
      'Gross profit was $2.1 million for the quarter, compared with $1.8 million in the same quarter of fiscal 2005, an increase of 17% and $2.0 million in the previous quarter, an increase of 5%. For the first six months of fiscal 2006, gross profit was $4.1 million, compared with $3.6 million for the first six months of fiscal 2005, an increase of 14%.',
    )
  })

  it('words each comparison as the house style chooses', () => {
    const figures = { quarter: '2100000', yearAgoQuarter: '1800000' }
    expect(paragraph('grossProfit', figures, { wording: 'bounded' })).toContain(
      'an increase of more than 10%.',
    )
    expect(paragraph('grossProfit', figures, { wording: 'approximate' })).toContain(
      'an increase of approximately 17%.',
    )
    expect(paragraph('grossProfit', figures, { wording: 'relative' })).toContain(
      'fiscal 2005, 17% ahead.',
    )
    expect(paragraph('grossProfit', { quarter: '1500000', yearAgoQuarter: '1800000' })).toContain(
      'a decrease of 17%.',
    )
  })

  it('names a loss by the definition\u2019s negative subject, and states a swing without a percent', () => {
    expect(paragraph('operatingIncome', { quarter: '-300000', yearAgoQuarter: '-500000' })).toBe(
      'Operating loss was $300,000 for the quarter, compared with $500,000 in the same quarter of fiscal 2005, a decrease of 40%.',
    )
    expect(paragraph('operatingIncome', { quarter: '-300000', yearAgoQuarter: '200000' })).toBe(
      'Operating loss was $300,000 for the quarter, compared with operating income of $200,000 in the same quarter of fiscal 2005.',
    )
    expect(
      paragraph(
        'operatingIncome',
        { quarter: '-300000', yearAgoQuarter: '200000' },
        { style: DEFAULT_HOUSE_STYLE },
      ),
    ).toContain('Operating loss was $(300,000) for the quarter')
  })

  it('keeps the sign of a negative that has no words of its own, even where losses are written in words', () => {
    expect(paragraph('ebitda', { quarter: '-250000' })).toBe(
      'EBITDA was $(250,000) for the quarter.',
    )
  })

  it('states a balance at the end of the period, in the plural where the subject is, and never for a year to date', () => {
    expect(
      paragraph('cashAndEquivalents', {
        quarter: '3400000',
        yearAgoQuarter: '2000000',
        yearToDate: '3400000',
      }),
    ).toBe(
      'Cash and equivalents were $3.4 million at the end of the quarter, compared with $2.0 million at the end of the same quarter of fiscal 2005, an increase of 70%.',
    )
    expect(paragraph('backlog', { quarter: '12000000' })).toBe(
      'Backlog was $12.0 million at the end of the quarter.',
    )
  })

  it('states whatever is given without the quarter, and nothing when nothing is', () => {
    expect(
      paragraph('grossProfit', { yearAgoQuarter: '1800000', previousQuarter: '2000000' }),
    ).toBe(
      'Gross profit was $1.8 million in the same quarter of fiscal 2005, and gross profit was $2.0 million in the previous quarter.',
    )
    expect(paragraph('grossProfit', { yearToDate: '4100000' })).toBe(
      'For the first six months of fiscal 2006, gross profit was $4.1 million.',
    )
    expect(paragraph('grossProfit', {})).toBeNull()
    expect(paragraph('grossProfit', { quarter: '2100000', yearAgoQuarter: '0' })).toBe(
      'Gross profit was $2.1 million for the quarter, compared with $0 in the same quarter of fiscal 2005.',
    )
  })

  it('at the fourth quarter the year to date is the fiscal year; at the first it is the quarter and not repeated', () => {
    expect(
      paragraph(
        'grossProfit',
        { yearToDate: '8000000', yearAgoYearToDate: '7000000' },
        { quarter: 4 },
      ),
    ).toBe(
      'For fiscal year 2006, gross profit was $8.0 million, compared with $7.0 million for fiscal year 2005, an increase of 14%.',
    )
    expect(
      paragraph('grossProfit', { quarter: '2100000', yearToDate: '2100000' }, { quarter: 1 }),
    ).toBe('Gross profit was $2.1 million for the quarter.')
  })

  it('words a ratio\u2019s change in percentage points, never as a percent of a percent', () => {
    expect(paragraph('grossMargin', { quarter: '31.5', yearAgoQuarter: '30' })).toBe(
      'Gross margin improved 1.5 percentage points to 31.5% from 30.0% in the same quarter of fiscal 2005.',
    )
    expect(
      paragraph('grossMargin', { quarter: '31.5', previousQuarter: '32.5', yearAgoQuarter: '31.5' }),
    ).toBe(
      'Gross margin was unchanged at 31.5% compared with the same quarter of fiscal 2005 and declined 1.0 percentage point to 31.5% from 32.5% in the previous quarter.',
    )
  })
})
