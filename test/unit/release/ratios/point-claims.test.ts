import { describe, expect, it } from 'vitest'
import { paragraphPointClaims } from '../../../../renderer/src/release/checks/claims/point-claims'
import type { RatioClaimFacts } from '../../../../renderer/src/release/checks/claims/point-claims'
import { factsIndex } from '../../../../renderer/src/release/checks/claims/facts-index'
import { paragraphClaims } from '../../../../renderer/src/release/checks/claims/check-claims'
import type { Finding } from '../../../../renderer/src/release/checks/finding'
import { draftTextParagraph } from '../../../../renderer/src/release/checks/text-model'
import { Dec } from '../../../../renderer/src/release/decimal'
import { MEASURE_CATALOGUE } from '../../../../renderer/src/release/measure-catalogue'
import type { MeasureDefinition } from '../../../../renderer/src/release/measure-definition'
import type { PeriodKey } from '../../../../renderer/src/release/measures'
import { ratioLookup } from '../../../../renderer/src/release/ratio-parts'
import type { EnteredFigure } from '../../../../renderer/src/release/ratio-parts'
import type { ReleaseFacts } from '../../../../renderer/src/release/release-facts'
import { corpusReleaseFacts } from '../checks/corpus-facts'
import { sampleFacts } from '../checks/helpers'

type Rows = Readonly<Record<string, Partial<Record<PeriodKey, string>>>>

function typed(text: string): EnteredFigure {
  const decimals = /\.(\d+)$/.exec(text)?.[1]?.length ?? 0
  return { value: new Dec(text.replace(/,/g, '')), unit: new Dec(`1e-${decimals}`) }
}

function ratioFacts(rows: Rows, ratios: readonly MeasureDefinition[] = MEASURE_CATALOGUE): RatioClaimFacts {
  return {
    ratios: ratios.filter((entry) => entry.kind === 'ratio'),
    measures: ratios,
    values: ratioLookup(ratios, (id, period) => {
      const text = rows[id]?.[period]
      return text === undefined ? null : typed(text)
    }),
  }
}

function findingsOf(text: string, rows: Rows, facts: ReleaseFacts = sampleFacts(), ratios?: readonly MeasureDefinition[]): readonly Finding[] {
  return paragraphPointClaims(draftTextParagraph(text, 0), factsIndex(facts), ratioFacts(rows, ratios))
}

const short = (findings: readonly Finding[]): string[] =>
  findings.map((entry) => `${entry.severity} ${entry.rule} "${entry.quote}"`)

// The sample's quarter: gross margin 31.5% against 30.0% a year ago and 29.0% the previous quarter.
const MARGINS: Rows = { grossMargin: { quarter: '31.5', yearAgoQuarter: '30.0', previousQuarter: '29.0' } }

describe('stated changes in a margin that agree with the figures stay silent', () => {
  it('accepts points, basis points and levels however a release writes them', () => {
    for (const text of [
      'Gross margin improved 1.5 percentage points to 31.5% from 30.0% in the same quarter of fiscal 2005.',
      'Gross margin improved 150 basis points to 31.5%.',
      'Gross margin was 31.5%, up 1.5 percentage points from a year ago.',
      'Gross margin of 31.5%, compared to 30.0% in the second quarter of fiscal 2005.',
      'Gross margin increased 250 basis points from the previous quarter.',
      'Second quarter gross profit margin was 31.5%, an increase of 150 bps.',
      'Gross margin expanded 1.5 points to 31.5%.',
      'Gross margin was 32% for the quarter.',
      'Gross margin was up 150 bps from a year ago.',
    ])
      expect(short(findingsOf(text, MARGINS)), text).toEqual([])
  })

  it('judges a margin derived from gross profit and revenue when the margin itself is not entered', () => {
    const parts: Rows = {
      grossProfit: { quarter: '1,764,000', yearAgoQuarter: '1,410,000' },
      revenue: { quarter: '5,600,000', yearAgoQuarter: '4,700,000' },
    }
    expect(short(findingsOf('Gross margin improved 150 basis points to 31.5%.', parts))).toEqual([])
    const [found] = findingsOf('Gross margin improved 150 basis points to 32.5%.', parts)
    expect(found?.message).toBe('Gross margin for this quarter is, from its parts, 31.5%, not 32.5%.')
  })

  it('leaves alone margins the figures do not give: adjusted, a segment’s, guidance, and a margin with no figures', () => {
    for (const text of [
      'Adjusted gross margin improved 300 basis points.',
      'Aerospace gross margin improved 300 basis points.',
      'We expect gross margin to improve 300 basis points next year.',
      'GAAP gross margin between 58.1% and 58.7%.',
      'Gross margin was 31.5% and sales increased 19% from a year ago.',
    ])
      expect(short(findingsOf(text, MARGINS)), text).toEqual([])
    expect(findingsOf('Operating margin improved 300 basis points.', MARGINS)).toEqual([])
  })
})

