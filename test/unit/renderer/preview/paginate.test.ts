import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MIN_SPLIT_LINES, paginate } from '../../../../renderer/src/preview/paginate'
import type { BlockMetrics, PagePlan } from '../../../../renderer/src/preview/paginate'

const LINE = 10

function block(lines: number, keepWithNext = false, spaceAfter = 0): BlockMetrics {
  return { lines, lineHeight: LINE, spaceAfter, keepWithNext }
}

/** Lines per paragraph, in page order: each paragraph's lines must come out 0..n-1 exactly once. */
function linesPlaced(plan: PagePlan): Map<number, number[]> {
  const placed = new Map<number, number[]>()
  for (const page of plan) {
    for (const slice of page) {
      const lines = placed.get(slice.block) ?? []
      for (let line = slice.fromLine; line < slice.toLine; line += 1) lines.push(line)
      placed.set(slice.block, lines)
    }
  }
  return placed
}

function pageHeights(plan: PagePlan, blocks: readonly BlockMetrics[]): number[] {
  return plan.map((page) =>
    page.reduce((height, slice) => height + (slice.toLine - slice.fromLine) * (blocks[slice.block]?.lineHeight ?? 0), 0),
  )
}

describe('paginate', () => {
  it('keeps everything on page one when it fits', () => {
    const plan = paginate([block(3), block(4)], { first: 100, rest: 200 })
    expect(plan).toEqual([
      [
        { block: 0, fromLine: 0, toLine: 3 },
        { block: 1, fromLine: 0, toLine: 4 },
      ],
    ])
  })

  it('uses the smaller first-page capacity (the letterhead band) only on page one', () => {
    const blocks = Array.from({ length: 6 }, () => block(3))
    const plan = paginate(blocks, { first: 60, rest: 120 })
    // Page one holds two 3-line paragraphs (60), later pages four (120).
    expect(plan.map((page) => page.map((slice) => slice.block))).toEqual([
      [0, 1],
      [2, 3, 4, 5],
    ])
  })

  it('splits a paragraph between lines, leaving at least two lines on each side', () => {
    const plan = paginate([block(5), block(8)], { first: 100, rest: 100 })
    expect(plan).toEqual([
      [
        { block: 0, fromLine: 0, toLine: 5 },
        { block: 1, fromLine: 0, toLine: 5 },
      ],
      [{ block: 1, fromLine: 5, toLine: 8 }],
    ])
  })

  it('moves a paragraph whole rather than leave one line at the foot of a page', () => {
    const plan = paginate([block(9), block(6)], { first: 100, rest: 100 })
    expect(plan[0]).toEqual([{ block: 0, fromLine: 0, toLine: 9 }])
    expect(plan[1]).toEqual([{ block: 1, fromLine: 0, toLine: 6 }])
  })

  it('carries at least two lines to the next page (no widow)', () => {
    const plan = paginate([block(2), block(9)], { first: 100, rest: 100 })
    // 8 lines would fit after the first paragraph, but that would leave 1 line alone on page two.
    expect(plan[0]?.[1]).toEqual({ block: 1, fromLine: 0, toLine: 7 })
    expect(plan[1]).toEqual([{ block: 1, fromLine: 7, toLine: 9 }])
  })

  it('spreads a paragraph taller than a page over as many pages as it needs', () => {
    const plan = paginate([block(1), block(25)], { first: 50, rest: 100 })
    expect(plan).toEqual([
      [
        { block: 0, fromLine: 0, toLine: 1 },
        { block: 1, fromLine: 0, toLine: 4 },
      ],
      [{ block: 1, fromLine: 4, toLine: 14 }],
      // Ten lines would fit on page three, but the last line may not stand alone on page four.
      [{ block: 1, fromLine: 14, toLine: 23 }],
      [{ block: 1, fromLine: 23, toLine: 25 }],
    ])
  })

  it('still makes progress when a single line is taller than a page', () => {
    const plan = paginate([{ lines: 2, lineHeight: 500, spaceAfter: 0, keepWithNext: false }], { first: 100, rest: 100 })
    expect(plan).toEqual([[{ block: 0, fromLine: 0, toLine: 1 }], [{ block: 0, fromLine: 1, toLine: 2 }]])
  })

  it('moves a heading to the next page rather than leave it alone at the foot', () => {
    const plan = paginate([block(8), block(1, true), block(5)], { first: 100, rest: 100 })
    expect(plan[0]).toEqual([{ block: 0, fromLine: 0, toLine: 8 }])
    expect(plan[1]).toEqual([
      { block: 1, fromLine: 0, toLine: 1 },
      { block: 2, fromLine: 0, toLine: 5 },
    ])
  })

  it('counts the space after a paragraph, but not at the foot of a page', () => {
    const blocks = [block(4, false, 15), block(4, false, 15)]
    expect(paginate(blocks, { first: 95, rest: 100 })).toHaveLength(1)
    expect(paginate(blocks, { first: 94, rest: 100 })).toHaveLength(2)
  })

  it('gives an empty release its first page', () => {
    expect(paginate([], { first: 100, rest: 100 })).toEqual([[]])
  })

  it('never drops a paragraph the measurer reported as zero lines tall', () => {
    const plan = paginate([block(0), block(0)], { first: 100, rest: 100 })
    expect(linesPlaced(plan)).toEqual(
      new Map([
        [0, [0]],
        [1, [0]],
      ]),
    )
  })

  it('places every line exactly once, in order, within the page capacity whenever it can', () => {
    const blocksArb = fc.array(
      fc.record({
        lines: fc.integer({ min: 1, max: 40 }),
        lineHeight: fc.constantFrom(10, 13.8, 18.4),
        spaceAfter: fc.constantFrom(0, 4, 16),
        keepWithNext: fc.boolean(),
      }),
      { maxLength: 25 },
    )
    fc.assert(
      fc.property(blocksArb, (blocks) => {
        const capacity = { first: 768, rest: 864 }
        const plan = paginate(blocks, capacity)
        const placed = linesPlaced(plan)
        blocks.forEach((metrics, index) => {
          expect(placed.get(index)).toEqual(Array.from({ length: metrics.lines }, (_, line) => line))
        })
        // Blocks appear in reading order across pages.
        const order = plan.flat().map((slice) => slice.block)
        expect(order).toEqual([...order].sort((a, b) => a - b))
        // No empty page (page one always exists, for the letterhead), and no page overfull.
        pageHeights(plan, blocks).forEach((height, page) => {
          if (blocks.length > 0) expect(height).toBeGreaterThan(0)
          expect(height).toBeLessThanOrEqual((page === 0 ? capacity.first : capacity.rest) + 0.5)
        })
        // A split leaves at least MIN_SPLIT_LINES on each side.
        for (const slice of plan.flat()) {
          const total = blocks[slice.block]?.lines ?? 0
          if (slice.toLine - slice.fromLine < total) {
            expect(slice.toLine - slice.fromLine).toBeGreaterThanOrEqual(MIN_SPLIT_LINES)
          }
        }
      }),
    )
  })
})
