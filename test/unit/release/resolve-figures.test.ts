import { describe, expect, it } from 'vitest'
import type { Figures } from '../../../renderer/src/release/document-schema'
import { resolveFigures } from '../../../renderer/src/release/resolve-figures'
import type { FigureRow } from '../../../renderer/src/release/figures-schema'
import { resolvedRow, v1Figures } from '../../support/figure-rows'

const empty = {
  quarter: null,
  previousQuarter: null,
  yearAgoQuarter: null,
  yearToDate: null,
  yearAgoYearToDate: null,
}

function figures(partial: Readonly<Record<string, FigureRow>>): Figures {
  return v1Figures({ revenue: empty, netIncome: empty, dilutedEps: empty, dilutedShares: empty, ...partial })
}

describe('filling in the figures that follow from others', () => {
  it('derives the previous quarter as year to date minus this quarter in the second quarter', () => {
    const { figures: resolved } = resolveFigures(
      figures({ revenue: { ...empty, quarter: '5600000', yearToDate: '9200000' } }),
      2,
    )
    expect(resolvedRow(resolved, 'revenue').previousQuarter).toMatchObject({ source: 'derived' })
    const previous = resolvedRow(resolved, 'revenue').previousQuarter
    if (previous.source === 'derived') expect(previous.value.toFixed()).toBe('3600000')
  })

  it('never derives per-share figures by subtraction', () => {
    const { figures: resolved } = resolveFigures(
      figures({ dilutedEps: { ...empty, quarter: '-0.02', yearToDate: '-0.03' } }),
      2,
    )
    expect(resolvedRow(resolved, 'dilutedEps').previousQuarter.source).toBe('missing')
  })

  it('does not derive the previous quarter in the third quarter, where year to date spans two earlier quarters', () => {
    const { figures: resolved } = resolveFigures(
      figures({ revenue: { ...empty, quarter: '5', yearToDate: '15' } }),
      3,
    )
    expect(resolvedRow(resolved, 'revenue').previousQuarter.source).toBe('missing')
  })

  it('makes year to date the quarter itself in the first quarter', () => {
    const { figures: resolved } = resolveFigures(
      figures({ dilutedEps: { ...empty, quarter: '0.05', yearAgoQuarter: '0.04' } }),
      1,
    )
    expect(resolvedRow(resolved, 'dilutedEps').yearToDate).toMatchObject({ source: 'derived' })
    expect(resolvedRow(resolved, 'dilutedEps').yearAgoYearToDate).toMatchObject({ source: 'derived' })
  })

  it('reports an entered figure that disagrees with the derived one instead of picking one', () => {
    const { figures: resolved, discrepancies } = resolveFigures(
      figures({
        revenue: {
          ...empty,
          quarter: '5600000',
          previousQuarter: '3500000',
          yearToDate: '9200000',
        },
      }),
      2,
    )
    expect(resolvedRow(resolved, 'revenue').previousQuarter).toMatchObject({ source: 'entered' })
    expect(discrepancies).toHaveLength(1)
    expect(discrepancies[0]?.measure).toBe('revenue')
    expect(discrepancies[0]?.derived.toFixed()).toBe('3600000')
    expect(discrepancies[0]?.entered.toFixed()).toBe('3500000')
  })

  it('reports a first-quarter year to date that differs from the quarter', () => {
    const { discrepancies } = resolveFigures(
      figures({ revenue: { ...empty, quarter: '5', yearToDate: '6' } }),
      1,
    )
    expect(discrepancies.map((entry) => entry.period)).toEqual(['yearToDate'])
  })
})
