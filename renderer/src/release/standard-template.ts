import type { Company, Figures, Narrative } from './document-schema'
import type { QuarterNumber } from './fiscal-calendar'
import type { HouseStyle } from './house-style'
import type { PeriodKey } from './measures'
import { rich } from './narrative-builders'
import type { InlineNode, ParagraphNode } from './narrative-schema'
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

type Inline = InlineNode | string

/** Whether the template writes about a figure. */
type Reported = (measure: 'revenue' | 'netIncome' | 'dilutedEps', period: PeriodKey) => boolean

function reportedIn(figures: ResolvedFigures, everyFigure: boolean): Reported {
  return (measure, period) => everyFigure || figureValue(resolvedFigure(figures, measure, period)) !== null
}

/** "a net loss of $(168,000) or $(0.02) per share on revenue of $5.6 million", with whatever was reported. */
function resultClause(has: Reported, period: PeriodKey): Inline[] {
  const parts: Inline[] = [rich.result(period)]
  if (has('dilutedEps', period))
    parts.push(' or ', rich.amount('dilutedEps', period), ' per share')
  if (has('revenue', period)) parts.push(' on revenue of ', rich.amount('revenue', period))
  return parts
}

function salesParagraph(input: TemplateInput, has: Reported): ParagraphNode | null {
  const clauses: Inline[][] = []
  if (has('revenue', 'quarter') && has('revenue', 'previousQuarter')) {
    clauses.push([rich.comparison('revenue', 'previousQuarter')])
  }
  if (has('revenue', 'quarter') && has('revenue', 'yearAgoQuarter')) {
    clauses.push([rich.comparison('revenue', 'yearAgoQuarter')])
  }
  if (clauses.length === 0) return null
  const joined = clauses.flatMap((clause, index) => (index === 0 ? clause : [' and ', ...clause]))
  return rich.paragraph(
    rich.period('quarter', 'sentence'),
    ` ${input.style.revenueWord} `,
    ...joined,
    '.',
  )
}

function quarterParagraph(has: Reported): ParagraphNode | null {
  if (!has('netIncome', 'quarter')) return null
  const sentence: Inline[] = [
    'The Company reported ',
    ...resultClause(has, 'quarter'),
    ' for the quarter',
  ]
  if (has('netIncome', 'yearAgoQuarter')) {
    sentence.push(
      ', compared with ',
      ...resultClause(has, 'yearAgoQuarter'),
      ' for the same quarter a year ago',
    )
  }
  return rich.paragraph(...sentence, '.')
}

function yearToDateParagraph(input: TemplateInput, has: Reported): ParagraphNode | null {
  if (input.quarter === 1 || !has('netIncome', 'yearToDate')) return null
  const sentence: Inline[] = [
    'For ',
    rich.period('yearToDate'),
    ', the Company reported ',
    ...resultClause(has, 'yearToDate'),
  ]
  if (has('netIncome', 'yearAgoYearToDate')) {
    sentence.push(
      ', against ',
      ...resultClause(has, 'yearAgoYearToDate'),
      ' for ',
      rich.period('yearAgoYearToDate'),
    )
  }
  return rich.paragraph(...sentence, '.')
}

/** The results paragraphs: sales against the previous quarter and a year ago, then the quarter's and the year to date's results. */
export function standardResults(input: TemplateInput): ParagraphNode[] {
  const { figures } = resolveFigures(input.figures, input.quarter)
  const has = reportedIn(figures, input.everyFigure ?? false)
  return [
    salesParagraph(input, has),
    quarterParagraph(has),
    yearToDateParagraph(input, has),
  ].filter((paragraph): paragraph is ParagraphNode => paragraph !== null)
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
    subheadline: rich.doc(
      rich.paragraph(rich.comparison('revenue', 'yearAgoQuarter', true, 'sentence')),
    ),
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
