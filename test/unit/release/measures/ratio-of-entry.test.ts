import { describe, expect, it } from 'vitest'
import { measureEntrySchema } from '../../../../renderer/src/release/measure-entry'
import type { MeasureEntry } from '../../../../renderer/src/release/measure-entry'
import { applyMeasureCommand } from '../../../../renderer/src/release/measure-list'
import { releaseMeasures } from '../../../../renderer/src/release/release-measures'
import { v1Figures } from '../../../support/figure-rows'

const BASE: readonly MeasureEntry[] = [{ id: 'revenue' }, { id: 'netIncome' }, { id: 'adjustedEbitda' }, { id: 'dilutedEps' }]

function read(entry: unknown): ReturnType<typeof releaseMeasures> {
  return releaseMeasures([...BASE, measureEntrySchema.parse(entry)])
}

const margin = { id: 'adjustedEbitdaMargin', name: 'Adjusted EBITDA margin', kind: 'ratio', gaap: false }

describe('a ratio of your own names what it is a ratio of', () => {
  it('keeps its parts in its definition', () => {
    const read1 = read({ ...margin, ratioOf: { numerator: 'adjustedEbitda', denominator: 'revenue' } })
    if (!read1.ok) throw new Error(read1.error)
    expect(read1.value.at(-1)?.ratioOf).toEqual({ numerator: 'adjustedEbitda', denominator: 'revenue' })
    const without = read(margin)
    expect(without.ok && without.value.at(-1)?.ratioOf).toBeNull()
  })

  it('refuses parts that cannot make the ratio, naming the entry and the field', () => {
    const problems = [
      [{ ...margin, kind: 'money', ratioOf: { numerator: 'adjustedEbitda', denominator: 'revenue' } }, 'measures.4: Measure "adjustedEbitdaMargin" (Adjusted EBITDA margin): field "ratioOf" is set, but the measure is an amount of money'],
      [{ ...margin, ratioOf: { numerator: 'revenue', denominator: 'revenue' } }, 'names "revenue" as both parts'],
      [{ ...margin, ratioOf: { numerator: 'adjustedEbitdaMargin', denominator: 'revenue' } }, 'names the measure itself'],
      [{ ...margin, ratioOf: { numerator: 'ebitda', denominator: 'revenue' } }, 'measures.4.ratioOf.numerator: "ebitda" is not a measure of this release'],
      [{ ...margin, ratioOf: { numerator: 'adjustedEbitda', denominator: 'dilutedEps' } }, 'measures.4.ratioOf.denominator: "dilutedEps" (Diluted EPS) is not an amount of money'],
      [{ id: 'grossMargin', ratioOf: { numerator: 'netIncome', denominator: 'revenue' } }, 'field "ratioOf" cannot be set on the built-in gross margin'],
    ] as const
    for (const [entry, message] of problems) {
      const result = read(entry)
      expect(result.ok, message).toBe(false)
      if (!result.ok) expect(result.error).toContain(message)
    }
  })

  it('refuses a ratioOf without both parts when the file is read', () => {
    expect(measureEntrySchema.safeParse({ ...margin, ratioOf: { numerator: 'adjustedEbitda' } }).success).toBe(false)
  })
})

describe('the parts of a ratio in the grid', () => {
  it('cannot be removed while a ratio is of them', () => {
    const start = v1Figures({})
    const added = applyMeasureCommand(start, {
      kind: 'addOwn',
      name: 'Net income margin',
      measureKind: 'ratio',
      parent: null,
      gaap: true,
      ratioOf: { numerator: 'netIncome', denominator: 'revenue' },
    })
    if (!added.ok) throw new Error(added.error)
    expect(added.value.entries.at(-1)).toMatchObject({ ratioOf: { numerator: 'netIncome', denominator: 'revenue' } })
    const removed = applyMeasureCommand(added.value, { kind: 'remove', id: 'revenue' })
    expect(removed).toEqual({ ok: false, error: 'Net income margin is defined against this measure; remove that one first.' })
  })
})
