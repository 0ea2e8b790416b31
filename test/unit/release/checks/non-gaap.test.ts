import { describe, expect, it } from 'vitest'
import { checkRelease } from '../../../../renderer/src/release/checks/check-release'
import type { Finding } from '../../../../renderer/src/release/checks/finding'
import { nonGaapFindings } from '../../../../renderer/src/release/checks/non-gaap'
import { draftTextParagraph } from '../../../../renderer/src/release/checks/text-model'
import type { ReleaseDocument } from '../../../../renderer/src/release/document-schema'
import { MEASURE_CATALOGUE } from '../../../../renderer/src/release/measure-catalogue'
import type { MeasureDefinition } from '../../../../renderer/src/release/measure-definition'
import { rich } from '../../../../renderer/src/release/narrative-builders'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import { sampleRelease } from './helpers'
import { textLocation } from '../../../../renderer/src/release/checks/finding'

/** The Regulation G findings on a draft, one paragraph a string. */
function findingsOn(...paragraphs: string[]): readonly Finding[] {
  return nonGaapFindings(
    paragraphs.map((text, index) => draftTextParagraph(text, index)),
    MEASURE_CATALOGUE,
  )
}

const quotes = (findings: readonly Finding[]): string[] =>
  findings.map((entry) => `¶${(textLocation(entry.location)?.paragraph ?? -1) + 1} "${entry.quote}"`)

describe('Regulation G: a non-GAAP measure stated before its GAAP measure is an error', () => {
  it('fires on adjusted EPS leading, with GAAP EPS only in a later paragraph, and says what to state', () => {
    const found = findingsOn(
      'Acme Reports Adjusted EPS of $0.50',
      'Acme today reported net income of $4.2 million, or $0.42 per diluted share. Diluted EPS was $0.42.',
    )
    expect(quotes(found)).toEqual(['¶1 "Adjusted EPS"'])
    expect(found[0]?.severity).toBe('error')
    expect(found[0]?.rule).toBe('non-gaap-prominence')
    expect(found[0]?.message).toBe(
      'Adjusted diluted EPS, a non-GAAP measure, comes before diluted EPS, which the release states only later, in paragraph 2 (“$0.42 per diluted share”). State diluted EPS of $0.42 before adjusted diluted EPS, with equal or greater prominence (Regulation G; Regulation S-K Item 10(e)(1)(i)(A)).',
    )
  })

  it('fires on "adjusted EBITDA of $X" when the release never states net income', () => {
    const found = findingsOn(
      'Revenue was $80.2 million, up 4%.',
      'Adjusted EBITDA of $3.8 million, compared with $2.1 million a year ago.',
    )
    expect(quotes(found)).toEqual(['¶2 "Adjusted EBITDA"'])
    expect(found[0]?.message).toBe(
      'The release gives adjusted EBITDA, a non-GAAP measure, but never states net income (loss). State net income (loss) before adjusted EBITDA, with equal or greater prominence, and reconcile the two (Regulation G; Regulation S-K Item 10(e)(1)(i)(A)).',
    )
  })

  it('fires when the GAAP measure comes later in the same sentence', () => {
    const found = findingsOn(
      'Adjusted net income was $2.1 million, compared with GAAP net income of $1.8 million.',
    )
    expect(quotes(found)).toEqual(['¶1 "Adjusted net income"'])
    expect(found[0]?.message).toContain(
      'which the release states only later in the same sentence (“net income”). State net income (loss) of $1.8 million before adjusted net income (loss)',
    )
  })

  it('fires when the GAAP measure is only in a table and the non-GAAP one in the text', () => {
    const found = findingsOn(
      'Adjusted EBITDA rose 12% to $12.0 million.',
      'Net income | 3,585 | 2,979',
      'Adjusted EBITDA | 12,013 | 10,725',
    )
    expect(quotes(found)).toEqual(['¶1 "Adjusted EBITDA"'])
    expect(found[0]?.message).toBe(
      'The release gives adjusted EBITDA, a non-GAAP measure, in its text but states net income (loss) only in a table. State net income (loss) in the text before adjusted EBITDA, with equal or greater prominence (Regulation G; Regulation S-K Item 10(e)(1)(i)(A); SEC staff C&DI 102.10).',
    )
  })

  it('reads "adjusted X" and "non-GAAP X" for any GAAP measure, listed as a figure or not', () => {
    expect(quotes(findingsOn('Non-GAAP operating income was $193.7 million.'))).toEqual([
      '¶1 "Non-GAAP operating income"',
    ])
    expect(quotes(findingsOn('Adjusted gross margin improved to 41.2%.'))).toEqual([
      '¶1 "Adjusted gross margin"',
    ])
    expect(quotes(findingsOn('Adjusted sales rose 6%.', 'Sales rose 4% to $1.4 billion.'))).toEqual(
      ['¶1 "Adjusted sales"'],
    )
    expect(findingsOn('Adjusted sales rose 6%.')[0]?.message).toContain('never states revenue')
  })

  it('does not take "the earnings call" for net income, nor "adjusted cash flow" for cash', () => {
    const found = findingsOn(
      'Management will discuss the results on its earnings call today.',
      'Adjusted EBITDA was $5.0 million.',
    )
    expect(found[0]?.message).toContain('never states net income (loss)')
    expect(findingsOn('Adjusted cash flow from operations was $12.0 million.')).toEqual([])
  })

  it('reads a user’s own non-GAAP measure by its words, and leaves one that reconciles to nothing known alone', () => {
    const netIncome = MEASURE_CATALOGUE.find((measure) => measure.id === 'netIncome')
    if (netIncome === undefined) throw new Error('the catalogue has no net income')
    const coreEarnings: MeasureDefinition = {
      ...netIncome,
      id: 'coreEarnings',
      label: 'Core earnings',
      shortLabel: 'Core earnings',
      inMessages: 'core earnings',
      words: { names: [String.raw`core\s+earnings`], profitNames: [], lossNames: [] },
      gaap: false,
      reconcilesTo: 'netIncome',
    }
    const text = [draftTextParagraph('Core earnings rose 9% to $12.4 million.', 0)]
    const found = nonGaapFindings(text, [...MEASURE_CATALOGUE, coreEarnings])
    expect(found.map((entry) => entry.quote)).toEqual(['Core earnings'])
    expect(found[0]?.message).toContain(
      'The release gives core earnings, a non-GAAP measure, but never states net income (loss).',
    )
    const unknown = { ...coreEarnings, reconcilesTo: 'operatingCashFlow' }
    expect(nonGaapFindings(text, [...MEASURE_CATALOGUE, unknown])).toEqual([])
  })

  it('reports each non-GAAP measure once, at its first mention', () => {
    const found = findingsOn(
      'Adjusted EBITDA was $5.0 million.',
      'Adjusted EBITDA rose 8%. Adjusted EPS was $0.30.',
    )
    expect(quotes(found)).toEqual(['¶1 "Adjusted EBITDA"', '¶2 "Adjusted EPS"'])
  })

  it('points at the non-GAAP words, so the editor can mark them', () => {
    const [found] = findingsOn('In the quarter, adjusted EBITDA was $5.0 million.')
    expect(found?.location).toMatchObject({
      block: 'draft',
      paragraph: 0,
      textStart: 16,
      textEnd: 31,
      inFreeText: true,
    })
  })
})

