import { describe, expect, it } from 'vitest'
import { checkDraftText } from '../../../../renderer/src/release/checks/check-release'
import { draftFromFigures, figuresFileSchema } from '../../../../renderer/src/release/figures-file'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import type { ReleaseFacts } from '../../../../renderer/src/release/release-facts'

// A second-quarter release with a gross margin, operating income and a measure named by its loss.
function factsWith(): ReleaseFacts {
  const parsed = figuresFileSchema.parse({
    formatVersion: 2,
    measures: [
      { id: 'revenue' },
      { id: 'netIncome' },
      { id: 'dilutedEps' },
      { id: 'grossMargin' },
      { id: 'operatingIncome' },
      { id: 'lossBeforeDa', name: 'Loss before depreciation and amortization', kind: 'money', gaap: false },
    ],
    company: { name: 'Example Corp.' },
    fiscalYear: 2008,
    quarter: 2,
    fiscalYearEndMonth: 12,
    periodEnd: '2008-06-30',
    releaseDate: '2008-08-14',
    figures: {
      revenue: { quarter: '20.0m', yearAgoQuarter: '18.0m', yearToDate: '39.0m', yearAgoYearToDate: '35.0m' },
      grossMargin: { quarter: '31.5', yearAgoQuarter: '30.0' },
      operatingIncome: { quarter: '73000', yearAgoQuarter: '585000' },
      lossBeforeDa: { quarter: '-1.9m', yearAgoQuarter: '-0.5m' },
    },
  })
  return releaseFacts(draftFromFigures(parsed))
}

const errors = (text: string): string[] =>
  checkDraftText([text], factsWith())
    .filter((entry) => entry.severity === 'error')
    .map((entry) => `${entry.rule} "${entry.quote}"`)

describe('claims about every measure the release defines', () => {
  it('reads a ratio stated in percent as its level, not as a percent change', () => {
    expect(
      errors('Gross margin was 31.5% for the quarter ended June 30, 2008, compared with 30.0% for the quarter ended June 30, 2007.'),
    ).toEqual([])
  })

  it('judges a ratio level and its change in points against the entered margin', () => {
    expect(errors('Gross margin improved 150 basis points to 31.5%.')).toEqual([])
    expect(errors('Gross margin improved 150 basis points to 32.5%.')).toEqual(['ratio-level "32.5%"'])
    expect(errors('Gross margin improved 250 basis points to 31.5%.').length).toBeGreaterThan(0)
  })

  it("leaves an earlier period's margin to that period", () => {
    expect(
      errors('This compares to revenue of $18.0 million a year ago, with a gross margin of 30.0%.'),
    ).toEqual([])
  })

  it('leaves a percent on an annualized basis alone', () => {
    expect(errors('Revenue increased 44.4% on an annualized basis to $20.0 million.')).toEqual([])
  })

  it('reads a loss the measure names in its own words as a loss', () => {
    expect(
      errors('The loss before depreciation and amortization was $1.9 million for the quarter.'),
    ).toEqual([])
  })

  it('does not carry the period of the sentence before past a pasted list bullet', () => {
    const text =
      'Sales were lower than in the second quarter last year. | · | Operating income of $73,000 was $512,000 lower than the $585,000 reported for the second quarter last year.'
    expect(errors(text)).toEqual([])
    expect(errors('| · | Operating income of $75,000 was lower than a year ago.')).toEqual([
      'wrong-amount "$75,000"',
    ])
  })

  it('reads each bullet of a run-together list as its own sentence', () => {
    expect(
      errors('• | Second-Quarter Revenue Increases 11.1 percent from 2007 | • | Revenue of $39.0 million in 2008 versus $35.0 million in 2007 |'),
    ).toEqual([])
  })
})
