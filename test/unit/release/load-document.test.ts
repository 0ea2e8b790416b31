import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  readFiguresFile,
  readReleaseDocument,
  serializeReleaseDocument,
} from '../../../renderer/src/release/load-document'
import { SAMPLE_RELEASE } from '../../support/make-sample'
import { figureRow } from '../../support/figure-rows'

const sampleText = readFileSync(SAMPLE_RELEASE, 'utf8')
const sampleJson = JSON.parse(sampleText) as Record<string, unknown>

function problem(json: unknown): string {
  const result = readReleaseDocument(JSON.stringify(json))
  if (result.ok) throw new Error('expected a rejection')
  return result.error
}

describe('opening a release file', () => {
  it('reads the version-1 sample, saves it as version 2 with its four measures, and reopens the same release', () => {
    const result = readReleaseDocument(sampleText)
    if (!result.ok) throw new Error(result.error)
    const saved = serializeReleaseDocument(result.value)
    const file = JSON.parse(saved) as Record<string, unknown>
    expect(file['formatVersion']).toBe(2)
    expect(file['measures']).toEqual([
      { id: 'revenue' },
      { id: 'netIncome' },
      { id: 'dilutedEps' },
      { id: 'dilutedShares' },
    ])
    const reopened = readReleaseDocument(saved)
    if (!reopened.ok) throw new Error(reopened.error)
    expect(reopened.value).toEqual(result.value)
    expect(serializeReleaseDocument(reopened.value)).toBe(saved)
  })

  it('names the field and the problem of a bad amount', () => {
    const figures = sampleJson['figures'] as Record<string, Record<string, unknown>>
    expect(
      problem({
        ...sampleJson,
        figures: { ...figures, revenue: { ...figures['revenue'], quarter: 'abc' } },
      }),
    ).toBe('figures.revenue.quarter: expected an amount like 5600000 or "5.6m", got "abc"')
  })

  it('normalises typed amounts such as "5.6m"', () => {
    const figures = sampleJson['figures'] as Record<string, Record<string, unknown>>
    const result = readReleaseDocument(
      JSON.stringify({
        ...sampleJson,
        figures: { ...figures, revenue: { ...figures['revenue'], quarter: '5.6m' } },
      }),
    )
    expect(result.ok && figureRow(result.value.figures, 'revenue').quarter).toBe('5600000')
  })

  it('refuses a file from a newer version, saying so', () => {
    expect(problem({ ...sampleJson, formatVersion: 3 })).toMatch(
      /^formatVersion: this file was written by a newer Release Desk \(format 3\)/,
    )
  })

  it('refuses a quarter of 5 and a month of 13', () => {
    const period = sampleJson['period'] as Record<string, unknown>
    expect(problem({ ...sampleJson, period: { ...period, quarter: 5 } })).toBe(
      'period.quarter: expected a quarter from 1 to 4',
    )
    expect(problem({ ...sampleJson, period: { ...period, fiscalYearEndMonth: 13 } })).toBe(
      'period.fiscalYearEndMonth: expected a month from 1 to 12',
    )
  })

  it('refuses a date that does not exist', () => {
    const period = sampleJson['period'] as Record<string, unknown>
    expect(problem({ ...sampleJson, period: { ...period, periodEnd: '2006-02-30' } })).toBe(
      'period.periodEnd: that day does not exist: "2006-02-30"',
    )
  })

  it('refuses rich text that is not of the stored shape', () => {
    const narrative = sampleJson['narrative'] as Record<string, unknown>
    expect(
      problem({
        ...sampleJson,
        narrative: { ...narrative, headline: { type: 'doc', content: [{ type: 'table' }] } },
      }),
    ).toBe(
      'narrative.headline.content.0.type: found "table", which this release format does not know; expected "paragraph", "bulletList" or "orderedList"',
    )
  })

  it('says where invalid JSON breaks', () => {
    const result = readReleaseDocument('{"formatVersion": 1,')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/^not valid JSON \(/)
  })

  it('says a missing required field is missing', () => {
    const result = readFiguresFile(JSON.stringify({ company: { name: 'Acme' }, fiscalYear: 2024 }))
    expect(result).toEqual({ ok: false, error: 'quarter: expected a quarter from 1 to 4' })
  })
})
