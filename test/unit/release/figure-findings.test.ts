import { describe, expect, it } from 'vitest'
import { checkFigures, checkRelease } from '../../../renderer/src/release/checks/check-release'
import { figureFindings } from '../../../renderer/src/release/checks/tie-outs'
import { paragraphText, releaseContent } from '../../../renderer/src/release/release-content'
import { releaseFacts } from '../../../renderer/src/release/release-facts'
import { factsWith, sampleRelease } from './checks/helpers'

/** Figures that make sense, and one list of the figures' problems for every place that shows them. */

const cellsOf = (facts: ReturnType<typeof factsWith>, rule: string) =>
  figureFindings(facts).filter((entry) => entry.finding.rule === rule)

describe('figures that make sense', () => {
  it('calls negative revenue an error, naming the period', () => {
    const [found, ...rest] = cellsOf(factsWith({ revenue: { yearAgoQuarter: '-4700000' } }), 'figure-sense')
    expect(rest).toEqual([])
    expect(found?.finding).toMatchObject({ severity: 'error', location: null })
    expect(found?.finding.message).toBe(
      'Revenue for the same quarter a year ago is $(4.7) million, but revenue cannot be negative; a loss belongs in net income (loss).',
    )
    expect(found?.cells).toEqual(['revenue.yearAgoQuarter'])
  })

  it('calls a negative share count an error', () => {
    const [found] = cellsOf(factsWith({ dilutedShares: { quarter: '-8400000' } }), 'figure-sense')
    expect(found?.finding.severity).toBe('error')
    expect(found?.finding.message).toContain('a count of shares cannot be negative')
    expect(found?.cells).toEqual(['dilutedShares.quarter'])
  })

  it('warns of EPS over $1,000 a share, and not of $1,000 itself', () => {
    expect(cellsOf(factsWith({ dilutedEps: { yearAgoQuarter: '1000' } }), 'figure-sense')).toEqual([])
    const [found] = cellsOf(factsWith({ dilutedEps: { yearAgoQuarter: '5600000000' } }), 'figure-sense')
    expect(found?.finding.severity).toBe('warning')
    expect(found?.finding.message).toBe(
      'Diluted EPS for the same quarter a year ago is $5,600,000,000.00, but no company reports more than $1,000 a share: check the decimal point, or a scale such as "m" typed by mistake.',
    )
  })

  it('lists the EPS tie-out with all three cells it rests on, and the checks list the very same finding', () => {
    const facts = factsWith({ netIncome: { quarter: '588000' }, dilutedEps: { quarter: '0.7' }, dilutedShares: { quarter: '8400000' } })
    const [found] = cellsOf(facts, 'eps-division')
    expect(found?.cells).toEqual(['dilutedEps.quarter', 'netIncome.quarter', 'dilutedShares.quarter'])
    expect(found?.finding.message).toContain('gives $0.07')
    const figureIds = figureFindings(facts).map((entry) => entry.finding.id)
    expect(figureIds).toContain('eps-division@figures:quarter')
    expect(checkFigures(facts).map((entry) => entry.id).sort()).toEqual([...figureIds].sort())
    const inChecks = checkRelease(facts).filter((entry) => entry.location === null)
    expect(inChecks.map((entry) => entry.id).sort()).toEqual([...figureIds].sort())
  })
})

describe('a cell refused as not an amount', () => {
  const refused = new Map([['revenue.previousQuarter', '13 050 000'] as const])

  it('puts a placeholder naming the cell in every word that rests on it, derived or compared', () => {
    const document = sampleRelease()
    const before = releaseContent(document).paragraphs.map(paragraphText).join('\n')
    expect(before).toContain('increased by more than 50% from the previous quarter')
    const facts = releaseFacts(document, refused)
    const words = releaseContent(document, facts).paragraphs.map(paragraphText).join('\n')
    expect(words).toContain('Second quarter sales [Revenue, previous quarter: not an amount]')
    expect(words).not.toContain('from the previous quarter and were')
    // Words that do not rest on the cell are as they were.
    expect(words).toContain('a net loss of $(168,000)')
  })

  it('marks the words that rest on a figure derived from the refused cell', () => {
    const document = sampleRelease()
    const facts = releaseFacts(document, new Map([['revenue.yearToDate', 'abc'] as const]))
    const words = releaseContent(document, facts).paragraphs.map(paragraphText).join('\n')
    // The previous quarter is derived as year to date minus this quarter.
    expect(words).toContain('Second quarter sales [Revenue, year to date: not an amount]')
  })

  it('is an error among the figures, in the checks too, naming the cell and what was typed', () => {
    const facts = releaseFacts(sampleRelease(), refused)
    const [found] = figureFindings(facts).filter((entry) => entry.finding.rule === 'not-an-amount')
    expect(found?.cells).toEqual(['revenue.previousQuarter'])
    expect(found?.finding.message).toBe(
      'Revenue, previous quarter: \u201c13 050 000\u201d is not an amount, so the release keeps $3.6 million and the words that use it show a placeholder. Type the amount again, or press Escape in the cell to go back.',
    )
    expect(checkRelease(facts).some((entry) => entry.id === found?.finding.id && entry.severity === 'error')).toBe(true)
  })
})
