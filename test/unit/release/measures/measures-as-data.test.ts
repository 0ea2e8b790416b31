import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkDraftText } from '../../../../renderer/src/release/checks/check-release'
import { figureFindings } from '../../../../renderer/src/release/checks/tie-outs'
import { fieldText } from '../../../../renderer/src/release/field-text'
import { figureRow } from '../../../../renderer/src/release/figures-schema'
import {
  parseReleaseDocument,
  readFiguresFile,
  readReleaseDocument,
  serializeReleaseDocument,
} from '../../../../renderer/src/release/load-document'
import { readOpenedText } from '../../../../renderer/src/release/open-file'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import type { ReleaseFacts } from '../../../../renderer/src/release/release-facts'

const ROOT = resolve(__dirname, '../../../..')
const SAMPLE_TEXT = readFileSync(resolve(ROOT, 'assets/samples/iec-q2-fiscal-2006.release.json'), 'utf8')
const FIGURES_TEXT = readFileSync(resolve(ROOT, 'assets/samples/iec-q2-fiscal-2006.figures.json'), 'utf8')
const SAMPLE = JSON.parse(SAMPLE_TEXT) as Record<string, unknown>
const V1_IDS = ['revenue', 'netIncome', 'dilutedEps', 'dilutedShares']
const FOUR_ENTRIES = V1_IDS.map((id) => ({ id }))

function problem(json: unknown): string {
  const result = parseReleaseDocument(json)
  if (result.ok) throw new Error('expected the file to be refused')
  return result.error
}

describe('a version-1 file opens as the four measures it always had', () => {
  for (const [name, text, read] of [
    ['the sample release', SAMPLE_TEXT, readReleaseDocument],
    ['the sample figures file', FIGURES_TEXT, readFiguresFile],
  ] as const) {
    it(`reads ${name} to the same figures, by measure, in the grid's order`, () => {
      const result = read(text)
      if (!result.ok) throw new Error(result.error)
      const { figures } = result.value
      expect(figures.measures.map((measure) => measure.id)).toEqual(V1_IDS)
      const raw = (JSON.parse(text) as { figures: Record<string, Record<string, unknown>> }).figures
      for (const id of V1_IDS) {
        for (const [period, value] of Object.entries(raw[id] ?? {}))
          expect(figureRow(figures, id)[period as 'quarter']).toBe(value ?? null)
      }
    })
  }

  it('opens a version-2 figures file as a figures file, not as a release', () => {
    const file = { ...(JSON.parse(FIGURES_TEXT) as Record<string, unknown>), formatVersion: 2, measures: FOUR_ENTRIES }
    const opened = readOpenedText(JSON.stringify(file))
    if (!opened.ok) throw new Error(opened.error.message)
    expect(opened.value.kind).toBe('figures')
  })

  it('opens a version-2 file of the same release to the same document', () => {
    const v1 = readReleaseDocument(SAMPLE_TEXT)
    if (!v1.ok) throw new Error(v1.error)
    const v2 = readReleaseDocument(serializeReleaseDocument(v1.value))
    if (!v2.ok) throw new Error(v2.error)
    expect(v2.value).toEqual(v1.value)
    expect(v2.value.narrative).toEqual(v1.value.narrative)
  })
})

/** The sample as a version-2 release with these measures and the figures of the sample plus these. */
function v2Release(
  measures: readonly Record<string, unknown>[],
  figures: Readonly<Record<string, Record<string, string | null>>>,
): Record<string, unknown> {
  return {
    ...SAMPLE,
    formatVersion: 2,
    measures,
    figures: { ...(SAMPLE['figures'] as Record<string, unknown>), ...figures },
  }
}

const FOUR = V1_IDS.map((id) => ({ id }))