describe('Regulation G: a release that leads with GAAP figures passes', () => {
  it('leaves GAAP-first sentences of real releases alone (MSA, Patterson, MPWR, RealNetworks, Medical Action, Fortune, MTS)', () => {
    // Verbatim, in their releases' order.
    const real = [
      [
        'Strong revenue growth, improvements in productivity and U.S. Tax Reform drive GAAP earnings growth of 5 percent and adjusted earnings growth of 27 percent',
        'GAAP operating income was $40 million or 12.1 percent of sales, compared to $40 million or 13.5 percent of sales in the same period a year ago. Adjusted operating income increased 20 percent to $57 million or 17.2 percent of sales, compared to $47 million or 16.0 percent of sales in the same period a year ago.',
        'Mr. Vartanian continued, "It\'s encouraging to see both the step-change in profitability and improvements in free cash flow." The company\'s adjusted operating margin increased 120 basis points',
      ],
      [
        '• Returned to EPS growth with fourth-quarter GAAP earnings of $0.30 per diluted share, up 30 percent, and adjusted earnings1 of $0.37 per diluted share, up 23 percent.',
        'Internal sales, which are adjusted for the effects of currency translation and changes in product selling relationships, increased 4.1 percent.',
      ],
      [
        '- GAAP gross margin was 58.7% for the quarter ended September 30, 2022, compared with 57.6% for the quarter ended September 30, 2021.',
        '- Non-GAAP gross margin (1) was 59.0% for the quarter ended September 30, 2022, excluding the impact of $1.2 million for stock-based compensation expense.',
        '- GAAP operating income was $151.9 million for the quarter ended September 30, 2022, compared with $77.1 million for the quarter ended September 30, 2021.',
        '- Non-GAAP operating income (1) was $193.7 million for the quarter ended September 30, 2022.',
      ],
      [
        '• Revenue of $80.2 million',
        '• Net loss of $(2.8) million or $(0.08) per share',
        '• Adjusted EBITDA of $3.8 million',
      ],
      [
        'On a GAAP basis, the Company reported a net loss of $55.5 million or $3.39 per diluted share, compared to reported net income of $1.8 million or $0.11 per diluted share for the same period of fiscal 2012.',
        'On a non-GAAP basis, the Company generated non-GAAP net income (before a goodwill impairment charge and certain professional fees) of $1.6 million (1)or $0.10 (1) per diluted share for the third quarter',
      ],
      [
        'Net income available to common stock shareholders for the third quarter ended March 31, 2012 was $0.197 million or $0.01 per share fully diluted.',
        'The Company reported EBITDA of $0.683 million for the third quarter ended March 31, 2012, as compared to EBITDA of $0.559 million for the second quarter ended December 31, 2011 representing a $0.124 million increase.',
      ],
      [
        '- Net income margin of 5.9%, an increase of 124 basis points',
        '- Adjusted EBITDA margin of 15.2%, an increase of 96 basis points',
        'Diluted earnings per share | 0.70 |',
        'Adjusted diluted earnings per share 2 | 0.71 |',
      ],
    ]
    for (const release of real) expect(quotes(findingsOn(...release)), release[0]).toEqual([])
  })

  it('does not take "seasonally adjusted", "risk-adjusted" or a per-share charge for the measures', () => {
    expect(
      findingsOn('Seasonally adjusted sales rose 2%.', 'Risk-adjusted returns improved.'),
    ).toEqual([])
    // A charge "per share" is not GAAP EPS: Valspar's adjusted EPS still needs it stated first.
    const found = findingsOn(
      'Adjusted net income per share was $0.42, which excludes a $0.13 per share charge.',
      'Reported earnings per share were $0.35.',
    )
    expect(found[0]?.message).toContain('(“earnings per share”). State diluted EPS of $0.35')
  })

  it('fires on the real Valspar headline that leads with adjusted EPS, and not on its body once GAAP EPS is stated', () => {
    const headline =
      '• | Fourth-Quarter Adjusted Net Income per Share Increases 10.5 percent from 2007 |'
    const body =
      'Fourth-quarter sales totaled $923.2 million. Net income for the fourth quarter was $38.9 million. Fourth-quarter reported earnings per share in 2008 were $0.35.'
    expect(quotes(findingsOn(headline, body))).toEqual(['¶1 "Adjusted Net Income per Share"'])
    expect(findingsOn(body, headline)).toEqual([])
  })
})

