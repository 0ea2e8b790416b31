import { describe, expect, it } from 'vitest'
import { checkDraftText, checkRelease } from '../../../../renderer/src/release/checks/check-release'
import { Dec } from '../../../../renderer/src/release/decimal'
import { houseStyleSchema } from '../../../../renderer/src/release/house-style'
import { compareValues } from '../../../../renderer/src/release/comparisons'
import { rich } from '../../../../renderer/src/release/narrative-builders'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import { comparisonPredicate } from '../../../../renderer/src/release/wording'
import {
  describeFindings,
  errorsOf,
  factsWith,
  filledDraft,
  sampleFigures,
  textParagraphsOf,
} from './helpers'
import { measure, v1Figures } from '../../../support/figure-rows'

// Counterexamples the property tests found with random seeds, kept as plain cases.

describe('a percent between the true one and one from coarsely printed figures', () => {
  // Sales of $1,770,461 against $1,251,716 (up 41.4%), printed as "$2 million" against "$1 million" (100%).
  const facts = factsWith(
    {
      revenue: {
        quarter: '1770461',
        previousQuarter: '1446',
        yearAgoQuarter: '1251716',
        yearToDate: '1772456',
        yearAgoYearToDate: '16548999387',
      },
    },
    {
      quarter: 4,
      fiscalYear: 2009,
      fiscalYearEndMonth: 4,
      style: houseStyleSchema.parse({ millionsDecimals: 0, fullBelow: 0 }),
    },
  )
  const errors = (percent: string): string[] =>
    errorsOf(
      checkDraftText(
        [`Sales for the quarter increased ${percent} from the same quarter last year.`],
        facts,
      ),
    )
      .filter((entry) => entry.location !== null)
      .map((entry) => `${entry.rule} ${entry.quote}`)

  it('is an error: neither the figures nor the printed amounts give it', () => {
    expect(errors('69%')).toEqual(['wrong-percent 69%'])
    expect(errors('41%')).toEqual([])
    // What a reader computes from "$2 million" and "$1 million" still passes.
    expect(errors('100%')).toEqual([])
  })
})

describe('a loss per share and a profit per share of the same size', () => {
  const words = houseStyleSchema.parse({ negative: 'words' })

  it('are worded as a swing, not as "essentially flat", when the house style writes losses in words', () => {
    const comparison = compareValues(measure('dilutedEps'),
      'yearAgoQuarter',
      new Dec('0.02'),
      new Dec('-0.02'),
    )
    expect(comparisonPredicate(comparison, 'exact', words, { quarter: 1, fiscalYear: 1990 })).toBe(
      'increased to $0.02 from a loss of $0.02 in the same quarter in fiscal 1989',
    )
  })

  it('give template text the checker passes', () => {
    const base = sampleFigures()
    const document = filledDraft({
      ...base,
      fiscalYear: 1990,
      quarter: 1,
      fiscalYearEndMonth: 1,
      periodEnd: null,
      releaseDate: '1989-05-20',
      figures: v1Figures({
        revenue: {
          quarter: '1',
          previousQuarter: null,
          yearAgoQuarter: '0',
          yearToDate: null,
          yearAgoYearToDate: null,
        },
        netIncome: {
          quarter: '1500',
          previousQuarter: null,
          yearAgoQuarter: '-2',
          yearToDate: null,
          yearAgoYearToDate: null,
        },
        dilutedEps: {
          quarter: '0.02',
          previousQuarter: null,
          yearAgoQuarter: '-0.02',
          yearToDate: null,
          yearAgoYearToDate: null,
        },
        dilutedShares: {
          quarter: '100000',
          previousQuarter: null,
          yearAgoQuarter: '81',
          yearToDate: null,
          yearAgoYearToDate: null,
        },
      }),
      style: houseStyleSchema.parse({ negative: 'words', millionsDecimals: 0, fullBelow: 0 }),
    })
    const results = document.narrative.results
    const withEps = {
      ...document,
      narrative: {
        ...document.narrative,
        results: {
          ...results,
          content: [
            ...results.content,
            rich.paragraph(rich.comparison('dilutedEps', 'yearAgoQuarter', true, 'sentence'), '.'),
          ],
        },
      },
    }
    const facts = releaseFacts(withEps)
    expect(textParagraphsOf(withEps).join('\n')).toContain(
      'increased to $0.02 from a loss of $0.02',
    )
    expect(describeFindings(errorsOf(checkRelease(facts)))).toEqual([])
    expect(describeFindings(errorsOf(checkDraftText(textParagraphsOf(withEps), facts)))).toEqual([])
  })
})
