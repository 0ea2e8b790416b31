import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { boundBelow } from '../../../renderer/src/release/bounds'
import { compareValues, percentChange } from '../../../renderer/src/release/comparisons'
import { Dec } from '../../../renderer/src/release/decimal'
import type { Figures } from '../../../renderer/src/release/document-schema'
import { DEFAULT_HOUSE_STYLE, WORDING_STYLES } from '../../../renderer/src/release/house-style'
import { resolveFigures } from '../../../renderer/src/release/resolve-figures'
import { comparisonPredicate, comparisonSubject } from '../../../renderer/src/release/wording'
import { measure, resolvedRow, v1Figures } from '../../support/figure-rows'

const cents = fc
  .integer({ min: -2_000_000_000, max: 2_000_000_000 })
  .map((n) => new Dec(n).dividedBy(100))
const positive = fc.integer({ min: 1, max: 2_000_000_000 }).map((n) => new Dec(n).dividedBy(100))

const INCREASE_WORDS =
  /\b(increased|ahead of|narrowed|more than doubled|more than tripled|swung to a net income)\b/
const DECREASE_WORDS = /\b(decreased|behind|widened|swung to a net loss)\b/

describe('properties of the numbers engine', () => {
  it('a bounded percent is always strictly below the true change', () => {
    fc.assert(
      fc.property(positive, positive, (current, prior) => {
        const percent = percentChange(current, prior)
        if (percent === null) return
        const bound = boundBelow(percent.abs(), percent.isPositive())
        switch (bound.kind) {
          case 'moreThan':
            expect(bound.percent.lessThan(percent.abs())).toBe(true)
            break
          case 'moreThanDoubled':
            expect(percent.greaterThan(100)).toBe(true)
            break
          case 'moreThanTripled':
            expect(percent.greaterThan(200)).toBe(true)
            break
          case 'lessThanOne':
            expect(percent.abs().lessThan(1)).toBe(true)
            break
          case 'none':
            break
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('bounded wording never claims more than the figures show', () => {
    fc.assert(
      fc.property(positive, positive, (current, prior) => {
        const comparison = compareValues(measure('revenue'), 'previousQuarter', current, prior)
        const text = comparisonPredicate(comparison, 'bounded', DEFAULT_HOUSE_STYLE, {
          quarter: 2,
          fiscalYear: 2006,
        })
        const claimed = /more than (\d+)%/.exec(text)
        const percent = percentChange(current, prior)
        if (claimed?.[1] !== undefined && percent !== null) {
          expect(percent.abs().greaterThan(claimed[1])).toBe(true)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('direction words always match the sign of the change', () => {
    fc.assert(
      fc.property(
        cents,
        cents,
        fc.constantFrom(...WORDING_STYLES),
        fc.constantFrom('revenue' as const, 'netIncome' as const),
        (current, prior, style, id) => {
          const comparison = compareValues(measure(id), 'yearAgoQuarter', current, prior)
          const text = comparisonPredicate(comparison, style, DEFAULT_HOUSE_STYLE, {
            quarter: 2,
            fiscalYear: 2006,
          })
          const change = current.minus(prior)
          // A loss against zero is stated by its two levels, with no direction word: its subject
          // then names the current figure, so a loss is never called income.
          if (/^was .*, compared with /.test(text)) {
            const subject = comparisonSubject(comparison, DEFAULT_HOUSE_STYLE).words
            expect(subject).toMatch(current.isNegative() && !current.isZero() ? /loss/ : /^(?!.*loss)/)
            expect(text).not.toMatch(INCREASE_WORDS)
            expect(text).not.toMatch(DECREASE_WORDS)
          } else if (change.isZero()) {
            expect(text).not.toMatch(INCREASE_WORDS)
            expect(text).not.toMatch(DECREASE_WORDS)
          } else if (change.isPositive()) {
            expect(text).not.toMatch(DECREASE_WORDS)
            if (!/essentially flat/.test(text)) expect(text).toMatch(INCREASE_WORDS)
          } else {
            expect(text).not.toMatch(INCREASE_WORDS)
            if (!/essentially flat/.test(text)) expect(text).toMatch(DECREASE_WORDS)
          }
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('a derived previous quarter plus this quarter equals year to date', () => {
    fc.assert(
      fc.property(cents, cents, (quarter, yearToDate) => {
        const empty = {
          quarter: null,
          previousQuarter: null,
          yearAgoQuarter: null,
          yearToDate: null,
          yearAgoYearToDate: null,
        }
        const figures: Figures = v1Figures({
          revenue: { ...empty, quarter: quarter.toFixed(), yearToDate: yearToDate.toFixed() },
          netIncome: { ...empty, quarter: quarter.toFixed(), yearToDate: yearToDate.toFixed() },
          dilutedEps: empty,
          dilutedShares: empty,
        })
        const { figures: resolved, discrepancies } = resolveFigures(figures, 2)
        for (const measure of ['revenue', 'netIncome'] as const) {
          const previous = resolvedRow(resolved, measure).previousQuarter
          expect(previous.source).toBe('derived')
          if (previous.source === 'derived')
            expect(previous.value.plus(quarter).equals(yearToDate)).toBe(true)
        }
        expect(discrepancies).toEqual([])
      }),
    )
  })
})
