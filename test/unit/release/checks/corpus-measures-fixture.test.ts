import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { parseFigure } from '../../../../renderer/src/release/amount-parser'
import { Dec } from '../../../../renderer/src/release/decimal'
import {
  VERSION_1_MEASURES,
  catalogueMeasure,
} from '../../../../renderer/src/release/measure-catalogue'
import type { MeasureKind } from '../../../../renderer/src/release/measure-definition'
import { measureEntrySchema } from '../../../../renderer/src/release/measure-entry'
import type { MeasureEntry } from '../../../../renderer/src/release/measure-entry'
import { PERIODS } from '../../../../renderer/src/release/measures'
import { corpusClaimSchema, corpusDirectory, corpusReleaseNames } from '../../../eval/claims/corpus'
import { corpusMeasures, readCorpusMeasuresFile } from '../../../eval/claims/corpus-measures'
import type { CorpusSourceKey, ReleaseMeasures } from '../../../eval/claims/corpus-measures'

// The eval judges the corpus's claims about gross margin, operating income, segments and the rest
// only as well as these hand-mapped figures are right: each must be the figure the release prints.

const file = readCorpusMeasuresFile()
const names = Object.keys(file.releases).sort()

/** The kind of a listed measure: the catalogue's, or the user's own entry's. */
function kindOf(entry: MeasureEntry): MeasureKind | undefined {
  return catalogueMeasure(entry.id)?.kind ?? entry.kind
}

/** Every measure a release's figures may name: the four of version 1 and its own list. */
function listed(release: ReleaseMeasures): Map<string, MeasureEntry> {
  return new Map(
    [...VERSION_1_MEASURES.map((id) => ({ id })), ...release.measures].map((entry) => [
      entry.id,
      entry,
    ]),
  )
}

/** A typed figure as a decimal: "22.0m" is 22000000, a ratio "59.0" is 59 (percent). */
function figureValue(typed: string, kind: MeasureKind): Dec {
  if (kind === 'ratio') return new Dec(typed)
  const read = parseFigure(typed, kind)
  if (!read.ok) throw new Error(`"${typed}": ${read.error}`)
  return read.value
}

describe("the mapping of the corpus releases' other measures", () => {
  it.each(names)(
    '%s: every entry is a valid measure entry, a catalogue id or a named user measure',
    (name) => {
      const release = file.releases[name]
      expect(release).toBeDefined()
      if (release === undefined) return
      const ids = release.measures.map((entry) => entry.id)
      expect(new Set(ids).size, 'an id listed twice').toBe(ids.length)
      for (const entry of release.measures) {
        expect(measureEntrySchema.safeParse(entry).success, entry.id).toBe(true)
        expect(VERSION_1_MEASURES, `${entry.id} is one of the four every file lists`).not.toContain(
          entry.id,
        )
        const catalogue = catalogueMeasure(entry.id)
        if (catalogue !== undefined) {
          // A catalogue measure is named by its id alone, so the catalogue's definition applies.
          expect(Object.keys(entry), entry.id).toEqual(['id'])
          continue
        }
        expect(entry.name, `${entry.id} is not in the catalogue, so it needs a name`).toBeDefined()
        expect(entry.kind, `${entry.id} is not in the catalogue, so it needs a kind`).toBeDefined()
        // A segment is of its parent's kind, and a non-GAAP measure of its GAAP measure's.
        for (const reference of [entry.parent, entry.reconcilesTo]) {
          if (reference === undefined) continue
          const other = listed(release).get(reference)
          expect(
            other,
            `${entry.id} refers to ${reference}, which the release does not list`,
          ).toBeDefined()
          if (other !== undefined)
            expect(kindOf(other), `${entry.id} and ${reference}`).toBe(entry.kind)
        }
      }
    },
  )

  it.each(names)(
    '%s: every figure is typed as a person would, of a listed measure, with the key it came from',
    (name) => {
      const release = file.releases[name]
      if (release === undefined) return
      const measures = listed(release)
      const seen = new Set<string>()
      for (const [id, row] of Object.entries(release.figures)) {
        const entry = measures.get(id)
        expect(entry, `figures of ${id}, which the release does not list`).toBeDefined()
        // Revenue, net income and EPS come from the corpus's own figures, not from this file.
        expect(['revenue', 'netIncome', 'dilutedEps']).not.toContain(id)
        const kind = entry === undefined ? undefined : kindOf(entry)
        for (const [period, typed] of Object.entries(row)) {
          if (typed === undefined || kind === undefined) continue
          expect(() => figureValue(typed, kind), `${id}.${period}`).not.toThrow()
          expect(
            release.sources[`${id}.${period}`],
            `${id}.${period} names no source`,
          ).toBeDefined()
          seen.add(`${id}.${period}`)
        }
      }
      expect(Object.keys(release.sources).sort(), 'a source with no figure').toEqual(
        [...seen].sort(),
      )
    },
  )

  it("lists the four measures of every version-1 file first, then the release's own, with a row of five periods each", () => {
    const { measures, figures } = corpusMeasures('mts_fy2019_q3', file)
    expect(measures.map((entry) => entry.id).slice(0, 6)).toEqual([
      'revenue',
      'netIncome',
      'dilutedEps',
      'dilutedShares',
      'grossMargin',
      'operatingMargin',
    ])
    expect(figures['grossMargin']).toEqual({
      quarter: '36.6',
      previousQuarter: null,
      yearAgoQuarter: '39.2',
      yearToDate: '37.5',
      yearAgoYearToDate: '39.5',
    })
    expect(figures['revenue']).toBeUndefined()
    expect(figures['dilutedShares']).toEqual(Object.fromEntries(PERIODS.map((p) => [p, null])))
    expect(corpusMeasures('bancorp_fy2007_q3', file).figures['dilutedShares']?.quarter).toBe(
      '14301852',
    )
    expect(() => corpusMeasures('nosuch_fy2020_q1', file)).toThrow(
      /no entry for the release "nosuch_fy2020_q1"/,
    )
  })
})

