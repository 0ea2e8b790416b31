import { describe, expect, it } from 'vitest'
import { checkRelease } from '../../../../renderer/src/release/checks/check-release'
import type { Finding } from '../../../../renderer/src/release/checks/finding'
import type { ReleaseFacts } from '../../../../renderer/src/release/release-facts'
import { factsWith, sampleFacts, sampleFigures } from './helpers'

const figureFindings = (facts: ReleaseFacts, rule: Finding['rule']): Finding[] =>
  checkRelease(facts).filter((entry) => entry.rule === rule)

describe('tie-outs between the figures', () => {
  it('the sample ties out', () => {
    expect(checkRelease(sampleFacts()).filter((entry) => entry.location === null)).toEqual([])
  })

  it('flags diluted EPS of the other sign from net income, per period', () => {
    const [found, ...rest] = figureFindings(
      factsWith({ dilutedEps: { yearAgoQuarter: '-0.01' } }),
      'eps-sign',
    )
    expect(rest).toEqual([])
    expect(found).toMatchObject({ severity: 'error', location: null, quote: '$(0.01)' })
    expect(found?.message).toBe(
      'Diluted EPS for the same quarter a year ago is $(0.01), a loss, but net income is $73,000, a profit.',
    )
  })

  it('checks EPS against net income over diluted shares, to the cent', () => {
    const shares = { quarter: '8400000', yearAgoQuarter: '8300000' }
    expect(figureFindings(factsWith({ dilutedShares: shares }), 'eps-division')).toEqual([])
    const [found] = figureFindings(
      factsWith({ dilutedShares: shares, dilutedEps: { quarter: '-0.03' } }),
      'eps-division',
    )
    expect(found?.message).toBe(
      'Diluted EPS for this quarter is $(0.03), but net income of $(168,000) over 8,400,000 diluted shares gives $(0.02).',
    )
    expect(found?.expected).toBe('$(0.02)')
  })

  it('keeps a loss\u2019s parentheses in its messages when the release writes losses in words', () => {
    const facts = factsWith({ dilutedEps: { yearAgoQuarter: '-0.01' } }, { style: { ...sampleFigures().style, negative: 'words' } })
    expect(facts.document.style.negative).toBe('words')
    const [found] = figureFindings(facts, 'eps-sign')
    // "Diluted EPS ... is $0.01, a loss" would contradict the figure the person typed.
    expect(found?.message).toBe('Diluted EPS for the same quarter a year ago is $(0.01), a loss, but net income is $73,000, a profit.')
    const [revenue] = figureFindings(factsWith({ revenue: { yearAgoQuarter: '-4700000' } }, { style: { ...sampleFigures().style, negative: 'words' } }), 'figure-sense')
    expect(revenue?.message).toContain('is $(4.7) million, but revenue cannot be negative')
  })

  it('flags an entered figure that disagrees with the one the others imply', () => {
    const [found] = figureFindings(
      factsWith({ revenue: { previousQuarter: '3500000' } }),
      'figure-discrepancy',
    )
    expect(found?.severity).toBe('error')
    expect(found?.message).toBe(
      'Revenue for the previous quarter is entered as $3.5 million, but the previous quarter is year to date minus this quarter, which gives $3.6 million.',
    )
    const noToDate = { yearToDate: null, yearAgoYearToDate: null }
    const firstQuarter = factsWith(
      {
        revenue: { yearToDate: '5600000', yearAgoYearToDate: '4700000' },
        netIncome: noToDate,
        dilutedEps: noToDate,
      },
      { quarter: 1 },
    )
    expect(figureFindings(firstQuarter, 'figure-discrepancy')).toEqual([])
    const wrongAtFirst = factsWith({ revenue: { yearToDate: '5700000' } }, { quarter: 1 })
    expect(figureFindings(wrongAtFirst, 'figure-discrepancy').map((entry) => entry.id)).toContain(
      'figure-discrepancy@figures:revenue.yearToDate',
    )
  })

  it('flags revenue for the year to date below the quarter’s', () => {
    const [found] = figureFindings(
      factsWith({ revenue: { yearToDate: '5000000' } }, { quarter: 3 }),
      'year-to-date',
    )
    expect(found?.message).toBe(
      'Revenue for year to date ($5.0 million) is less than revenue for this quarter ($5.6 million), yet the year to date includes the quarter.',
    )
  })

  it('warns where a reader recomputing from the rounded figures gets another percent', () => {
    const facts = factsWith({ revenue: { quarter: '5574000', yearToDate: '9223000' } })
    const [found] = figureFindings(facts, 'rounding')
    expect(found?.severity).toBe('warning')
    expect(found?.message).toMatch(
      /^Revenue against the previous quarter changed 53%, but a reader recomputing from the rounded figures in the text gets 56%/,
    )
    expect(figureFindings(sampleFacts(), 'rounding')).toEqual([])
  })
})
