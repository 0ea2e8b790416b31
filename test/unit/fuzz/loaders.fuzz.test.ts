import { afterAll, describe, expect, it } from 'vitest'
import { parseAmount } from '../../../renderer/src/release/amount-parser'
import { readFiguresFile, readReleaseDocument } from '../../../renderer/src/release/load-document'
import {
  DEEP_VALUE_MARK,
  SAMPLE_FIGURES,
  SAMPLE_RELEASE,
  withDeepValues,
} from '../../fuzz/arbitraries'
import { setAt } from '../../fuzz/json-mutation'
import { checkRejection } from '../../fuzz/rejection-message'
import { envCount, FUZZ_PROPERTIES, splitRuns } from '../../fuzz/run-properties'

/**
 * A 2,000-case slice of `npm run fuzz` (FUZZ_RUNS and FUZZ_SEED change it), with a fixed seed so
 * that `npm test` always checks the same cases; `npm run fuzz` explores from a fresh seed.
 */
const totalRuns = envCount('FUZZ_RUNS', 2_000)
const seed = envCount('FUZZ_SEED', 20_060_420)
const runs = splitRuns(
  totalRuns,
  FUZZ_PROPERTIES.map((property) => property.share),
)
let ran = 0

afterAll(() => {
  console.log(`fuzz slice: ${ran.toLocaleString('en-US')} cases from seed ${seed}`)
})

describe('loader fuzz properties: nothing throws, every refusal names its field', () => {
  FUZZ_PROPERTIES.forEach((property, index) => {
    it(property.name, () => {
      const outcome = property.check(runs[index] ?? 1, seed + index)
      ran += outcome.runs
      expect(outcome.failure).toBeNull()
      expect(outcome.runs).toBe(runs[index])
      // A share of 2,000 cases on a shared machine can take longer than vitest's default 5 s.
    }, 120_000)
  })
})

function withValue(sample: unknown, path: readonly string[], value: unknown): string {
  const copy = structuredClone(sample)
  setAt(copy, path, value)
  return withDeepValues(JSON.stringify(copy))
}

function nestedLists(levels: number): unknown {
  let node: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] }
  for (let level = 0; level < levels; level += 1)
    node = { type: 'bulletList', content: [{ type: 'listItem', content: [node] }] }
  return { type: 'doc', content: [node] }
}

describe('files built to break the loader', () => {
  it('refuses lists nested hundreds deep by naming the block, instead of overflowing the stack', () => {
    const text = withValue(SAMPLE_RELEASE, ['narrative', 'results'], nestedLists(400))
    expect(readReleaseDocument(text)).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^narrative\.results\.content\.0: nested more than \d+ levels deep/,
      ),
    })
  })

  it('still opens lists nested as deep as the limit allows, without overflowing a small stack', () => {
    // narrative.results.content.0 is four levels; each list adds four more: 62 lists end at 252.
    const result = readReleaseDocument(
      withValue(SAMPLE_RELEASE, ['narrative', 'results'], nestedLists(62)),
    )
    expect(result.ok).toBe(true)
  })

  it('refuses a value thousands deep in an amount cell of a release or a figures file by its cell', () => {
    const deep = DEEP_VALUE_MARK
    const release = readReleaseDocument(
      withValue(SAMPLE_RELEASE, ['figures', 'revenue', 'quarter'], deep),
    )
    const figures = readFiguresFile(
      withValue(SAMPLE_FIGURES, ['figures', 'netIncome', 'yearToDate'], deep),
    )
    expect(release).toEqual({
      ok: false,
      error: expect.stringMatching(/^figures\.revenue\.quarter\b.*: nested/),
    })
    expect(figures).toEqual({
      ok: false,
      error: expect.stringMatching(/^figures\.netIncome\.yearToDate\b.*: nested/),
    })
  })

  it("names an over-deep value by the release's own field names, not by the file's odd keys", () => {
    const text = withValue(SAMPLE_RELEASE, ['company', 'addressLines'], { '!': DEEP_VALUE_MARK })
    expect(readReleaseDocument(text)).toEqual({
      ok: false,
      error: expect.stringMatching(/^company\.addressLines: nested more than \d+ levels deep/),
    })
  })

  it('says a field has the wrong type when it has, and "missing" only when it is missing', () => {
    const wrongType = readReleaseDocument(
      withValue(SAMPLE_RELEASE, ['period', 'fiscalYear'], 'two thousand six'),
    )
    expect(wrongType).toEqual({
      ok: false,
      error: 'period.fiscalYear: Invalid input: expected number, received string',
    })
    const copy = structuredClone(SAMPLE_RELEASE) as { company: Record<string, unknown> }
    delete copy.company['name']
    expect(readReleaseDocument(JSON.stringify(copy))).toEqual({
      ok: false,
      error: 'company.name: required but missing',
    })
  })

  it('refuses an amount cell with the parser’s own words after the cell’s path', () => {
    const parsed = parseAmount('5.6 gazillion')
    expect(parsed.ok).toBe(false)
    const result = readFiguresFile(
      withValue(SAMPLE_FIGURES, ['figures', 'revenue', 'quarter'], '5.6 gazillion'),
    )
    expect(result).toEqual({
      ok: false,
      error: `figures.revenue.quarter: ${parsed.ok ? '' : parsed.error}`,
    })
  })
})

describe('the oracle the properties use', () => {
  it('rejects messages that do not start with a field', () => {
    expect(checkRejection('Invalid input', {}).ok).toBe(false)
    expect(checkRejection('', {}).ok).toBe(false)
    expect(checkRejection('figures.revenue: bad\nsecond line', { figures: {} }).ok).toBe(false)
  })

  it('rejects a path that is not in the file, and "missing" for a field that is there', () => {
    expect(checkRejection('company.name.first: bad', { company: {} }).ok).toBe(false)
    expect(checkRejection('company: required but missing', { company: [] }).ok).toBe(false)
  })

  it('accepts the three forms a good refusal takes', () => {
    expect(checkRejection('(top level): expected a release document', 3)).toEqual({
      ok: true,
      path: [],
    })
    expect(checkRejection('not valid JSON (Unexpected end of JSON input)', undefined).ok).toBe(true)
    expect(
      checkRejection('narrative.results.content.0: Invalid input', {
        narrative: { results: { content: [] } },
      }),
    ).toEqual({
      ok: true,
      path: ['narrative', 'results', 'content', 0],
    })
  })
})