describe('a version-2 file names its measures, and a problem with them names the field', () => {
  it('refuses a measure of its own without a name and a kind', () => {
    expect(problem(v2Release([...FOUR, { id: 'aerospaceRevenue' }], {}))).toMatch(
      /^measures\.4: Measure "aerospaceRevenue": field "name" is missing; a measure of your own needs the name/,
    )
  })

  it('refuses a measure listed twice', () => {
    expect(problem(v2Release([...FOUR, { id: 'revenue' }], {}))).toMatch(/^measures\.4: "revenue" is listed twice/)
  })

  it('refuses a parent that is not in the list', () => {
    const segment = { id: 'aerospaceRevenue', name: 'Aerospace revenue', kind: 'money', parent: 'segmentTotal' }
    expect(problem(v2Release([...FOUR, segment], {}))).toMatch(/^measures\.4\.parent: "segmentTotal" is not a measure of this release/)
  })

  it('refuses figures of a measure the list does not name', () => {
    expect(problem(v2Release(FOUR, { grossProfit: { quarter: '1500000' } }))).toMatch(
      /^figures\.grossProfit: "grossProfit" is not in this file's measures list/,
    )
  })

  it('accepts a ratio without its parts', () => {
    expect(parseReleaseDocument(v2Release([...FOUR, { id: 'grossMargin' }], {})).ok).toBe(true)
  })
})

/** The sample with gross profit and an aerospace segment of revenue of the person's own. */
function withNewMeasures(aerospace: Record<string, string | null>): ReleaseFacts {
  const json = v2Release(
    [
      ...FOUR,
      { id: 'grossProfit' },
      { id: 'aerospaceRevenue', name: 'Aerospace revenue', kind: 'money', parent: 'revenue' },
    ],
    {
      grossProfit: {
        quarter: '1500000',
        previousQuarter: '1250000',
        yearAgoQuarter: '1200000',
        yearToDate: '2750000',
        yearAgoYearToDate: '2400000',
      },
      aerospaceRevenue: aerospace,
    },
  )
  const read = parseReleaseDocument(json)
  if (!read.ok) throw new Error(read.error)
  return releaseFacts(read.value)
}

const AEROSPACE = { quarter: '2000000', yearAgoQuarter: '1600000', yearToDate: '3500000', yearAgoYearToDate: '3000000' }

describe('a release with gross profit and a measure of its own', () => {
  it('compares both, and words the comparison with the measure\u2019s own subject', () => {
    const facts = withNewMeasures(AEROSPACE)
    const gross = facts.comparison('grossProfit', 'yearAgoQuarter')
    expect(gross.kind).toBe('change')
    expect(fieldText({ kind: 'comparison', measure: 'grossProfit', pair: 'yearAgoQuarter', withSubject: true, textCase: 'sentence' }, facts)).toBe(
      'Gross profit increased 25% from the same quarter in fiscal 2005',
    )
    // In the second quarter the previous quarter follows from the year to date, for the segment as for revenue.
    const aerospace = facts.comparison('aerospaceRevenue', 'previousQuarter')
    expect(aerospace.kind === 'change' && aerospace.prior.toFixed()).toBe('1500000')
  })

  it('ties the year to date out against the quarter for every additive measure that cannot be negative', () => {
    const facts = withNewMeasures({ ...AEROSPACE, yearToDate: '1900000' })
    const messages = figureFindings(facts).map((entry) => entry.finding.message)
    expect(messages).toContain(
      'Aerospace revenue for year to date ($1.9 million) is less than Aerospace revenue for this quarter ($2.0 million), yet the year to date includes the quarter.',
    )
  })

  it('judges a claim about gross profit, and leaves a part the release does not report alone', () => {
    const facts = withNewMeasures(AEROSPACE)
    const wrong = checkDraftText(['Gross profit for the second quarter increased 40% from the same quarter last year.'], facts)
    expect(wrong.map((entry) => entry.rule)).toContain('wrong-percent')
    const right = checkDraftText(['Gross profit for the second quarter increased 25% from the same quarter last year.'], facts)
    expect(right.filter((entry) => entry.severity === 'error')).toEqual([])
    const other = checkDraftText(['Medical revenue for the second quarter increased 40% from the same quarter last year.'], facts)
    expect(other.filter((entry) => entry.severity === 'error')).toEqual([])
  })

  it('reads "gross profit" as a metric it does not report in a release without it', () => {
    const facts = releaseFacts((() => {
      const read = readReleaseDocument(SAMPLE_TEXT)
      if (!read.ok) throw new Error(read.error)
      return read.value
    })())
    const findings = checkDraftText(['Gross profit for the second quarter increased 40% from the same quarter last year.'], facts)
    expect(findings.filter((entry) => entry.severity === 'error')).toEqual([])
  })
})