describe('the recurring mistakes with a margin’s change', () => {
  it('points stated as a percent: "increased 5%" when the margin rose 1.5 points is a relative change', () => {
    const [found, ...rest] = findingsOf('Gross margin increased 5% from the same quarter last year.', MARGINS)
    expect(rest).toEqual([])
    expect(found).toMatchObject({ severity: 'error', rule: 'ratio-points', quote: '5%', expected: '1.5 percentage points' })
    expect(found?.message).toBe(
      'Gross margin rose 1.5 percentage points against the same quarter a year ago, from 30.0% to 31.5%. 5% is a relative change; in points it is 1.5.',
    )
    expect(found?.fix).toEqual({ kind: 'replace', text: '1.5 percentage points' })
  })

  it('a percent that is the points but reads as a relative change is a warning, offering points', () => {
    const [found] = findingsOf('Gross margin increased 1.5% from a year ago.', MARGINS)
    expect(found).toMatchObject({ severity: 'warning', rule: 'ratio-points', expected: '1.5 percentage points' })
  })

  it('offers basis points where the house style counts in basis points', () => {
    const facts = sampleFacts()
    const style = { ...facts.document.style, ratioChange: 'basisPoints' as const }
    const inBasisPoints = { ...facts, document: { ...facts.document, style } }
    const [found] = findingsOf('Gross margin increased 5% from a year ago.', MARGINS, inBasisPoints)
    expect(found?.expected).toBe('150 basis points')
  })

  it('the wrong number of points or basis points', () => {
    const [points] = findingsOf('Gross margin improved 2.0 percentage points from a year ago.', MARGINS)
    expect(points).toMatchObject({ severity: 'error', quote: '2.0 percentage points', expected: '1.5 percentage points' })
    expect(points?.message).toBe(
      'Gross margin rose 1.5 percentage points against the same quarter a year ago, from 30.0% to 31.5%, not 2.0 percentage points.',
    )
    // A company once printed a 500-basis-point margin expansion for 50.
    const [basis] = findingsOf('Gross margin improved 500 basis points from a year ago.', { grossMargin: { quarter: '31.5', yearAgoQuarter: '31.0' } })
    expect(basis).toMatchObject({ rule: 'ratio-points', expected: '50 basis points' })
  })

  it('the wrong direction, with the opposite verb offered', () => {
    const found = findingsOf('Gross margin declined 150 basis points from a year ago.', MARGINS)
    expect(short(found)).toEqual(['error ratio-points "declined"'])
    expect(found[0]?.fix).toEqual({ kind: 'replace', text: 'improved' })
    expect(found[0]?.message).toBe(
      'Gross margin rose 150 basis points against the same quarter a year ago, from 30.0% to 31.5%: \u201cdeclined\u201d says the opposite.',
    )
  })

  it('basis points off by a hundred, either way', () => {
    const [basis] = findingsOf('Gross margin improved 1.5 basis points from a year ago.', MARGINS)
    expect(basis).toMatchObject({ rule: 'ratio-points', expected: '150 basis points' })
    expect(basis?.message).toContain('1.5 basis points is the change in percentage points, written as basis points')
    const [points] = findingsOf('Gross margin improved 150 percentage points from a year ago.', MARGINS)
    expect(points).toMatchObject({ rule: 'ratio-points', expected: '150 basis points' })
  })

  it('a level that is not the margin’s, for this quarter and for the period compared with', () => {
    expect(short(findingsOf('Gross margin was 31.2% for the quarter.', MARGINS))).toEqual(['error ratio-level "31.2%"'])
    const [prior] = findingsOf('Gross margin of 31.5%, compared to 29.0% in the second quarter of fiscal 2005.', MARGINS)
    expect(prior).toMatchObject({ rule: 'ratio-level', quote: '29.0%', expected: '30.0%' })
    expect(prior?.message).toBe('Gross margin for the same quarter a year ago is 30.0%, not 29.0%.')
  })

  it('says nothing twice: where the sentence’s own rates show the percent is points, the points check speaks', () => {
    const text = 'Gross margin rose from 30.0% to 31.5%, an increase of 1.5%.'
    const existing = paragraphClaims(draftTextParagraph(text, 0), factsIndex(sampleFacts()))
    expect(short(existing)).toEqual(['error percentage-points "1.5%"'])
    expect(findingsOf(text, MARGINS)).toEqual([])
  })
})

