import { describe, expect, it } from 'vitest'
import { checkDraftText, checkRelease } from '../../../../renderer/src/release/checks/check-release'
import type { ReleaseDocument } from '../../../../renderer/src/release/document-schema'
import { draftFromFigures } from '../../../../renderer/src/release/figures-file'
import type { FiguresFile } from '../../../../renderer/src/release/figures-file'
import { rich } from '../../../../renderer/src/release/narrative-builders'
import { releaseContent } from '../../../../renderer/src/release/release-content'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import {
  describeFindings,
  errorsOf,
  filledDraft,
  sampleFigures,
  sampleRelease,
  textParagraphsOf,
} from './helpers'
import type { FigureRow } from '../../../../renderer/src/release/figures-schema'
import { withRows, figureRow } from '../../../support/figure-rows'
import { textLocation } from '../../../../renderer/src/release/checks/finding'

const THIRD_QUARTER =
  'error stale-period "3rd-quarter06": “3rd-quarter06” names the third quarter of fiscal 2006; this release is the second quarter of fiscal 2006.'

function withStyle(
  document: ReleaseDocument,
  style: Partial<ReleaseDocument['style']>,
): ReleaseDocument {
  return { ...document, style: { ...document.style, ...style } }
}

function negate(value: string | null): string | null {
  return value === null ? null : value.startsWith('-') ? value.slice(1) : `-${value}`
}

/** The sample with profits where it had losses and losses where it had profits. */
function flippedResults(document: ReleaseDocument): ReleaseDocument {
  const flip = (
    row: FigureRow,
  ): FigureRow => ({
    quarter: negate(row.quarter),
    previousQuarter: negate(row.previousQuarter),
    yearAgoQuarter: negate(row.yearAgoQuarter),
    yearToDate: negate(row.yearToDate),
    yearAgoYearToDate: negate(row.yearAgoYearToDate),
  })
  const { figures } = document
  return {
    ...document,
    figures: withRows(figures, {
      netIncome: flip(figureRow(figures, 'netIncome')),
      dilutedEps: flip(figureRow(figures, 'dilutedEps')),
    }),
  }
}

function bothWays(document: ReleaseDocument): { readonly app: string[]; readonly text: string[] } {
  const facts = releaseFacts(document)
  return {
    app: describeFindings(errorsOf(checkRelease(facts))),
    text: describeFindings(errorsOf(checkDraftText(textParagraphsOf(document), facts))),
  }
}

function quarterDraft(quarter: 1 | 3 | 4): ReleaseDocument {
  const figures = sampleFigures()
  const noToDate = { yearToDate: null, yearAgoYearToDate: null }
  const file: FiguresFile =
    quarter === 1
      ? {
          ...figures,
          quarter,
          figures: withRows(figures.figures, {
            revenue: noToDate,
            netIncome: noToDate,
            dilutedEps: noToDate,
          }),
        }
      : { ...figures, quarter, periodEnd: null, releaseDate: null }
  const release = quarter === 1 ? file.releaseDate : quarter === 3 ? '2006-07-20' : '2006-10-26'
  return filledDraft({
    ...file,
    periodEnd: quarter === 1 ? '2005-12-31' : null,
    releaseDate: release,
  })
}

