import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkDraftText, checkRelease } from '../../../../renderer/src/release/checks/check-release'
import type { ReleaseDocument } from '../../../../renderer/src/release/document-schema'
import { figuresFileSchema } from '../../../../renderer/src/release/figures-file'
import type { FiguresFile } from '../../../../renderer/src/release/figures-file'
import { PAIRS } from '../../../../renderer/src/release/measures'
import { rich } from '../../../../renderer/src/release/narrative-builders'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import { resolvedFigure, resolveFigures } from '../../../../renderer/src/release/resolve-figures'
import { Dec } from '../../../../renderer/src/release/decimal'
import { fieldText } from '../../../../renderer/src/release/field-text'
import { describeFindings, errorsOf, filledDraft, textParagraphsOf } from '../checks/helpers'
import { figuresFileJson, measureSetCase } from './measure-set-arbitrary'
import type { MeasureSetCase } from './measure-set-arbitrary'

/**
 * Seeded, so every run of the suite tries the same sets of measures; numRuns kept modest for a small
 * machine. FC_NUM_RUNS and FC_SEED try more or other sets locally, e.g. FC_NUM_RUNS=2000.
 */
const RUNS = {
  numRuns: Number(process.env['FC_NUM_RUNS'] ?? 150),
  seed: Number(process.env['FC_SEED'] ?? 20261202),
}

function parsedFile(testCase: MeasureSetCase): FiguresFile {
  const parsed = figuresFileSchema.safeParse(figuresFileJson(testCase))
  if (!parsed.success) throw new Error(`the figures file does not read: ${parsed.error.message}`)
  return parsed.data
}

/** The template's release plus the live sentence, with its subject, of every comparison the figures allow. */
function withEveryComparison(document: ReleaseDocument): ReleaseDocument {
  const facts = releaseFacts(document)
  // As a careful writer orders them: each GAAP measure before the non-GAAP ones (Regulation G).
  const measures = facts.resolution.figures.measures
  const ordered = [...measures.filter((d) => d.gaap), ...measures.filter((d) => !d.gaap)]
  const sentences = ordered.flatMap((definition) =>
    PAIRS.filter((pair) => facts.comparison(definition.id, pair).kind !== 'unavailable').map(
      (pair) => rich.paragraph(rich.comparison(definition.id, pair, true, 'sentence'), '.'),
    ),
  )
  const results = document.narrative.results
  return {
    ...document,
    narrative: {
      ...document.narrative,
      results: { ...results, content: [...results.content, ...sentences] },
    },
  }
}

describe('a release without a top line or earnings', () => {
  it('leads its subheadline with a measure it reports, never with revenue it does not report', () => {
    const file = parsedFile({
      quarter: 3,
      entries: [{ id: 'stores', name: 'Stores', kind: 'count' }],
      rows: {
        stores: {
          quarter: '120',
          previousQuarter: null,
          yearAgoQuarter: '100',
          yearToDate: null,
          yearAgoYearToDate: null,
        },
      },
    })
    const document = filledDraft(file)
    const subheadline = textParagraphsOf(document).find((paragraph) => /stores/i.test(paragraph))
    expect(subheadline).toMatch(/^Stores (?:rose|increased|grew|were up) /)
    expect(textParagraphsOf(document).join('\n')).not.toMatch(/unknown measure/)
  })
})

