import { describe, expect, it } from 'vitest'
import { checkRelease } from '../../../../renderer/src/release/checks/check-release'
import type { FigureRow } from '../../../../renderer/src/release/figures-schema'
import { figureFindings } from '../../../../renderer/src/release/checks/tie-outs'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import { withRows } from '../../../support/figure-rows'
import { secondSample, secondSampleWith } from './second-sample'

// Gross profit of $4,050 over revenue of $10,000 is a 40.5% margin; the segments add up to the revenue.
const PARTS = {
  revenue: { quarter: '10000' },
  testSystemsRevenue: { quarter: '6000' },
  sensorsRevenue: { quarter: '4000' },
  grossProfit: { quarter: '4050' },
}

const marginFindings = (margin: string | null, parts: Readonly<Record<string, Partial<FigureRow>>> = PARTS) =>
  figureFindings(secondSampleWith({ ...parts, grossMargin: { quarter: margin } })).filter(
    (entry) => entry.finding.id === 'figure-discrepancy@figures:grossMargin.quarter',
  )

describe('an entered margin against its parts', () => {
  it('the second sample’s margins agree with their parts', () => {
    expect(figureFindings(secondSampleWith()).map((entry) => entry.finding.message)).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/margin/i)]),
    )
  })

  it('names the entered margin and the one its parts give, on the margin’s cell first', () => {
    const [found, ...rest] = marginFindings('41.0')
    expect(rest).toEqual([])
    expect(found?.finding).toMatchObject({ severity: 'error', rule: 'figure-discrepancy', quote: '41.0%', expected: '40.5%' })
    expect(found?.finding.message).toBe(
      'Gross margin for this quarter is entered as 41.0%, but gross profit of $4,050 over revenue of $10,000 gives 40.5%.',
    )
    expect(found?.cells).toEqual(['grossMargin.quarter', 'grossProfit.quarter', 'revenue.quarter'])
  })

  it('is in the release’s checks, as a figures problem', () => {
    const facts = secondSampleWith({ ...PARTS, grossMargin: { quarter: '41.0' } })
    const found = checkRelease(facts).filter((entry) => entry.message.startsWith('Gross margin for this quarter'))
    expect(found).toMatchObject([{ severity: 'error', location: null }])
  })

  it('is silent on the margin entered right, and on one whose parts are not both given', () => {
    expect(marginFindings('40.5')).toEqual([])
    expect(marginFindings('41.0', { ...PARTS, grossProfit: { quarter: null } })).toEqual([])
  })
})

describe('a first-quarter margin', () => {
  it('that disagrees both with its quarter and with its parts gives two findings, each its own', () => {
    const sample = secondSample()
    const document = {
      ...sample,
      period: { ...sample.period, quarter: 1 as const },
      figures: withRows(sample.figures, { grossMargin: { yearToDate: '41.0' } }),
    }
    const found = figureFindings(releaseFacts(document)).filter((entry) =>
      entry.finding.id.startsWith('figure-discrepancy@figures:grossMargin.yearToDate'),
    )
    expect(found.map((entry) => entry.finding.message)).toEqual([
      expect.stringContaining('at the first quarter, year to date equals the quarter'),
      expect.stringContaining('but gross profit of $48.30 million over revenue of $121.35 million gives 39.8%'),
    ])
    expect(new Set(found.map((entry) => entry.finding.id)).size).toBe(2)
  })
})
