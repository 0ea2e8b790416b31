import { figureRow } from '../../support/figure-rows'
import { builtInMeasure } from '../../../renderer/src/release/measure-catalogue'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatAmount } from '../../../renderer/src/release/amount-format'
import { checkDraftText, checkRelease } from '../../../renderer/src/release/checks/check-release'
import type { Finding } from '../../../renderer/src/release/checks/finding'
import { Dec } from '../../../renderer/src/release/decimal'
import { draftFromFigures, figuresFileSchema } from '../../../renderer/src/release/figures-file'
import type { FiguresFile } from '../../../renderer/src/release/figures-file'
import type { QuarterNumber } from '../../../renderer/src/release/fiscal-calendar'
import type { HouseStyle } from '../../../renderer/src/release/house-style'
import { PERIODS } from '../../../renderer/src/release/measures'
import type { PeriodKey } from '../../../renderer/src/release/measures'
import { paragraphText, releaseContent } from '../../../renderer/src/release/release-content'
import { releaseFacts } from '../../../renderer/src/release/release-facts'
import { resultPhrase } from '../../../renderer/src/release/wording'
import {
  describeFindings,
  filledDraft,
  sampleFigures,
  sampleRelease,
  textParagraphsOf,
} from './checks/helpers'

type Stated = 'revenue' | 'netIncome' | 'dilutedEps'
const STATED: readonly Stated[] = ['revenue', 'netIncome', 'dilutedEps']

/**
 * Figures that tie out at every quarter, each period with its own amount so that the text shows
 * which one it states: the year to date is the quarter plus the earlier quarters.
 */
function tiedOut(measure: Stated, quarter: QuarterNumber): Readonly<Record<PeriodKey, string>> {
  const base = {
    revenue: {
      quarter: 5_600_000,
      previous: 3_600_000,
      yearAgo: 4_700_000,
      rest: 2_500_000,
      yearAgoToDate: 10_900_000,
    },
    netIncome: {
      quarter: -168_000,
      previous: -48_000,
      yearAgo: 73_000,
      rest: -30_000,
      yearAgoToDate: 156_000,
    },
  } as const
  if (measure === 'dilutedEps') {
    return {
      quarter: '-0.02',
      previousQuarter: '-0.01',
      yearAgoQuarter: '0.05',
      yearToDate: quarter === 1 ? '-0.02' : quarter === 2 ? '-0.03' : '-0.04',
      yearAgoYearToDate: quarter === 1 ? '0.05' : '0.07',
    }
  }
  const row = base[measure]
  const toDate = row.quarter + (quarter >= 2 ? row.previous : 0) + (quarter >= 3 ? row.rest : 0)
  return {
    quarter: String(row.quarter),
    previousQuarter: String(row.previous),
    yearAgoQuarter: String(row.yearAgo),
    yearToDate: String(toDate),
    yearAgoYearToDate: String(quarter === 1 ? row.yearAgo : row.yearAgoToDate),
  }
}

type Given = (measure: Stated, period: PeriodKey) => boolean

function figuresFile(
  quarter: QuarterNumber,
  given: Given,
  style: Partial<HouseStyle>,
): FiguresFile {
  const figures = Object.fromEntries(
    STATED.map((measure) => {
      const row = tiedOut(measure, quarter)
      return [
        measure,
        Object.fromEntries(
          PERIODS.map((period) => [period, given(measure, period) ? row[period] : null]),
        ),
      ]
    }),
  )
  return figuresFileSchema.parse({
    company: {
      name: 'IEC Electronics Corp.',
      shortName: 'IEC',
      datelineCity: 'Newark, NY',
      web: 'www.iec-electronics.com',
    },
    fiscalYear: 2006,
    quarter,
    fiscalYearEndMonth: 9,
    periodEnd: ['2005-12-31', '2006-03-31', '2006-06-30', '2006-09-30'][quarter - 1],
    releaseDate: ['2006-01-20', '2006-04-20', '2006-07-20', '2006-10-20'][quarter - 1],
    figures,
    style,
  })
}

