import type { Company, Figures, Narrative } from './document-schema'
import type { QuarterNumber } from './fiscal-calendar'
import type { HouseStyle } from './house-style'
import { pairPeriods } from './measures'
import type { ComparisonPair, PeriodKey } from './measures'
import { rich } from './narrative-builders'
import { otherMeasureParagraphs } from './other-measure-paragraphs'
import { CATALOGUE_WORDS, comparedClauses, EVERY, RESULTS_MEASURES, resultClause } from './results-clauses'
import type { Clause, Included, Inline, Reported, SubjectWords } from './results-clauses'
import type { ParagraphNode } from './narrative-schema'
import { figureValue, resolvedFigure, resolveFigures } from './resolve-figures'
import type { ResolvedFigures } from './resolve-figures'

/** What the standard template needs to know to write a release. */
export interface TemplateInput {
  readonly company: Company
  readonly quarter: QuarterNumber
  readonly figures: Figures
  readonly style: HouseStyle
  /**
   * Write every results paragraph even for figures not entered yet: a new release's wording then
   * fills in as the figures are typed. Without it, only what was reported is written (as `draft` does).
   */
  readonly everyFigure?: boolean
}

function reportedIn(figures: ResolvedFigures, everyFigure: boolean): Reported {
  return (measure, period) => everyFigure || figureValue(resolvedFigure(figures, measure, period)) !== null
}

/** The release's own words for a measure of the results sentences: a renamed top line is "net sales", not "revenue". */
function namedIn(input: TemplateInput): SubjectWords {
  return (measure) =>
    input.figures.measures.find((definition) => definition.id === measure)?.subject.positive ??
    CATALOGUE_WORDS(measure)
}

/** "sales" or "revenue" as the house style says, unless the person renamed the top line ("net sales"). */
function topLineWord(input: TemplateInput): string {
  const renamed = input.figures.measures.find(
    (definition) =>
      RESULTS_MEASURES.topLine.includes(definition.id) && !definition.subject.followsRevenueWord,
  )
  return renamed?.subject.positive ?? input.style.revenueWord
}

function salesParagraph(input: TemplateInput, has: Reported): ParagraphNode | null {
  const clauses: Inline[][] = []
  for (const measure of RESULTS_MEASURES.topLine) {
    if (has(measure, 'quarter') && has(measure, 'previousQuarter')) {
      clauses.push([rich.comparison(measure, 'previousQuarter')])
    }
    if (has(measure, 'quarter') && has(measure, 'yearAgoQuarter')) {
      clauses.push([rich.comparison(measure, 'yearAgoQuarter')])
    }
  }
  if (clauses.length === 0) return null
  const joined = clauses.flatMap((clause, index) => (index === 0 ? clause : [' and ', ...clause]))
  return rich.paragraph(
    rich.period('quarter', 'sentence'),
    ` ${topLineWord(input)} `,
    ...joined,
    '.',
  )
}

/** The sales paragraph compares the top line with the previous quarter: the quarter's sentence need not state it again. */
function notComparedInSales(has: Reported): Included {
  return (measure) => !(RESULTS_MEASURES.topLine.includes(measure) && has(measure, 'quarter'))
}

/**
 * The previous quarter's figures as typed: one derived from the year to date (at the second quarter)
 * is the finance team's arithmetic, not a figure they report, and a new release's paragraphs leave the previous quarter out.
 */
function enteredIn(figures: ResolvedFigures, everyFigure: boolean): Reported {
  return (measure, period) => !everyFigure && resolvedFigure(figures, measure, period).source === 'entered'
}

/** "For the first quarter of fiscal 2005, the Company reported …": a period stated on its own, named in full. */
function periodSentence(period: PeriodKey, clause: Clause): Inline[] {
  return clause.words.length === 0
    ? []
    : // A quarter's name takes its article here: "For the third quarter of fiscal 2025".
      ['For the ', rich.period(period), ', the Company reported ', ...clause.words, '.']
}