describe('no false alarms', () => {
  it('finds only the third-quarter web link in the sample, in the app and in its text export', () => {
    expect(bothWays(sampleRelease())).toEqual({ app: [THIRD_QUARTER], text: [THIRD_QUARTER] })
  })

  it.each([
    // The sample's table types its lines for the real results; a swapped release's table is checked below.
    ['profits and losses swapped', (document: ReleaseDocument) => ({ ...flippedResults(document), tables: [] })],
    [
      'losses written in words',
      (document: ReleaseDocument) => withStyle(document, { negative: 'words' }),
    ],
    [
      'parentheses outside the dollar sign',
      (document: ReleaseDocument) => withStyle(document, { negative: 'parenOutside' }),
    ],
    [
      'no leading zero per share',
      (document: ReleaseDocument) => withStyle(document, { perShare: 'noLeadingZero' }),
    ],
    [
      'revenue, exact and approximate wording',
      (document: ReleaseDocument) =>
        withStyle(document, {
          revenueWord: 'revenue',
          comparisons: {
            ...document.style.comparisons,
            revenue: {
              previousQuarter: 'exact',
              yearAgoQuarter: 'approximate',
              yearAgoYearToDate: 'exact',
            },
          },
        }),
    ],
  ])('finds only that link in the sample with %s', (_name, variant) => {
    expect(bothWays(variant(sampleRelease()))).toEqual({
      app: [THIRD_QUARTER],
      text: [THIRD_QUARTER],
    })
  })

  it("reports the sample's statement of operations once profits and losses are swapped: its typed lines no longer foot", () => {
    const swapped = flippedResults(sampleRelease())
    const cells = checkRelease(releaseFacts(swapped))
      .filter((entry) => entry.rule === 'table-footing' && entry.severity === 'error')
      .map((entry) => entry.location)
    expect(cells).toEqual([0, 1, 2, 3].map((column) => ({ block: 'tableCell', tableId: 'operations', rowId: 'net-income', column })))
  })

  it.each([1, 3, 4] as const)(
    'finds nothing wrong in a quarter %i draft from the sample’s figures',
    (quarter) => {
      const document = quarterDraft(quarter)
      expect(document.period.quarter).toBe(quarter)
      expect(bothWays(document)).toEqual({ app: [], text: [] })
    },
  )
})

describe('the acceptance case: three changed words in the sample’s text', () => {
  it('gets exactly three errors besides the third-quarter link, each quoting the changed words where they are', () => {
    const paragraphs = textParagraphsOf(sampleRelease())
    const changed = paragraphs
      .join('\n\n')
      .replace('19%', '21%')
      .replace('more than 50%', 'more than 60%')
      .replace('net loss', 'net income')
      .split('\n\n')
    const findings = errorsOf(checkDraftText(changed, releaseFacts(sampleRelease())))
    const at = findings.map((entry) => ({
      rule: entry.rule,
      quote: entry.quote,
      words: changed[textLocation(entry.location)?.paragraph ?? -1]?.slice(
        textLocation(entry.location)?.start,
        textLocation(entry.location)?.end,
      ),
      paragraph: changed[textLocation(entry.location)?.paragraph ?? -1]?.slice(0, 30),
    }))
    expect(at).toEqual([
      {
        rule: 'wrong-percent',
        quote: '21%',
        words: '21%',
        paragraph: 'Sales were 21% ahead of the sa',
      },
      {
        rule: 'overstated-bound',
        quote: 'more than 60%',
        words: 'more than 60%',
        paragraph: 'Second quarter sales increased',
      },
      {
        rule: 'result-word',
        quote: 'net income',
        words: 'net income',
        paragraph: 'The Company reported a net inc',
      },
      {
        rule: 'stale-period',
        quote: '3rd-quarter06',
        words: '3rd-quarter06',
        paragraph: 'Information regarding IEC’s se',
      },
    ])
  })
})

