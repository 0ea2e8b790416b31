import { describe, expect, it } from 'vitest'
import { releaseToText } from '../../../renderer/src/export/plain-text'
import { draftFromFigures, figuresFileSchema } from '../../../renderer/src/release/figures-file'
import { paragraphText, releaseContent } from '../../../renderer/src/release/release-content'

function draftText(input: unknown): { results: string[]; all: string } {
  const document = draftFromFigures(figuresFileSchema.parse(input))
  const content = releaseContent(document)
  return {
    results: content.paragraphs
      .filter((paragraph) => paragraph.role === 'results')
      .map(paragraphText),
    all: releaseToText(content),
  }
}

describe('the standard template', () => {
  it('in the first quarter: no year-to-date paragraph, and the year ago is "the same quarter in fiscal …"', () => {
    const { results, all } = draftText({
      company: { name: 'Acme Corp.' },
      fiscalYear: 2024,
      quarter: 1,
      fiscalYearEndMonth: 12,
      figures: {
        revenue: { quarter: '12.5m', yearAgoQuarter: '10m' },
        netIncome: { quarter: '1.2m', yearAgoQuarter: '-300000' },
        dilutedEps: { quarter: '0.10', yearAgoQuarter: '-0.03' },
      },
    })
    expect(results).toEqual([
      'First quarter sales were 25% ahead of the same quarter in fiscal 2023.',
      'The Company reported a net income of $1.2 million or $0.10 per share on revenue of $12.5 million for the quarter, compared with a net loss of $300,000 or $0.03 per share on revenue of $10.0 million for the same quarter a year ago.',
    ])
    expect(all).toContain(
      'its results for the first quarter of fiscal 2024, ending March 31, 2024.',
    )
  })

  it('in the fourth quarter: the year to date is the fiscal year', () => {
    const { results, all } = draftText({
      company: { name: 'Acme Corp.', shortName: 'Acme' },
      fiscalYear: 2025,
      quarter: 4,
      fiscalYearEndMonth: 6,
      figures: {
        revenue: {
          quarter: '30m',
          previousQuarter: '20m',
          yearToDate: '100m',
          yearAgoYearToDate: '90m',
        },
        netIncome: { quarter: '2m', yearToDate: '5m', yearAgoYearToDate: '6m' },
      },
    })
    expect(results[0]).toBe(
      'Fourth quarter sales increased by more than 40% from the previous quarter.',
    )
    expect(results[2]).toBe(
      'For fiscal year 2025, the Company reported a net income of $5.0 million on revenue of $100.0 million, against a net income of $6.0 million on revenue of $90.0 million for fiscal year 2024.',
    )
    expect(all).toContain('fourth quarter of fiscal 2025, ending June 30, 2025.')
    expect(all).toContain('Acme Announces Fourth Quarter Results for Fiscal 2025')
  })

  it('leaves visible placeholders for what a figures file cannot say', () => {
    const { all } = draftText({ company: { name: 'Acme Corp.' }, fiscalYear: 2024, quarter: 3 })
    expect(all).toContain('[city] \u2013 [release date] \u2013 Acme Corp. announced today')
    expect(all).toContain('[Insert quote from the chief executive on the quarter.]')
  })
})
