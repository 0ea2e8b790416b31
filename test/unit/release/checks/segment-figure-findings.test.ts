import { describe, expect, it } from 'vitest'
import { checkRelease } from '../../../../renderer/src/release/checks/check-release'
import { figureFindings } from '../../../../renderer/src/release/checks/tie-outs'
import { secondSampleWith } from './second-sample'

const segmentFindings = (rows: Parameters<typeof secondSampleWith>[0]) =>
  figureFindings(secondSampleWith(rows)).filter((entry) => entry.finding.rule === 'segment-tie-out')

describe('the release’s segments tie out to their parent', () => {
  it('the second sample’s segments add up to its revenue in every period', () => {
    expect(segmentFindings({})).toEqual([])
  })

  it('names the sum, the parent and the difference, one finding a period, on every cell it is about', () => {
    const found = segmentFindings({
      sensorsRevenue: { quarter: '14020000', yearAgoQuarter: '12140000' },
    })
    expect(found.map((entry) => entry.finding.message)).toEqual([
      'Revenue for this quarter is $42,570,000, but its segments (Test Systems revenue $28,450,000, Sensors revenue $14,020,000) add up to $42,470,000, a difference of $100,000.',
      'Revenue for the same quarter a year ago is $37,350,000, but its segments (Test Systems revenue $25,310,000, Sensors revenue $12,140,000) add up to $37,450,000, a difference of $100,000.',
    ])
    expect(found[0]?.cells).toEqual(['revenue.quarter', 'testSystemsRevenue.quarter', 'sensorsRevenue.quarter'])
    expect(checkRelease(secondSampleWith({ sensorsRevenue: { quarter: '14020000' } })).filter((entry) => entry.rule === 'segment-tie-out')).toMatchObject([
      { severity: 'error', location: null, quote: '$42,570,000', expected: '$42,470,000' },
    ])
  })

  it('is silent for a period where a segment is not given', () => {
    expect(segmentFindings({ sensorsRevenue: { quarter: null }, testSystemsRevenue: { quarter: '20000000' } })).toEqual([])
  })
})