describe('findings in the app', () => {
  it('locates typed words by their offsets in the paragraph’s typed text, around live fields', () => {
    const sample = sampleRelease()
    const document: ReleaseDocument = {
      ...sample,
      narrative: {
        ...sample.narrative,
        results: rich.doc(
          rich.paragraph(
            rich.period('quarter', 'sentence'),
            ' sales were 21% ahead of the same quarter in fiscal 2005.',
          ),
          rich.paragraph(
            'The Company reported net income of ',
            rich.amount('netIncome', 'quarter'),
            ' for the quarter.',
          ),
        ),
      },
    }
    const findings = errorsOf(checkRelease(releaseFacts(document)))
    expect(findings.find((entry) => entry.rule === 'wrong-percent')?.location).toEqual({
      block: 'results',
      paragraph: 0,
      start: 12,
      end: 15,
      textStart: 26,
      textEnd: 29,
      inFreeText: true,
    })
    expect(findings.find((entry) => entry.rule === 'result-word')?.location).toMatchObject({
      block: 'results',
      paragraph: 1,
      start: 21,
      end: 31,
    })
  })

  it('flags a live field that shows a missing figure, and placeholders in the quote’s speaker, at their place', () => {
    // A figure cleared after drafting: the subheadline's comparison rests on it. (Drafted without it,
    // the subheadline takes a comparison the figures allow instead.)
    const drafted = draftFromFigures(sampleFigures())
    const draft = {
      ...drafted,
      figures: withRows(drafted.figures, { revenue: { yearAgoQuarter: null } }),
    }
    const leftovers = checkRelease(releaseFacts(draft)).filter((entry) => entry.rule === 'leftover')
    const quotes = leftovers.map((entry) => entry.quote)
    expect(quotes).toContain(
      '[no comparison with the same quarter in fiscal 2005: a figure not entered]',
    )
    expect(quotes).toContain('[Name]')
    expect(quotes).toContain('[Insert quote from the chief executive on the quarter.]')
    const speaker = leftovers.find(
      (entry) => entry.quote === '[Name]' && textLocation(entry.location)?.block === 'quote',
    )
    expect(speaker?.location).toMatchObject({ paragraph: 0, inFreeText: false, start: 0, end: 0 })
    const sample = sampleRelease()
    const exhibit = { ...sample, layout: { ...sample.layout, exhibitLabel: 'Exhibit 99.XX' } }
    const inExhibit = checkRelease(releaseFacts(exhibit)).filter(
      (entry) => textLocation(entry.location)?.block === 'exhibit',
    )
    expect(inExhibit.map((entry) => [entry.rule, entry.quote])).toEqual([['leftover', 'XX']])
  })

  it('flags each empty required part at its block', () => {
    const sample = sampleRelease()
    const document = {
      ...sample,
      narrative: {
        ...sample.narrative,
        quote: { ...sample.narrative.quote, text: rich.doc() },
        contact: rich.doc(),
      },
    }
    const empty = checkRelease(releaseFacts(document)).filter(
      (entry) => entry.rule === 'empty-block',
    )
    expect(empty.map((entry) => [textLocation(entry.location)?.block, entry.message])).toEqual([
      ['quote', 'The quote is empty; every release needs one.'],
      ['contact', 'The contact is empty; every release needs one.'],
    ])
  })

  it('sorts errors first, the figures’ own first among them, then in reading order, with stable ids', () => {
    const sample = sampleRelease()
    const document: ReleaseDocument = {
      ...flippedResults(sample),
      figures: withRows(sample.figures, { dilutedEps: { quarter: '0.02' } }),
      narrative: {
        ...sample.narrative,
        boilerplate: rich.doc(rich.paragraph('Revenue for fiscal 2004 was TBD.')),
      },
    }
    const facts = releaseFacts(document)
    const findings = checkRelease(facts)
    expect(
      findings.map(
        (entry) => `${entry.severity} ${textLocation(entry.location)?.block ?? 'figures'} ${entry.rule}`,
      ),
    ).toEqual([
      'error figures eps-sign',
      'error boilerplate leftover',
      'error webReference stale-period',
      'warning boilerplate stale-period',
    ])
    expect(checkRelease(releaseFacts(document)).map((entry) => entry.id)).toEqual(
      findings.map((entry) => entry.id),
    )
    expect(new Set(findings.map((entry) => entry.id)).size).toBe(findings.length)
  })

  it('runs fast enough for every keystroke (printed, not asserted)', () => {
    const document = sampleRelease()
    const facts = releaseFacts(document)
    const content = releaseContent(document, facts)
    // Warm up first: the app checks on every keystroke, so the steady state is what matters.
    for (let run = 0; run < 100; run += 1) checkRelease(releaseFacts(document), content)
    const runs = 300
    const started = performance.now()
    for (let run = 0; run < runs; run += 1) checkRelease(releaseFacts(document), content)
    const each = (performance.now() - started) / runs
    console.log(
      `checkRelease on the sample: ${each.toFixed(2)} ms a run (facts included), over ${runs} runs`,
    )
    expect(checkRelease(facts, content)).toHaveLength(1)
  })
})