function quarterParagraph(has: Reported, entered: Reported, named: SubjectWords): ParagraphNode | null {
  const quarter = resultClause(has, 'quarter', EVERY, named)
  const yearAgo = resultClause(has, 'yearAgoQuarter', EVERY, named)
  const previous = resultClause(entered, 'previousQuarter', notComparedInSales(has), named)
  if (quarter.words.length === 0) {
    // Without the quarter's own figures there is nothing to compare with: each period is stated by name.
    const sentences = [periodSentence('yearAgoQuarter', yearAgo), periodSentence('previousQuarter', previous)]
      .filter((sentence) => sentence.length > 0)
      .flatMap((sentence, index) => (index === 0 ? sentence : [' ', ...sentence]))
    return sentences.length === 0 ? null : rich.paragraph(...sentences)
  }
  const sentence = comparedClauses([
    [quarter, ' for the quarter'],
    [yearAgo, ' for the same quarter a year ago'],
    [previous, ' for the previous quarter'],
  ])
  return rich.paragraph('The Company reported ', ...sentence, '.')
}

/** At the first quarter the year to date is the quarter, and is stated only where the quarter is not. */
function yearToDateIncluded(input: TemplateInput, has: Reported, quarterOf: PeriodKey): Included {
  return input.quarter === 1 ? (measure) => !has(measure, quarterOf) : EVERY
}

function yearToDateParagraph(input: TemplateInput, has: Reported): ParagraphNode | null {
  const current = resultClause(has, 'yearToDate', yearToDateIncluded(input, has, 'quarter'), namedIn(input))
  const prior = resultClause(
    has,
    'yearAgoYearToDate',
    yearToDateIncluded(input, has, 'yearAgoQuarter'),
    namedIn(input),
  )
  if (current.words.length === 0 && prior.words.length === 0) return null
  if (current.words.length === 0) {
    return rich.paragraph(
      'For ',
      rich.period('yearAgoYearToDate'),
      ', the Company reported ',
      ...prior.words,
      '.',
    )
  }
  const comparable = prior.measures.some((measure) => current.measures.includes(measure))
  const against: Inline[] =
    prior.words.length === 0
      ? []
      : [
          comparable ? ', against ' : ' and ',
          ...prior.words,
          ' for ',
          rich.period('yearAgoYearToDate'),
        ]
  return rich.paragraph(
    'For ',
    rich.period('yearToDate'),
    ', the Company reported ',
    ...current.words,
    ...against,
    '.',
  )
}

/**
 * The results paragraphs: sales against the previous quarter and a year ago, then the quarter's and
 * the year to date's results. Every figure given is stated, whichever of them are missing.
 */
export function standardResults(input: TemplateInput): ParagraphNode[] {
  const { figures } = resolveFigures(input.figures, input.quarter)
  const everyFigure = input.everyFigure ?? false
  const has = reportedIn(figures, everyFigure)
  return [
    salesParagraph(input, has),
    quarterParagraph(has, enteredIn(figures, everyFigure), namedIn(input)),
    yearToDateParagraph(input, has),
    ...otherMeasureParagraphs({ measures: input.figures.measures, quarter: input.quarter, has }),
  ].filter((paragraph): paragraph is ParagraphNode => paragraph !== null)
}

const SUBHEADLINE_PAIRS: readonly ComparisonPair[] = [
  'yearAgoQuarter',
  'previousQuarter',
  'yearAgoYearToDate',
]

/**
 * The subheadline: the top line against the same quarter a year ago, or, where a figures file
 * lacks one of them, the first comparison its figures allow; with none, the placeholder says what is missing.
 */