function sampleWith(headline: string, safeHarbor?: string): ReleaseDocument {
  const sample = sampleRelease()
  return {
    ...sample,
    narrative: {
      ...sample.narrative,
      headline: rich.doc(rich.paragraph(headline)),
      ...(safeHarbor === undefined ? {} : { safeHarbor: rich.doc(rich.paragraph(safeHarbor)) }),
    },
  }
}

const regG = (document: ReleaseDocument): readonly Finding[] =>
  checkRelease(releaseFacts(document)).filter((entry) => entry.rule === 'non-gaap-prominence')

describe('Regulation G in checkRelease', () => {
  it('finds nothing in the sample release', () => {
    expect(regG(sampleRelease())).toEqual([])
  })

  it('fires on a headline that gives adjusted EPS before the results state diluted EPS', () => {
    const found = regG(sampleWith('IEC Reports Adjusted EPS of $0.01 for the Second Quarter'))
    expect(found.map((entry) => [textLocation(entry.location)?.block, entry.quote])).toEqual([
      ['headline', 'Adjusted EPS'],
    ])
    expect(found[0]?.message).toMatch(
      /^The headline gives adjusted diluted EPS, a non-GAAP measure, but diluted EPS comes only later, in paragraph 2 of the results \(“\$\(0\.02\) per share”\)\. State diluted EPS of \$\(0\.02\) in the headline before adjusted diluted EPS, or take adjusted diluted EPS out of it \(Regulation G; Regulation S-K Item 10\(e\)\(1\)\(i\)\(A\); SEC staff C&DI 102\.10\)\.$/,
    )
  })

  it('leaves a headline with GAAP EPS first, and the safe harbor’s mention of non-GAAP measures, alone', () => {
    expect(
      regG(
        sampleWith(
          'IEC Reports Diluted EPS of $(0.02) and Adjusted EPS of $0.01',
          'This release refers to adjusted EBITDA, a non-GAAP measure.',
        ),
      ),
    ).toEqual([])
  })
})