function resultsText(file: FiguresFile): string {
  const content = releaseContent(draftFromFigures(file))
  return content.paragraphs
    .filter((paragraph) => paragraph.role === 'results')
    .map(paragraphText)
    .join('\n')
}

/** How the house style prints the figure, in the words that carry its sign where they are needed. */
function expectedWords(file: FiguresFile, measure: Stated, period: PeriodKey): RegExp {
  const text = figureRow(file.figures, measure)[period]
  if (text === null || text === undefined) throw new Error('only entered figures are stated')
  const value = new Dec(text)
  const quoted = (words: string): string => words.replace(/[$().]/g, (char) => `\\${char}`)
  switch (measure) {
    case 'revenue':
      // The previous quarter's sales are stated by their comparison with the quarter's, as the seed release does.
      return period === 'previousQuarter' && figureRow(file.figures, 'revenue').quarter !== null
        ? /(?:sales|revenue) [^.]*the previous quarter/
        : new RegExp(`revenue of ${quoted(formatAmount(value, 'money', file.style))}`)
    case 'netIncome':
      return new RegExp(quoted(resultPhrase(value, file.style, builtInMeasure('netIncome'))))
    case 'dilutedEps': {
      const amount = quoted(formatAmount(value, 'perShare', file.style))
      const words = value.isNegative() ? 'diluted loss per share' : 'diluted earnings per share'
      return new RegExp(`(?:or ${amount} per share|${words} of ${amount})`)
    }
  }
}

// Where the figures allow no comparison at all, the subheadline says so in brackets, and is meant to be flagged until written.
const isNoComparisonPlaceholder = (finding: Finding): boolean =>
  finding.rule === 'leftover' && finding.quote.startsWith('[no comparison')

/** The checker's errors on the filled-in draft, in the app and as a text draft. */
function checkerErrors(file: FiguresFile): string[] {
  const document = filledDraft(file)
  const facts = releaseFacts(document)
  const errors = [
    ...checkRelease(facts),
    ...checkDraftText(textParagraphsOf(document), facts),
  ].filter((finding) => finding.severity === 'error' && !isNoComparisonPlaceholder(finding))
  return describeFindings(errors)
}

function assertEveryFigureStated(file: FiguresFile): void {
  const text = resultsText(file)
  for (const measure of STATED) {
    for (const period of PERIODS) {
      if (figureRow(file.figures, measure)[period] === null) continue
      expect(text, `${measure} for ${period} at Q${file.quarter}`).toMatch(
        expectedWords(file, measure, period),
      )
    }
  }
  expect(text).not.toContain('not entered')
  const entered = STATED.some((measure) =>
    PERIODS.some((period) => figureRow(file.figures, measure)[period] !== null),
  )
  // With no figure at all there are no results to write, and the checker rightly says the section is empty.
  if (entered) expect(checkerErrors(file)).toEqual([])
  else expect(text).toBe('')
}

const PATTERNS: Readonly<Record<string, readonly PeriodKey[]>> = {
  'every period': PERIODS,
  'the quarter alone': ['quarter'],
  'the quarter and a year ago': ['quarter', 'yearAgoQuarter'],
  'the quarter and the previous quarter': ['quarter', 'previousQuarter'],
  'the year ago missing': ['quarter', 'previousQuarter', 'yearToDate', 'yearAgoYearToDate'],
  'a year to date without the quarter': ['yearToDate', 'yearAgoYearToDate'],
  'the quarter and its year to date, no comparisons': ['quarter', 'yearToDate'],
}

const SUBSETS: readonly (readonly Stated[])[] = [0, 1, 2, 3, 4, 5, 6, 7].map((bits) =>
  STATED.filter((_, index) => (bits >> index) & 1),
)