export function standardSubheadline(input: TemplateInput): ParagraphNode {
  const { figures } = resolveFigures(input.figures, input.quarter)
  const has = reportedIn(figures, input.everyFigure ?? false)
  const results = [...RESULTS_MEASURES.topLine, ...RESULTS_MEASURES.earnings]
  // A release without a top line or earnings (stores and order intake only) leads with its own
  // GAAP measures: a non-GAAP one may not lead ahead of its GAAP measure (SEC staff C&DI 102.10).
  const reported = input.figures.measures
    .filter((definition) => definition.gaap)
    .map((definition) => definition.id)
  const measures = [...results, ...reported.filter((measure) => !results.includes(measure))]
  // At the first quarter the year to date is the quarter: its comparison says nothing the others do not.
  const pairs = SUBHEADLINE_PAIRS.filter(
    (pair) => input.quarter !== 1 || pair !== 'yearAgoYearToDate',
  )
  const candidates = measures.flatMap((measure) => pairs.map((pair) => ({ measure, pair })))
  const allowed = candidates.find(({ measure, pair }) => {
    const { current, prior } = pairPeriods(pair)
    return has(measure, current) && has(measure, prior)
  })
  // With no comparison to state, the placeholder names a measure the release reports, never one it does not.
  const chosen =
    allowed ?? candidates.find(({ measure }) => reported.includes(measure)) ?? candidates[0]
  // Without a top line or earnings measure in the catalogue there is nothing to compare: only by a programming error.
  if (chosen === undefined) throw new Error('the catalogue has no results measure for the subheadline')
  return rich.paragraph(rich.comparison(chosen.measure, chosen.pair, true, 'sentence'))
}

/** The dateline: place, date, company, ticker, and the period the release reports. */
export function standardDateline(company: Company): ParagraphNode {
  const ticker: Inline[] = company.ticker === '' ? [] : [' (', rich.company('ticker'), ')']
  return rich.paragraph(
    rich.company('datelineCity'),
    ' \u2013 ',
    rich.period('releaseDate'),
    ' \u2013 ',
    rich.company('name'),
    ...ticker,
    ' announced today its results for the ',
    rich.period('quarterOfYear'),
    ', ending ',
    rich.period('periodEnd'),
    '.',
  )
}

/**
 * The standard release, in the order of a results release furnished under Form 8-K Item 2.02:
 * headline, subheadline, dateline, results, quote, boilerplate, web reference, safe harbor, contact.
 * Its figures and period words are live fields; the company's own words start as bracketed placeholders.
 */
export function standardNarrative(input: TemplateInput): Narrative {
  return {
    headline: rich.doc(
      rich.paragraph(
        rich.company('shortName'),
        ' Announces ',
        rich.period('quarter', 'title'),
        ' Results for ',
        rich.period('fiscalYear', 'title'),
      ),
    ),
    subheadline: rich.doc(standardSubheadline(input)),
    dateline: rich.doc(standardDateline(input.company)),
    results: rich.doc(...standardResults(input)),
    quote: {
      speaker: '[Name]',
      title: '[Title]',
      text: rich.doc(rich.paragraph('[Insert quote from the chief executive on the quarter.]')),
    },
    boilerplate: rich.doc(
      rich.paragraph(
        '[About the Company: what it does and whom it serves, in two or three sentences.]',
      ),
    ),
    webReference: rich.doc(
      rich.paragraph(
        'More information on ',
        rich.company('shortName'),
        '\u2019s results for the ',
        rich.period('quarterOfYear'),
        ' is on its web site at ',
        rich.company('web'),
        '.',
      ),
    ),
    safeHarbor: rich.doc(
      rich.paragraph(
        'This release contains forward-looking statements, including statements about the Company\u2019s future prospects, ',
        'that involve risks and uncertainties. Actual results may differ materially from those contemplated by these ',
        'statements because of these and other factors, including those set forth in the Company\u2019s Annual Report on ',
        'Form 10-K for ',
        rich.period('yearAgoFiscalYear'),
        ' and in its other filings with the Securities and Exchange Commission.',
      ),
    ),
    contact: rich.doc(
      rich.paragraph('Contact: [Name]', rich.hardBreak(), '[Phone]', rich.hardBreak(), '[Email]'),
    ),
  }
}
