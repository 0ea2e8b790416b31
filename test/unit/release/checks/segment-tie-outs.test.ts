import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { segmentTieOutFindings } from '../../../../renderer/src/release/checks/segment-tie-outs'
import type { SegmentFigures } from '../../../../renderer/src/release/checks/segment-tie-outs'
import { Dec, roundHalfUp } from '../../../../renderer/src/release/decimal'
import type { FigureRow } from '../../../../renderer/src/release/figures-schema'
import { catalogueMeasure } from '../../../../renderer/src/release/measure-catalogue'
import type { MeasureDefinition } from '../../../../renderer/src/release/measure-definition'
import type { MeasureEntry } from '../../../../renderer/src/release/measure-entry'
import type { PeriodKey } from '../../../../renderer/src/release/measures'
import { userMeasure } from '../../../../renderer/src/release/user-measure'

function measure(entry: MeasureEntry, parent?: MeasureDefinition): MeasureDefinition {
  const result = userMeasure(entry, parent)
  if (!result.ok) throw new Error(result.error)
  return result.value
}

const revenue = measure({ id: 'revenue' })
const aerospace = measure(
  { id: 'aerospaceRevenue', name: 'Aerospace revenue', kind: 'money', parent: 'revenue' },
  revenue,
)
const industrial = measure(
  { id: 'industrialRevenue', name: 'Industrial revenue', kind: 'money', parent: 'revenue' },
  revenue,
)
const eliminations = measure(
  {
    id: 'eliminations',
    name: 'Intersegment eliminations',
    kind: 'money',
    parent: 'revenue',
    eliminations: true,
  },
  revenue,
)
const netIncome = catalogueMeasure('netIncome')

type Typed = Readonly<Record<string, Partial<Record<PeriodKey, string>>>>

/** Figures as the grid holds them: each cell's stored amount, and the unit it was typed to where rounded. */
function figures(rows: Typed, precision: Typed = {}): SegmentFigures {
  return {
    row: (id): FigureRow | undefined => {
      const row = rows[id]
      if (row === undefined) return undefined
      return {
        quarter: row.quarter ?? null,
        previousQuarter: row.previousQuarter ?? null,
        yearAgoQuarter: row.yearAgoQuarter ?? null,
        yearToDate: row.yearToDate ?? null,
        yearAgoYearToDate: row.yearAgoYearToDate ?? null,
      }
    },
    precision: (id, period) => precision[id]?.[period] ?? null,
  }
}

const SEGMENTS = [revenue, aerospace, industrial]