describe('the standard template, drafted from any combination of figures', () => {
  for (const quarter of [1, 2, 3, 4] as const) {
    it(`at Q${quarter}, states every figure entered of every measure and period pattern, and the checker finds no error`, () => {
      for (const negative of ['words', 'parenInside'] as const) {
        for (const [name, periods] of Object.entries(PATTERNS)) {
          for (const measures of SUBSETS) {
            const file = figuresFile(
              quarter,
              (measure, period) => measures.includes(measure) && periods.includes(period),
              { negative },
            )
            expect(
              () => assertEveryFigureStated(file),
              `${measures.join(', ') || 'nothing'}, ${name}, ${negative}`,
            ).not.toThrow()
          }
        }
      }
    }, 120_000)
  }

  it('for any figures entered or left out, cell by cell, every one is stated and the checker agrees', () => {
    const cells = fc.array(fc.boolean(), { minLength: 15, maxLength: 15 })
    fc.assert(
      fc.property(
        fc.constantFrom<QuarterNumber>(1, 2, 3, 4),
        cells,
        fc.constantFrom('words' as const, 'parenInside' as const, 'parenOutside' as const),
        fc.constantFrom('sales' as const, 'revenue' as const),
        (quarter, present, negative, revenueWord) => {
          const file = figuresFile(
            quarter,
            (measure, period) =>
              present[STATED.indexOf(measure) * 5 + PERIODS.indexOf(period)] === true,
            { negative, revenueWord },
          )
          assertEveryFigureStated(file)
        },
      ),
      { numRuns: 200, seed: 20261202 },
    )
  }, 120_000)

  it('the fourth quarter states the fiscal year against the last one, with net income or without it', () => {
    const fiscalYear = (measures: readonly Stated[]): string =>
      resultsText(
        figuresFile(
          4,
          (measure, period) =>
            measures.includes(measure) &&
            (period === 'yearToDate' || period === 'yearAgoYearToDate'),
          {},
        ),
      )
    expect(fiscalYear(['revenue'])).toBe(
      'For fiscal year 2006, the Company reported revenue of $11.7 million, against revenue of $10.9 million for fiscal year 2005.',
    )
    expect(fiscalYear(['revenue', 'dilutedEps'])).toBe(
      'For fiscal year 2006, the Company reported diluted loss per share of $0.04 on revenue of $11.7 million, against diluted earnings per share of $0.07 on revenue of $10.9 million for fiscal year 2005.',
    )
  })

  it('revenue alone, EPS alone, and net income without EPS read as whole sentences', () => {
    const quarterOnly = (measures: readonly Stated[]): string =>
      resultsText(
        figuresFile(2, (measure, period) => measures.includes(measure) && period === 'quarter', {}),
      )
    expect(quarterOnly(['revenue'])).toBe(
      'The Company reported revenue of $5.6 million for the quarter.',
    )
    expect(quarterOnly(['dilutedEps'])).toBe(
      'The Company reported diluted loss per share of $0.02 for the quarter.',
    )
    expect(quarterOnly(['netIncome', 'revenue'])).toBe(
      'The Company reported a net loss of $168,000 on revenue of $5.6 million for the quarter.',
    )
    const unlike = resultsText(
      figuresFile(
        2,
        (measure, period) =>
          (measure === 'netIncome' && period === 'quarter') ||
          (measure === 'revenue' && period === 'yearAgoQuarter'),
        {},
      ),
    )
    // A net loss is no comparison for revenue: the two are simply stated.
    expect(unlike).toBe(
      'The Company reported a net loss of $168,000 for the quarter and revenue of $4.7 million for the same quarter a year ago.',
    )
  })
})

describe('the sample, drafted again', () => {
  it('gives the results and subheadline of the stored sample release, word for word', () => {
    const draft = draftFromFigures(sampleFigures())
    const stored = sampleRelease()
    expect(draft.narrative.results).toEqual(stored.narrative.results)
    expect(draft.narrative.subheadline).toEqual(stored.narrative.subheadline)
    expect(resultsText(sampleFigures()).split('\n')).toEqual([
      'Second quarter sales increased by more than 50% from the previous quarter and were 19% ahead of the same quarter in fiscal 2005.',
      'The Company reported a net loss of $168,000 or $0.02 per share on revenue of $5.6 million for the quarter, compared with a net income of $73,000 or $0.01 per share on revenue of $4.7 million for the same quarter a year ago.',
      'For the first six months of fiscal 2006, the Company reported a net loss of $216,000 or $0.03 per share on revenue of $9.2 million, against a net income of $156,000 or $0.02 per share on revenue of $10.9 million for the first six months of fiscal 2005.',
    ])
  })
})