describe('real releases’ sentences about margins', () => {
  it('Tech/Ops Sevcon: "gross margins, which were 36.4% of sales compared to 39.0%"', () => {
    const text =
      'The weakness of the US dollar negatively affected gross margins, which were 36.4% of sales compared to 39.0% in the first quarter of the prior year.'
    const rows = { grossMargin: { quarter: '36.4', yearAgoQuarter: '39.0' } }
    expect(findingsOf(text, rows, corpusReleaseFacts('sevcon'))).toEqual([])
    expect(short(findingsOf(text.replace('39.0%', '38.0%'), rows, corpusReleaseFacts('sevcon')))).toEqual(['error ratio-level "38.0%"'])
  })

  it('Sharps: "with gross margin of 24%, a decline from gross margin of 27%"', () => {
    const text =
      'Revenue in the third quarter of fiscal 2018 increased 10% to $9.4 million, as compared to revenue of $8.6 million in the same prior year quarter, with gross margin of 24%, a decline from gross margin of 27% in the third quarter of fiscal 2017.'
    const rows = { grossMargin: { quarter: '24', yearAgoQuarter: '27' } }
    expect(findingsOf(text, rows, corpusReleaseFacts('sharps'))).toEqual([])
    expect(short(findingsOf(text.replace('of 24%', 'of 25%'), rows, corpusReleaseFacts('sharps')))).toEqual(['error ratio-level "25%"'])
  })

  it('Monolithic Power: "GAAP gross margin was 58.7% …, compared with 57.6% …"', () => {
    const text =
      'GAAP gross margin was 58.7% for the quarter ended September 30, 2022, compared with 57.6% for the quarter ended September 30, 2021.'
    const rows = { grossMargin: { quarter: '58.7', yearAgoQuarter: '57.6' } }
    expect(findingsOf(text, rows, corpusReleaseFacts('mpwr'))).toEqual([])
    expect(short(findingsOf(text.replace('57.6%', '56.7%'), rows, corpusReleaseFacts('mpwr')))).toEqual(['error ratio-level "56.7%"'])
  })

  it('EasyLink: a 0.5-point rise written "0.5%" is a warning, never an error', () => {
    const text =
      'The decrease in year-over-year six-month revenue of approximately $0.9 million and the increase in year-over-year six-month gross profit margin of 0.5% resulted from the same events as described in the quarterly results above.'
    const rows = { grossMargin: { yearToDate: '71.3', yearAgoYearToDate: '70.8' } }
    expect(short(findingsOf(text, rows, corpusReleaseFacts('easylink')))).toEqual(['warning ratio-points "0.5%"'])
  })

  it('MTS: a user’s own net income margin agrees at 124 basis points; the adjusted EBITDA margin’s 96 is the real mistake', () => {
    const base = MEASURE_CATALOGUE.find((entry) => entry.id === 'grossMargin')
    if (base === undefined) throw new Error('The catalogue has no gross margin.')
    const netIncomeMargin: MeasureDefinition = {
      ...base,
      id: 'netIncomeMargin',
      inMessages: 'net income margin',
      words: { names: [String.raw`net\s+income\s+margins?`], profitNames: [], lossNames: [] },
      ratioOf: { numerator: 'netIncome', denominator: 'revenue' },
    }
    const ebitdaMargin: MeasureDefinition = {
      ...base,
      id: 'ebitdaMargin',
      inMessages: 'adjusted EBITDA margin',
      words: { names: [String.raw`adjusted\s+EBITDA\s+margins?`], profitNames: [], lossNames: [] },
      ratioOf: { numerator: 'adjustedEbitda', denominator: 'revenue' },
    }
    const ratios = [...MEASURE_CATALOGUE, netIncomeMargin, ebitdaMargin]
    // The table's figures, in whole dollars as a figures file stores them.
    const rows: Rows = {
      revenue: { quarter: '232,209,000', yearAgoQuarter: '194,668,000' },
      netIncome: { quarter: '13,585,000', yearAgoQuarter: '8,979,000' },
      adjustedEbitda: { quarter: '35,357,000', yearAgoQuarter: '27,782,000' },
    }
    const facts = corpusReleaseFacts('mts')
    expect(findingsOf('Net income margin of 5.9%, an increase of 124 basis points.', rows, facts, ratios)).toEqual([])
    const [found, ...rest] = findingsOf('Adjusted EBITDA margin of 15.2%, an increase of 96 basis points.', rows, facts, ratios)
    expect(rest).toEqual([])
    expect(found).toMatchObject({ severity: 'error', rule: 'ratio-points', quote: '96 basis points', expected: '95 basis points' })
  })

  it('Medical Action and MSA: a margin stated as a share of sales after its numerator', () => {
    const medical = { grossProfit: { quarter: '19,100,000' }, revenue: { quarter: '109,400,000' } }
    const text = 'The reported gross profit of $19.1 million, or 17.5% of net sales, represents a record result for the Company.'
    expect(findingsOf(text, medical)).toEqual([])
    expect(short(findingsOf(text.replace('17.5%', '18.5%'), medical))).toEqual(['error ratio-level "18.5%"'])
    // MSA's operating margins: 12.1% this quarter, 13.5% a year ago, each of its own quarter's sales.
    const msa = { operatingMargin: { quarter: '12.1', yearAgoQuarter: '13.5' } }
    const sentence =
      'GAAP operating income was $40 million or 12.1 percent of sales, compared to $40 million or 13.5 percent of sales in the same period a year ago.'
    expect(findingsOf(sentence, msa)).toEqual([])
    expect(short(findingsOf(sentence.replace('13.5 percent', '12.5 percent'), msa))).toEqual(['error ratio-level "12.5 percent"'])
    // Not a share of sales: left alone.
    expect(findingsOf('Gross profit rose 12.1% from a year ago.', msa)).toEqual([])
  })
})
