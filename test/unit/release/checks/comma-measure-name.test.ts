import { describe, expect, it } from 'vitest'
import { checkDraftText } from '../../../../renderer/src/release/checks/check-release'
import { draftFromFigures, figuresFileSchema } from '../../../../renderer/src/release/figures-file'
import { phraseFragment } from '../../../../renderer/src/release/measure-name-words'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import type { ReleaseFacts } from '../../../../renderer/src/release/release-facts'

// Speedus's second quarter of 2008: operating expenses before D&A, a non-GAAP subtotal of its own.
function speedusFacts(): ReleaseFacts {
  const parsed = figuresFileSchema.parse({
    formatVersion: 2,
    measures: [
      { id: 'revenue' },
      { id: 'netIncome' },
      { id: 'dilutedEps' },
      { id: 'grossProfit' },
      { id: 'operatingIncome' },
      {
        id: 'operatingExpensesBeforeDa',
        name: 'Operating expenses before depreciation and amortization',
        kind: 'money',
        gaap: false,
      },
    ],
    company: { name: 'Speedus Corp.' },
    fiscalYear: 2008,
    quarter: 2,
    fiscalYearEndMonth: 12,
    periodEnd: '2008-06-30',
    releaseDate: '2008-08-14',
    figures: {
      revenue: { quarter: '2.0m', yearAgoQuarter: '1.8m', yearToDate: '3.9m', yearAgoYearToDate: '3.5m' },
      grossProfit: { quarter: '1.0m', yearAgoQuarter: '0.9m' },
      operatingIncome: { quarter: '0.2m', yearAgoQuarter: '0.1m' },
      operatingExpensesBeforeDa: { quarter: '2.2m', yearAgoQuarter: '1.3m', yearToDate: '3.5m', yearAgoYearToDate: '2.8m' },
    },
  })
  return releaseFacts(draftFromFigures(parsed))
}

const errors = (text: string): string[] =>
  checkDraftText([text], speedusFacts())
    .filter((entry) => entry.severity === 'error')
    .map((entry) => `${entry.rule} "${entry.quote}"`)

describe('a measure whose name the release writes with commas', () => {
  it('Speedus: reads "total operating expenses, before depreciation and amortization," as the measure', () => {
    const wrong =
      'For the quarter ended June 30, 2008, total operating expenses, before depreciation and amortization, amounted to $2.2 million compared to $1.3 million for the six months ended June 30, 2007.'
    expect(errors(wrong).length).toBeGreaterThan(0)
    expect(errors(wrong.replace('$1.3 million for the six months', '$2.8 million for the six months'))).toEqual([])
    expect(
      errors(
        'For the six months ended June 30, 2008, total operating expenses, before depreciation and amortization, amounted to $3.5 million compared to $2.8 million for the six months ended June 30, 2007.',
      ),
    ).toEqual([])
    // A wrong figure after the name with its commas is the measure's.
    expect(
      errors(
        'For the quarter ended June 30, 2008, total operating expenses, before depreciation and amortization, amounted to $2.4 million compared to $1.3 million for the quarter ended June 30, 2007.',
      ).length,
    ).toBeGreaterThan(0)
  })

  it('leaves a list of measures in true prose as it was', () => {
    for (const text of [
      'Revenue, gross profit and operating income all rose from the same quarter a year ago.',
      'Revenue, gross profit and operating income increased 11%, 11% and 100% respectively from the same quarter a year ago.',
      'Operating expenses, which rose in the quarter, were $2.2 million.',
    ])
      expect(errors(text), text).toEqual([])
  })
})

describe('the words of a name, across commas', () => {
  const names = (name: string, text: string): boolean =>
    new RegExp(String.raw`^(?:${phraseFragment(name)})$`, 'i').test(text)

  it('allows a comma where the name has one, and before a qualifier', () => {
    expect(names('Operating expenses before depreciation and amortization', 'operating expenses, before depreciation and amortization')).toBe(true)
    expect(names('Operating expenses before depreciation and amortization', 'operating expenses before depreciation and amortization')).toBe(true)
    expect(names('Selling, general and administrative expenses', 'selling, general and administrative expenses')).toBe(true)
    expect(names('Selling, general and administrative expenses', 'selling general and administrative expenses')).toBe(true)
    expect(names('Adjusted EBITDA excluding stock compensation', 'adjusted EBITDA, excluding stock compensation')).toBe(true)
  })

  it('allows no comma between any other words, so a list stays a list', () => {
    expect(names('Product revenue', 'product, revenue')).toBe(false)
    expect(names('Revenue gross profit', 'revenue, gross profit')).toBe(false)
    expect(names('Operating expenses before depreciation', 'operating, expenses before depreciation')).toBe(false)
  })
})