const corpus = corpusDirectory()
const releases = corpusReleaseNames(corpus)
if (releases.length === 0)
  console.log(
    `The claims corpus is not at ${corpus}: the mapped figures of test/fixtures/claims/corpus-measures.json are not checked against it (set CLAIMS_CORPUS).`,
  )

const corpusFileSchema = z.object({
  other_figures: z.record(z.string(), z.unknown()),
  derived_checks: z.array(corpusClaimSchema),
})

/** The corpus value a source key names, as a decimal, or why it cannot be read. */
function corpusValue(otherFigures: Record<string, unknown>, key: CorpusSourceKey): Dec | string {
  const [outer, inner] = typeof key === 'string' ? [key, undefined] : key
  const found = otherFigures[outer]
  const value =
    inner === undefined ? found : z.record(z.string(), z.unknown()).safeParse(found).data?.[inner]
  return typeof value === 'number' ? new Dec(String(value)) : `no number at ${JSON.stringify(key)}`
}

const glob = (pattern: string): RegExp =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  )

describe.skipIf(releases.length === 0)('the mapped figures against the corpus', () => {
  it('maps every release of the corpus, and no other', () => {
    expect(names).toEqual([...releases])
  })

  it.each(releases)(
    '%s: each figure is the corpus value its source names, and every other figure is accounted for',
    (name) => {
      const release = file.releases[name]
      if (release === undefined) return
      const json: unknown = JSON.parse(readFileSync(join(corpus, `${name}.json`), 'utf8'))
      const otherFigures = corpusFileSchema.parse(json).other_figures
      const measures = listed(release)
      for (const [where, key] of Object.entries(release.sources)) {
        const [id = '', period = ''] = where.split('.')
        const row: Readonly<Record<string, string | undefined>> = release.figures[id] ?? {}
        const typed = row[period]
        const entry = measures.get(id)
        const kind = entry === undefined ? undefined : kindOf(entry)
        expect(typed !== undefined && kind !== undefined, where).toBe(true)
        if (typed === undefined || kind === undefined) continue
        const expected = corpusValue(otherFigures, key)
        expect(typeof expected === 'string' ? expected : expected.toFixed(), where).toBe(
          figureValue(typed, kind).toFixed(),
        )
      }
      const used = new Set(
        Object.values(release.sources).map((key) => (typeof key === 'string' ? key : key[0])),
      )
      const skipped = release.skipped.map((entry) => glob(entry.key))
      const unaccounted = Object.keys(otherFigures).filter(
        (key) => !used.has(key) && !skipped.some((pattern) => pattern.test(key)),
      )
      expect(unaccounted, 'other_figures neither mapped nor skipped').toEqual([])
      const stale = release.skipped.filter(
        (entry) => !Object.keys(otherFigures).some((key) => glob(entry.key).test(key)),
      )
      expect(
        stale.map((entry) => entry.key),
        'skipped keys the corpus does not have',
      ).toEqual([])
    },
  )

  it.each(releases)(
    "%s: the claims said to speak of these measures are the corpus's, with its metric and verdict",
    (name) => {
      const release = file.releases[name]
      if (release === undefined) return
      const json: unknown = JSON.parse(readFileSync(join(corpus, `${name}.json`), 'utf8'))
      const checks = corpusFileSchema.parse(json).derived_checks
      expect(
        release.claims.map(({ index }) => {
          const check = checks[index]
          return check === undefined
            ? { index }
            : { index, metric: check.metric, verdict_class: check.verdict_class }
        }),
      ).toEqual(release.claims)
    },
  )
})
