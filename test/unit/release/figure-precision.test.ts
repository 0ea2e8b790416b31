import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ReleaseDocument } from '../../../renderer/src/release/document-schema'
import {
  figureUnit,
  resolvedFigureUnit,
  typedFigure,
  withFigure,
} from '../../../renderer/src/release/figure-precision'
import { draftFromFigures } from '../../../renderer/src/release/figures-file'
import {
  readFiguresFile,
  readReleaseDocument,
  serializeReleaseDocument,
} from '../../../renderer/src/release/load-document'
import type { MeasureKind } from '../../../renderer/src/release/measures'
import { resolveFigures } from '../../../renderer/src/release/resolve-figures'
import { rollForward } from '../../../renderer/src/release/roll-forward'
import { SAMPLE_FIGURES_PATH, SAMPLE_RELEASE_PATH, sampleRelease } from './checks/helpers'
import { figureRow, resolvedRow } from '../../support/figure-rows'

const SAMPLE_TEXT = readFileSync(SAMPLE_RELEASE_PATH, 'utf8')
const SAMPLE_FIGURES = JSON.parse(readFileSync(SAMPLE_FIGURES_PATH, 'utf8')) as {
  figures: Record<string, Record<string, unknown>>
}

function opened(text: string): ReleaseDocument {
  const read = readReleaseDocument(text)
  if (!read.ok) throw new Error(read.error)
  return read.value
}

/** The sample release file with some figures cells (and optionally a precision) replaced. */
function releaseText(cells: Record<string, Record<string, unknown>>, precision?: unknown): string {
  const json = JSON.parse(SAMPLE_TEXT) as { figures: Record<string, unknown> }
  for (const [measure, row] of Object.entries(cells))
    json.figures[measure] = { ...(json.figures[measure] as object), ...row }
  if (precision !== undefined) json.figures['precision'] = precision
  return JSON.stringify(json)
}

function unitOf(
  document: ReleaseDocument,
  measure: 'revenue' | 'netIncome' | 'dilutedEps',
  period: 'quarter' | 'previousQuarter' | 'yearToDate',
) {
  return figureUnit(document, measure, period)?.toFixed() ?? null
}

describe('the unit a typed figure is known to', () => {
  it.each<[string, MeasureKind, string, string]>([
    ['5.6m', 'money', '5600000', '100000'],
    ['$5.6 million', 'money', '5600000', '100000'],
    ['5,600,000', 'money', '5600000', '1'],
    ['5.60m', 'money', '5600000', '10000'],
    ['4.5m', 'money', '4500000', '100000'],
    ['7.2m', 'money', '7200000', '100000'],
    ['168k', 'money', '168000', '1000'],
    ['(168,000)', 'money', '-168000', '1'],
    ['$1.2bn', 'money', '1200000000', '100000000'],
    ['$0.02', 'perShare', '0.02', '0.01'],
    ['$(0.02)', 'perShare', '-0.02', '0.01'],
    ['0.125', 'perShare', '0.125', '0.001'],
    // Per-share figures are reported to the cent: "$1" is $1.00.
    ['$1', 'perShare', '1', '0.01'],
    ['8.25m', 'count', '8250000', '10000'],
  ])('%s as %s is %s, known to %s', (typed, kind, amount, unit) => {
    expect(typedFigure(typed, kind)).toEqual({ ok: true, value: { amount, unit } })
  })
})

describe('precision in the release file', () => {
  it('opens an older file unchanged: no precision means exact as stored, and it saves with none', () => {
    const document = opened(SAMPLE_TEXT)
    expect(document.figures.precision).toBeUndefined()
    expect(opened(serializeReleaseDocument(document))).toEqual(document)
    expect(serializeReleaseDocument(document)).not.toContain('"precision"')
    expect(unitOf(document, 'revenue', 'quarter')).toBe('1')
    expect(unitOf(document, 'dilutedEps', 'quarter')).toBe('0.01')
  })

  it('keeps the precision of a figure typed rounded, through saving and reopening', () => {
    const document = opened(
      releaseText({ revenue: { quarter: '5.6m', yearAgoQuarter: '$4.7 million' } }),
    )
    expect(figureRow(document.figures, 'revenue').quarter).toBe('5600000')
    expect(document.figures.precision).toEqual({
      revenue: { quarter: '100000', yearAgoQuarter: '100000' },
    })
    const saved = serializeReleaseDocument(document)
    const reopened = opened(saved)
    expect(reopened).toEqual(document)
    expect(unitOf(reopened, 'revenue', 'quarter')).toBe('100000')
    expect(serializeReleaseDocument(reopened)).toBe(saved)
  })

  it('stores only what differs from the stored amount’s own last digit', () => {
    const document = opened(
      releaseText(
        { revenue: { quarter: 5600000 }, dilutedEps: { quarter: '$(0.02)' } },
        { revenue: { yearToDate: '1' } },
      ),
    )
    expect(document.figures.precision).toBeUndefined()
  })

  it('refuses a precision the figure contradicts, or one for a figure not reported, naming both', () => {
    expect(readReleaseDocument(releaseText({}, { revenue: { quarter: '1000000' } }))).toEqual({
      ok: false,
      error:
        'figures.precision.revenue.quarter: says figures.revenue.quarter is known to the nearest 1000000, but it is 5600000; correct the figure or remove its precision',
    })
    expect(
      readReleaseDocument(releaseText({}, { revenue: { previousQuarter: '100000' } })),
    ).toEqual({
      ok: false,
      error:
        'figures.precision.revenue.previousQuarter: a precision for figures.revenue.previousQuarter, which is not reported; remove it or enter the figure',
    })
    expect(readReleaseDocument(releaseText({}, { revenue: { quarter: '5' } }))).toEqual({
      ok: false,
      error:
        'figures.precision.revenue.quarter: expected the unit of the last digit, such as "100000" for 5.6m, "1" or "0.01"',
    })
    expect(readReleaseDocument(releaseText({}, { dilutedEps: { quarter: '1' } })).ok).toBe(false)
    expect(readReleaseDocument(releaseText({}, { revenue: { century: '1' } })).ok).toBe(false)
  })

  it('reads a scaled per-share figure as an error in the file, naming the cell', () => {
    expect(readReleaseDocument(releaseText({ dilutedEps: { quarter: '5.6 B' } }))).toEqual({
      ok: false,
      error:
        'figures.dilutedEps.quarter: "5.6 B" is not a per-share amount: per-share figures are in dollars and take no scale such as "m" or "B"; type it like 0.02',
    })
  })

  it('refuses a JSON number a double cannot hold, naming the cell and saying to write a string', () => {
    const read = readReleaseDocument(releaseText({ revenue: { quarter: 1e308 } }))
    expect(read.ok).toBe(false)
    if (!read.ok) {
      expect(read.error).toMatch(
        /^figures\.revenue\.quarter: the JSON number 1e\+308 cannot be read exactly/,
      )
      expect(read.error).toContain('write the amount as a string')
    }
  })
})