describe('segments tie out to their parent', () => {
  it('passes segments that add up to the parent, in every period given', () => {
    const given = figures({
      revenue: { quarter: '5600000', yearAgoQuarter: '4700000' },
      aerospaceRevenue: { quarter: '3100000', yearAgoQuarter: '2500000' },
      industrialRevenue: { quarter: '2500000', yearAgoQuarter: '2200000' },
    })
    expect(segmentTieOutFindings(SEGMENTS, given)).toEqual([])
  })

  it('names the parent, the period, the segments’ sum and the difference when they do not', () => {
    const given = figures({
      revenue: { quarter: '5600000', yearAgoQuarter: '4700000' },
      aerospaceRevenue: { quarter: '3100000', yearAgoQuarter: '2500000' },
      industrialRevenue: { quarter: '2300000', yearAgoQuarter: '2200000' },
    })
    const found = segmentTieOutFindings(SEGMENTS, given)
    expect(found).toHaveLength(1)
    expect(found[0]?.finding).toMatchObject({
      severity: 'error',
      rule: 'segment-tie-out',
      location: null,
      quote: '$5,600,000',
      expected: '$5,400,000',
      message:
        'Revenue for this quarter is $5,600,000, but its segments (Aerospace revenue $3,100,000, Industrial revenue $2,300,000) add up to $5,400,000, a difference of $200,000.',
    })
    expect(found[0]?.cells).toEqual([
      'revenue.quarter',
      'aerospaceRevenue.quarter',
      'industrialRevenue.quarter',
    ])
  })

  it('allows for a parent typed rounded: “5.6m” agrees with segments summing to $5,55x,xxx, not less', () => {
    const rounded = { revenue: { quarter: '100000' } }
    const withSegments = (a: string, b: string): SegmentFigures =>
      figures(
        {
          revenue: { quarter: '5600000' },
          aerospaceRevenue: { quarter: a },
          industrialRevenue: { quarter: b },
        },
        rounded,
      )
    expect(segmentTieOutFindings(SEGMENTS, withSegments('3050000', '2500000'))).toEqual([])
    expect(segmentTieOutFindings(SEGMENTS, withSegments('3099999', '2549999'))).toEqual([])
    const [short] = segmentTieOutFindings(SEGMENTS, withSegments('3049000', '2500000'))
    expect(short?.finding.message).toBe(
      'Revenue for this quarter is $5,600,000, but its segments (Aerospace revenue $3,049,000, Industrial revenue $2,500,000) add up to $5,549,000, a difference of $51,000. Revenue was typed to the nearest $100,000, so the two may differ by up to $50,000.',
    )
    const bothRounded = figures(
      {
        revenue: { quarter: '5600000' },
        aerospaceRevenue: { quarter: '3000000' },
        industrialRevenue: { quarter: '2500000' },
      },
      { revenue: { quarter: '100000' }, aerospaceRevenue: { quarter: '100000' } },
    )
    expect(segmentTieOutFindings(SEGMENTS, bothRounded)).toEqual([])
    const [far] = segmentTieOutFindings(
      SEGMENTS,
      figures(
        {
          revenue: { quarter: '5600000' },
          aerospaceRevenue: { quarter: '2900000' },
          industrialRevenue: { quarter: '2500000' },
        },
        { revenue: { quarter: '100000' }, aerospaceRevenue: { quarter: '100000' } },
      ),
    )
    expect(far?.finding.message).toMatch(
      /a difference of \$200,000\. Revenue was typed to the nearest \$100,000 and Aerospace revenue to the nearest \$100,000, so the two may differ by up to \$100,000\.$/,
    )
    // Exact as stored, the same parent must match to the dollar.
    const exact = figures({
      revenue: { quarter: '5600000' },
      aerospaceRevenue: { quarter: '3050000' },
      industrialRevenue: { quarter: '2500000' },
    })
    expect(segmentTieOutFindings(SEGMENTS, exact)).toHaveLength(1)
  })

  it('adds a stated eliminations line to the segments', () => {
    const measures = [...SEGMENTS, eliminations]
    const given = (elimination: string | undefined): SegmentFigures =>
      figures({
        revenue: { quarter: '5600000' },
        aerospaceRevenue: { quarter: '3200000' },
        industrialRevenue: { quarter: '2500000' },
        eliminations: elimination === undefined ? {} : { quarter: elimination },
      })
    expect(segmentTieOutFindings(measures, given('-100000'))).toEqual([])
    const [wrong] = segmentTieOutFindings(measures, given('-50000'))
    expect(wrong?.finding.message).toBe(
      'Revenue for this quarter is $5,600,000, but its segments and eliminations (Aerospace revenue $3,200,000, Industrial revenue $2,500,000, Intersegment eliminations $(50,000)) add up to $5,650,000, a difference of $50,000.',
    )
    expect(wrong?.cells).toContain('eliminations.quarter')
    const [blank] = segmentTieOutFindings(measures, given(undefined))
    expect(blank?.finding.message).toMatch(
      /add up to \$5,700,000, a difference of \$100,000\. Intersegment eliminations is not entered for this quarter, so it counts as zero\.$/,
    )
  })

  it('judges no period where a segment is missing, nor one where the parent is', () => {
    const given = figures({
      revenue: { quarter: '5600000', yearToDate: '9200000' },
      aerospaceRevenue: { quarter: '1000000', yearToDate: '1000000', yearAgoQuarter: '1' },
      industrialRevenue: { yearToDate: '1000000', yearAgoQuarter: '1' },
    })
    const found = segmentTieOutFindings(SEGMENTS, given)
    expect(found.map((entry) => entry.finding.id)).toEqual([
      'segment-tie-out@figures:revenue.yearToDate',
    ])
  })

  it('judges only measures with segments, and counts as well as money', () => {
    const units = measure({ id: 'unitsShipped', name: 'Units shipped', kind: 'count' })
    const domestic = measure(
      {
        id: 'domesticUnits',
        name: 'Domestic units shipped',
        kind: 'count',
        parent: 'unitsShipped',
      },
      units,
    )
    const given = figures({
      unitsShipped: { quarter: '1200' },
      domesticUnits: { quarter: '1100' },
      netIncome: { quarter: '5' },
    })
    const others = netIncome === undefined ? [] : [netIncome]
    const [found] = segmentTieOutFindings([units, domestic, ...others], given)
    expect(found?.finding.message).toBe(
      'Units shipped for this quarter is 1,200, but its segments (Domestic units shipped 1,100) add up to 1,100, a difference of 100.',
    )
  })
})

describe('segment tie-out over generated figures', () => {
  const many = [
    revenue,
    ...['a', 'b', 'c', 'd'].map((letter) =>
      measure(
        {
          id: `segment${letter.toUpperCase()}`,
          name: `Segment ${letter} revenue`,
          kind: 'money',
          parent: 'revenue',
        },
        revenue,
      ),
    ),
    eliminations,
  ]
  const generated = fc.record({
    segments: fc.array(fc.integer({ min: 0, max: 2_000_000_000 }), { minLength: 4, maxLength: 4 }),
    elimination: fc.option(fc.integer({ min: -50_000_000, max: 0 }), { nil: undefined }),
    digits: fc.integer({ min: 0, max: 6 }),
  })
  const given = (
    segments: readonly number[],
    elimination: number | undefined,
    parent: Dec,
    unit: Dec,
  ): SegmentFigures =>
    figures(
      {
        revenue: { quarter: parent.toFixed() },
        segmentA: { quarter: String(segments[0]) },
        segmentB: { quarter: String(segments[1]) },
        segmentC: { quarter: String(segments[2]) },
        segmentD: { quarter: String(segments[3]) },
        eliminations: elimination === undefined ? {} : { quarter: String(elimination) },
      },
      unit.equals(1) ? {} : { revenue: { quarter: unit.toFixed() } },
    )

  it('passes a parent that is the segments’ sum rounded to the unit it was typed to, and flags one a unit and more away', () => {
    fc.assert(
      fc.property(generated, ({ segments, elimination, digits }) => {
        const unit = new Dec(10).pow(digits)
        const sum = segments.reduce((so, value) => so.plus(value), new Dec(elimination ?? 0))
        const typed = roundHalfUp(sum.dividedBy(unit), 0).times(unit)
        expect(segmentTieOutFindings(many, given(segments, elimination, typed, unit))).toEqual([])
        const off = typed.plus(unit).plus(segments.length + 1)
        const found = segmentTieOutFindings(many, given(segments, elimination, off, unit))
        expect(found.map((entry) => entry.finding.rule)).toEqual(['segment-tie-out'])
      }),
    )
  })
})