describe('a release listing adjusted net income before net income', () => {
  it('states net income as the net result, never the adjusted (non-GAAP) figure in its place', () => {
    const row = (quarter: string, yearAgo: string) => ({
      quarter,
      previousQuarter: null,
      yearAgoQuarter: yearAgo,
      yearToDate: null,
      yearAgoYearToDate: null,
    })
    const document = filledDraft(
      parsedFile({
        quarter: 3,
        entries: [{ id: 'adjustedNetIncome' }, { id: 'netIncome' }],
        rows: { adjustedNetIncome: row('900000', '800000'), netIncome: row('-150000', '-250000') },
      }),
    )
    const text = textParagraphsOf(document).join('\n')
    expect(text).toMatch(/net loss of \$\(?150,000/)
    expect(text).not.toMatch(/adjusted net income of \$(?:900,000|800,000)[^.]*compared with/)
    expect(describeFindings(errorsOf(checkRelease(releaseFacts(document))))).toEqual([])
  })
})

describe('a release listing operating income before net income', () => {
  it('states net income as the net result, not operating income in its place', () => {
    const row = (quarter: string, previous: string) => ({
      quarter,
      previousQuarter: previous,
      yearAgoQuarter: null,
      yearToDate: null,
      yearAgoYearToDate: null,
    })
    const document = filledDraft(
      parsedFile({
        quarter: 3,
        entries: [{ id: 'operatingIncome' }, { id: 'netIncome' }],
        rows: { operatingIncome: row('700000', '650000'), netIncome: row('420000', '390000') },
      }),
    )
    const text = textParagraphsOf(document).join('\n')
    expect(text).toMatch(/reported a net income of \$420,000 for the quarter/)
    // Operating income has a paragraph of its own, after the net result.
    const operating = text.indexOf('operating income of $700,000')
    expect(operating === -1 || operating > text.indexOf('a net income of $420,000')).toBe(true)
  })
})

describe('a swing between a profit and a loss of the same size', () => {
  it('is worded as a swing, never as "essentially flat"', () => {
    const document = filledDraft(
      parsedFile({
        quarter: 3,
        entries: [{ id: 'netIncome' }],
        rows: {
          netIncome: {
            quarter: '-73000',
            previousQuarter: null,
            yearAgoQuarter: '73000',
            yearToDate: null,
            yearAgoYearToDate: null,
          },
        },
      }),
    )
    const sentence = fieldText(
      {
        kind: 'comparison',
        measure: 'netIncome',
        pair: 'yearAgoQuarter',
        withSubject: true,
        textCase: 'sentence',
      },
      releaseFacts(document),
    )
    expect(sentence).toMatch(
      /^Results swung to a net loss of \$73,000 from a net income of \$73,000 /,
    )
  })
})

describe('a negative measure with no word for its loss (EBITDA)', () => {
  it('keeps its sign when compared with zero or with a positive figure, never showing a negative amount as a positive one', () => {
    const document = filledDraft(
      parsedFile({
        quarter: 3,
        entries: [{ id: 'netIncome' }, { id: 'ebitda' }],
        rows: {
          netIncome: {
            quarter: '-400000',
            previousQuarter: '-500000',
            yearAgoQuarter: '-300000',
            yearToDate: null,
            yearAgoYearToDate: null,
          },
          ebitda: {
            quarter: '-120000',
            previousQuarter: '0',
            yearAgoQuarter: '250000',
            yearToDate: null,
            yearAgoYearToDate: null,
          },
        },
      }),
    )
    const facts = releaseFacts(document)
    const sentence = (pair: 'previousQuarter' | 'yearAgoQuarter'): string =>
      fieldText(
        { kind: 'comparison', measure: 'ebitda', pair, withSubject: true, textCase: 'sentence' },
        facts,
      )
    expect(sentence('previousQuarter')).toBe(
      'EBITDA decreased to $(120,000) from $0 in the previous quarter',
    )
    expect(sentence('yearAgoQuarter')).toMatch(/^EBITDA decreased to \$\(120,000\) from \$250,000 /)
  })
})

describe('any set of measures', () => {
  it('the standard template and every comparison sentence, for any measures and tied-out figures, pass the checker in the app and as a text draft', () => {
    fc.assert(
      fc.property(measureSetCase(), (testCase) => {
        const draft = filledDraft(parsedFile(testCase))
        // With no GAAP comparison to state, the subheadline's placeholder is meant to be flagged until filled.
        fc.pre(
          releaseFacts(draft).comparisons.some(
            (entry) => entry.kind !== 'unavailable' && entry.definition.gaap,
          ),
        )
        const document = withEveryComparison(draft)
        const facts = releaseFacts(document)
        expect(describeFindings(errorsOf(checkRelease(facts)))).toEqual([])
        expect(
          describeFindings(errorsOf(checkDraftText(textParagraphsOf(document), facts))),
        ).toEqual([])
      }),
      RUNS,
    )
  }, 300_000)

  it('at the second quarter, the previous quarter is derived as year to date minus the quarter for additive measures only, and adds back exactly', () => {
    fc.assert(
      fc.property(measureSetCase(true), (testCase) => {
        const file = parsedFile(testCase)
        const { figures, discrepancies } = resolveFigures(file.figures, 2)
        expect(discrepancies).toEqual([])
        for (const definition of file.figures.measures) {
          const previous = resolvedFigure(figures, definition.id, 'previousQuarter')
          if (!definition.additive) {
            expect(previous.source, `${definition.label}: nothing derived`).toBe('missing')
            continue
          }
          const quarter = resolvedFigure(figures, definition.id, 'quarter')
          const toDate = resolvedFigure(figures, definition.id, 'yearToDate')
          if (
            previous.source !== 'derived' ||
            quarter.source !== 'entered' ||
            toDate.source !== 'entered'
          )
            throw new Error(
              `${definition.label}: expected a derived previous quarter, got ${previous.source}`,
            )
          expect(previous.value.plus(quarter.value).equals(toDate.value), definition.label).toBe(
            true,
          )
          expect(new Dec(toDate.value).minus(quarter.value).equals(previous.value)).toBe(true)
        }
      }),
      RUNS,
    )
  }, 120_000)
})

/**
 * Counterexamples the property above once found, kept as fixed cases: each was a sentence the
 * template wrote wrongly or a true sentence the checker misjudged, and each is now drawn by the
 * property's figures too (measure-set-arbitrary.ts).
 */
describe('counterexamples found by the property: generated text the checker once faulted', () => {
  const errorsIn = (testCase: MeasureSetCase): string[] => {
    const document = withEveryComparison(filledDraft(parsedFile(testCase)))
    const facts = releaseFacts(document)
    return describeFindings(
      errorsOf([...checkRelease(facts), ...checkDraftText(textParagraphsOf(document), facts)]),
    )
  }
  /** The errors in the draft text once one phrase of its joined template sentence is reworded. */
  const errorsWith = (testCase: MeasureSetCase, phrase: string, reworded: string): string[] => {
    const document = withEveryComparison(filledDraft(parsedFile(testCase)))
    const facts = releaseFacts(document)
    const paragraphs = textParagraphsOf(document)
    // The template's results sentence, "The Company reported …; operating loss was …", joins the comparisons.
    const joined = paragraphs.findIndex((text) => text.includes('; ') && text.includes(phrase))
    if (joined < 0) throw new Error(`no joined sentence says "${phrase}"`)
    const changed = paragraphs.map((text, index) =>
      index === joined ? text.replace(phrase, reworded) : text,
    )
    return describeFindings(errorsOf(checkDraftText(changed, facts)))
  }
  const row = (quarter: string, previousQuarter: string, yearAgoQuarter: string | null = null) => ({
    quarter,
    previousQuarter,
    yearAgoQuarter,
    yearToDate: null,
    yearAgoYearToDate: null,
  })

  // "For the second quarter of fiscal 2026, the Company reported gross margin of 0.1%": a ratio given
  // without this quarter's figure is stated for its earlier period, and that level is not the
  // quarter's; the revenue beside it once read "For third quarter of fiscal 2025", without its article.
  it('a ratio stated for an earlier period only', () => {
    const document = filledDraft(
      parsedFile({
        quarter: 3,
        entries: [{ id: 'netIncome' }, { id: 'revenue' }, { id: 'grossMargin' }],
        rows: {
          netIncome: row('50', '40', '30'),
          revenue: {
            quarter: null,
            previousQuarter: '900',
            yearAgoQuarter: '800',
            yearToDate: null,
            yearAgoYearToDate: null,
          },
          grossMargin: {
            quarter: null,
            previousQuarter: '0.1',
            yearAgoQuarter: '0.0',
            yearToDate: null,
            yearAgoYearToDate: null,
          },
        },
      }),
    )
    expect(textParagraphsOf(document)).toContain(
      'For the third quarter of fiscal 2025, the Company reported gross margin of 0.0%. For the second quarter of fiscal 2026, the Company reported gross margin of 0.1%.',
    )
    const withoutEarnings = filledDraft(
      parsedFile({
        quarter: 3,
        entries: [{ id: 'revenue' }],
        rows: {
          revenue: {
            quarter: null,
            previousQuarter: '900',
            yearAgoQuarter: '800',
            yearToDate: null,
            yearAgoYearToDate: null,
          },
        },
      }),
    )
    expect(textParagraphsOf(withoutEarnings)).toContain(
      'For the third quarter of fiscal 2025, the Company reported revenue of $800. For the second quarter of fiscal 2026, the Company reported revenue of $900.',
    )
    expect(
      errorsIn({
        quarter: 3,
        entries: [{ id: 'netIncome' }, { id: 'revenue' }, { id: 'grossMargin' }],
        rows: {
          netIncome: row('50', '40', '30'),
          revenue: {
            quarter: null,
            previousQuarter: '900',
            yearAgoQuarter: '800',
            yearToDate: null,
            yearAgoYearToDate: null,
          },
          grossMargin: {
            quarter: null,
            previousQuarter: '0.1',
            yearAgoQuarter: '0.0',
            yearToDate: null,
            yearAgoYearToDate: null,
          },
        },
      }),
    ).toEqual([])
  })

  // "Operating margin improved 0.1 percentage points to 0.1% from 0.0% in the first six months of
  // fiscal 2025" read as the quarter's margin: the sentence now names its own period, and the
  // checker reads a year to date named after the ratio.
  it('a ratio with a year to date', () => {
    const document = withEveryComparison(
      filledDraft(
        parsedFile({
          quarter: 2,
          entries: [{ id: 'operatingMargin' }],
          rows: {
            operatingMargin: {
              quarter: '0.0',
              previousQuarter: '0.0',
              yearAgoQuarter: '0.0',
              yearToDate: '0.1',
              yearAgoYearToDate: '0.0',
            },
          },
        }),
      ),
    )
    expect(textParagraphsOf(document)).toContain(
      'Operating margin for the first six months of fiscal 2026 improved 0.1 percentage points to 0.1% from 0.0% in the first six months of fiscal 2025.',
    )
    expect(
      errorsIn({
        quarter: 2,
        entries: [{ id: 'operatingMargin' }],
        rows: {
          operatingMargin: {
            quarter: '0.0',
            previousQuarter: '0.0',
            yearAgoQuarter: '0.0',
            yearToDate: '0.1',
            yearAgoYearToDate: '0.0',
          },
        },
      }),
    ).toEqual([])
  })

  // "Operating margin improved 1.5 percentage points to negative 2.5% from negative 4.0%": true, but
  // the checker read the levels without their sign. Releases also write "(2.5)%" and "-2.5%".
  it('a negative operating margin compared with another', () => {
    expect(
      errorsIn({
        quarter: 3,
        entries: [{ id: 'revenue' }, { id: 'operatingMargin' }],
        rows: { revenue: row('1000', '900', '800'), operatingMargin: row('-2.5', '1.0', '-4.0') },
      }),
    ).toEqual([])
  })

  it('a negative operating margin written "(2.5)%" or "-2.5%" is read with its sign, and a margin without it is caught', () => {
    const document = filledDraft(
      parsedFile({
        quarter: 3,
        entries: [{ id: 'revenue' }, { id: 'operatingMargin' }],
        rows: { revenue: row('1000', '900', '800'), operatingMargin: row('-2.5', '1.0', '-4.0') },
      }),
    )
    const facts = releaseFacts(document)
    const judged = (sentence: string): string[] =>
      describeFindings(errorsOf(checkDraftText([sentence], facts)))
    expect(judged('Operating margin was (2.5)% for the quarter.')).toEqual([])
    expect(judged('Operating margin was -2.5% for the quarter.')).toEqual([])
    expect(
      judged(
        'Operating margin improved 1.5 percentage points to negative 2.5% from negative 4.0% in the same quarter of fiscal 2025.',
      ),
    ).toEqual([])
    expect(judged('Operating margin was 2.5% for the quarter.').join('\n')).toMatch(/ratio-level/)
    expect(
      judged(
        'Operating margin improved 1.5 percentage points to negative 2.5% from 4.0% in the same quarter of fiscal 2025.',
      ).join('\n'),
    ).toMatch(/ratio-level/)
  })

  // "Gross loss increased to $0 from $1 …" read backwards and hid the loss's sign: a gross loss
  // neither narrows nor widens, so against zero it is worded by its two levels, without a percent.
  it('a gross loss compared with zero', () => {
    const sentence = fieldText(
      {
        kind: 'comparison',
        measure: 'grossProfit',
        pair: 'previousQuarter',
        withSubject: true,
        textCase: 'sentence',
      },
      releaseFacts(
        filledDraft(
          parsedFile({
            quarter: 3,
            entries: [{ id: 'revenue' }, { id: 'grossProfit' }],
            rows: { revenue: row('1000', '900'), grossProfit: row('0', '-1') },
          }),
        ),
      ),
    )
    expect(sentence).toBe(
      'Gross profit was $0, compared with a gross loss of $1 in the previous quarter',
    )
    expect(
      errorsIn({
        quarter: 3,
        entries: [{ id: 'revenue' }, { id: 'grossProfit' }],
        rows: { revenue: row('1000', '900'), grossProfit: row('0', '-1') },
      }),
    ).toEqual([])
  })

  // "Adjusted net loss narrowed to $0 from $1": the checker read "$1" as a profit. A non-GAAP loss
  // without a percent is stated by its two levels, each with its own words.
  it('an adjusted net loss against zero or another loss', () => {
    const document = filledDraft(
      parsedFile({
        quarter: 1,
        entries: [{ id: 'netIncome' }, { id: 'adjustedNetIncome' }],
        rows: { netIncome: row('0', '-1', '0'), adjustedNetIncome: row('0', '-1', '-3') },
      }),
    )
    const facts = releaseFacts(document)
    const sentence = (pair: 'previousQuarter' | 'yearAgoQuarter'): string =>
      fieldText(
        {
          kind: 'comparison',
          measure: 'adjustedNetIncome',
          pair,
          withSubject: true,
          textCase: 'sentence',
        },
        facts,
      )
    expect(sentence('previousQuarter')).toBe(
      'Adjusted net income was $0, compared with an adjusted net loss of $1 in the previous quarter',
    )
    expect(
      errorsIn({
        quarter: 1,
        entries: [{ id: 'netIncome' }, { id: 'adjustedNetIncome' }],
        rows: { netIncome: row('0', '-1', '0'), adjustedNetIncome: row('0', '-1', '-3') },
      }),
    ).toEqual([])
    expect(
      errorsIn({
        quarter: 3,
        entries: [{ id: 'netIncome' }, { id: 'adjustedNetIncome' }],
        rows: { netIncome: row('-5', '-1', '-2'), adjustedNetIncome: row('-3', '-1', '-4') },
      }),
    ).toEqual([])
  })

  // "Operating loss narrowed to $0 from $1": "$1" read as a profit. Against zero, a loss is named.
  it('an operating loss compared with zero', () => {
    const testCase: MeasureSetCase = {
      quarter: 1,
      entries: [{ id: 'netIncome' }, { id: 'operatingIncome' }],
      rows: { netIncome: row('0', '0', '0'), operatingIncome: row('0', '-1', '0') },
    }
    const facts = releaseFacts(filledDraft(parsedFile(testCase)))
    expect(
      fieldText(
        {
          kind: 'comparison',
          measure: 'operatingIncome',
          pair: 'previousQuarter',
          withSubject: true,
          textCase: 'sentence',
        },
        facts,
      ),
    ).toBe('Operating income was $0, compared with an operating loss of $1 in the previous quarter')
    expect(errorsIn(testCase)).toEqual([])
  })

  // "Operating loss was $1, compared with an operating income of $0 in the same quarter in fiscal
  // 2025 and narrowed to $1 from $2 in the previous quarter": the checker took "operating income",
  // the earlier figure's words, for the subject of "narrowed" and read "$1" and "$2" as profits.
  it('an operating loss that narrowed from another loss', () => {
    const testCase: MeasureSetCase = {
      quarter: 3,
      entries: [{ id: 'netIncome' }, { id: 'operatingIncome' }],
      rows: { netIncome: row('0', '0', '0'), operatingIncome: row('-1', '-2', '0') },
    }
    expect(errorsIn(testCase)).toEqual([])
    // The wrong twins are still caught: the amounts swapped (a loss going from $1 to $2 widened), and
    // the loss called wider.
    const joined = 'narrowed to $1 from $2 in the previous quarter'
    expect(errorsWith(testCase, joined, 'narrowed to $2 from $1 in the previous quarter')).toEqual([
      'error direction "narrowed": The figures go from $(1) to $(2), down, so “narrowed” is the wrong direction.',
    ])
    expect(errorsWith(testCase, joined, 'widened to $1 from $2 in the previous quarter')).toEqual([
      'error direction "widened": Operating loss narrowed to $1 from $2 in the previous quarter, so “widened” is the wrong direction.',
    ])
  })

  // "Income from continuing operations was $0, compared with a loss from continuing operations of
  // $1 in the same quarter in fiscal 2025 and decreased 100% from the previous quarter": the checker
  // took "loss from continuing operations", the earlier figure's words, for the subject of
  // "decreased", and so read the fall as a narrowing loss.
  it('a loss stated by its levels beside a change in percent', () => {
    const testCase: MeasureSetCase = {
      quarter: 1,
      entries: [{ id: 'revenue' }, { id: 'incomeFromContinuingOperations' }],
      rows: { revenue: row('0', '0', '0'), incomeFromContinuingOperations: row('0', '1', '-1') },
    }
    expect(errorsIn(testCase)).toEqual([])
    const joined = 'and decreased 100% from the previous quarter'
    expect(errorsWith(testCase, joined, 'and increased 100% from the previous quarter')).toEqual([
      'error direction "increased": Income from continuing operations decreased 100% from the previous quarter, so “increased” is the wrong direction.',
    ])
  })

  // "Adjusted diluted earnings per share increased to $0.01 from a loss of $0.03 …": "a loss of
  // $0.03" reads as the GAAP loss per share, so the wording names the adjusted loss per share.
  it('an adjusted loss per share compared with a profit', () => {
    const shares = row('1000000', '1000000')
    expect(
      errorsIn({
        quarter: 3,
        entries: [
          { id: 'netIncome' },
          { id: 'dilutedShares' },
          { id: 'dilutedEps' },
          { id: 'adjustedNetIncome' },
          { id: 'adjustedDilutedEps' },
        ],
        rows: {
          netIncome: row('10000', '20000'),
          dilutedShares: shares,
          dilutedEps: row('0.01', '0.02'),
          adjustedNetIncome: row('10000', '-30000'),
          adjustedDilutedEps: row('0.01', '-0.03'),
        },
      }),
    ).toEqual([])
  })
})