describe('precision in the figures file and the draft', () => {
  it('keeps the precision of "5.6m" in a figures file, so the drafted release has it', () => {
    const file = structuredClone(SAMPLE_FIGURES)
    file.figures['revenue'] = { ...file.figures['revenue'], quarter: '5.6m', yearToDate: '9.2m' }
    const read = readFiguresFile(JSON.stringify(file))
    if (!read.ok) throw new Error(read.error)
    const draft = draftFromFigures(read.value)
    expect(draft.figures.precision).toEqual({
      revenue: { quarter: '100000', yearToDate: '100000' },
    })
    expect(unitOf(draft, 'revenue', 'quarter')).toBe('100000')
    expect(opened(serializeReleaseDocument(draft))).toEqual(draft)
  })

  it('refuses unknown keys in a figures file’s precision, as everywhere in its figures', () => {
    const file = structuredClone(SAMPLE_FIGURES) as { figures: Record<string, unknown> }
    file.figures['precision'] = { revenue: { yearTodate: '1' } }
    const read = readFiguresFile(JSON.stringify(file))
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.error).toMatch(/^figures\.precision\.revenue: .*yearTodate/)
  })
})

describe('the precision of derived figures and of edits', () => {
  it('gives a derived previous quarter the coarser unit of year to date and this quarter', () => {
    const document = opened(releaseText({ revenue: { quarter: '5.6m', yearToDate: '9,200,000' } }))
    const resolution = resolveFigures(document.figures, document.period.quarter)
    expect(resolvedRow(resolution.figures, 'revenue').previousQuarter.source).toBe('derived')
    expect(resolvedFigureUnit(document, resolution, 'revenue', 'previousQuarter')?.toFixed()).toBe(
      '100000',
    )
    expect(
      resolvedFigureUnit(document, resolution, 'netIncome', 'previousQuarter')?.toFixed(),
    ).toBe('1')
    expect(resolvedFigureUnit(document, resolution, 'revenue', 'yearToDate')?.toFixed()).toBe('1')
    expect(resolvedFigureUnit(document, resolution, 'dilutedShares', 'quarter')).toBeNull()
  })

  it('sets a figure with its precision, and drops the precision when it is typed exactly or cleared', () => {
    const figures = sampleRelease().figures
    const rounded = typedFigure('5.6m', 'money')
    const exact = typedFigure('5,600,000', 'money')
    if (!rounded.ok || !exact.ok) throw new Error('the sample amounts read')
    const typed = withFigure(figures, 'revenue', 'quarter', rounded.value)
    expect(figureRow(typed, 'revenue').quarter).toBe('5600000')
    expect(typed.precision).toEqual({ revenue: { quarter: '100000' } })
    expect(withFigure(typed, 'revenue', 'quarter', exact.value)).toEqual(figures)
    expect(withFigure(typed, 'revenue', 'quarter', null).precision).toBeUndefined()
  })

  it('carries this quarter’s precision to the previous quarter when rolling forward', () => {
    const document = opened(releaseText({ revenue: { quarter: '5.6m', yearAgoQuarter: '4.7m' } }))
    const rolled = rollForward(document)
    expect(rolled.figures.precision).toEqual({ revenue: { previousQuarter: '100000' } })
    expect(unitOf(rolled, 'revenue', 'previousQuarter')).toBe('100000')
    expect(opened(serializeReleaseDocument(rolled))).toEqual(rolled)
  })
})
