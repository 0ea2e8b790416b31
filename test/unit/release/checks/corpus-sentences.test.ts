import { describe, expect, it } from 'vitest'
import type { Finding } from '../../../../renderer/src/release/checks/finding'
import { corpusReleaseFacts } from './corpus-facts'
import { checkText, errorsOf } from './helpers'

// Real sentences from published releases, read against the sample's figures: each once drew a
// false error, so each must get none (and its mistaken twin must still be caught).

describe('sentences of real releases the checker must leave alone', () => {
  it('reads "a 70% gross margin" as a margin level, not a change of sales', () => {
    // As EasyLink wrote of a segment: "…was approximately $10.4 million, with a 70% gross margin".
    for (const text of [
      'Revenue for the second quarter increased to $5.6 million, with a 70% gross margin.',
      'Second quarter sales were up, with a 70% gross margin.',
      'Second quarter sales were up, with a 15.2% adjusted operating margin.',
    ])
      expect(
        errorsOf(checkText(text)).map((entry) => entry.rule),
        text,
      ).toEqual([])
    expect(
      errorsOf(checkText('Second quarter sales increased 70% from the previous quarter.')),
    ).not.toEqual([])
  })
})

const rulesOf = (findings: readonly Finding[]): string[] =>
  errorsOf(findings).map((entry) => `${entry.rule} "${entry.quote}"`)

/** The errors on one paragraph of a corpus release, as "rule "quote"". */
function errorsIn(release: Parameters<typeof corpusReleaseFacts>[0], text: string): string[] {
  return rulesOf(checkText(text, corpusReleaseFacts(release)))
}

describe('real releases: a claim is about the noun it names', () => {
  it('reads "an increase in X" as said of X, not of the measure named before (EasyLink, Illinois Superconductor)', () => {
    expect(
      errorsIn(
        'easylink',
        'The decrease in year-over-year six-month revenue of approximately $0.9 million and the increase in year-over-year six-month gross profit margin of 0.5% resulted from the same events as described in the quarterly results above.',
      ),
    ).toEqual([])
    expect(
      errorsIn(
        'easylink',
        'The increase in year-over-year six-month revenue of approximately $0.9 million resulted from the same events.',
      ),
    ).toEqual(['direction "increase"'])
    expect(
      errorsIn(
        'illinois',
        'The increased operating loss reflects the decrease in net revenue and an increase in research and development costs and general and administrative costs during the quarter.',
      ),
    ).toEqual([])
    expect(
      errorsIn('illinois', 'The increased operating loss reflects an increase in net revenue.'),
    ).toEqual(['direction "increase"'])
  })

  it('leaves "an increase in shares outstanding" and an "apples-to-apples" figure alone (Pulitzer)', () => {
    const text =
      'Even though net income was up on a comparable basis, earnings per share were down because of an increase in shares outstanding due to the public offering of 1.35 million of shares in July 1993. Michael E. Pulitzer, chairman, president and chief executive officer, commented, “On an apples-to-apples basis, our third-quarter net income increased slightly, despite the fact that broadcasting was going against a very strong quarter in 1992.”'
    expect(errorsIn('pulitzer', text)).toEqual([])
    expect(errorsIn('pulitzer', 'Our third-quarter net income increased slightly.')).toEqual([
      'direction "increased"',
    ])
  })

  it('reads "a 5% decrease in Emerging Products revenue" as a product line, never the total (RealNetworks)', () => {
    const text =
      'Revenue trends in each of RealNetworks’ businesses in the fourth quarter of 2011 compared with the year-earlier quarter were: a 5% decrease in Emerging Products revenue.'
    expect(errorsIn('realnetworks', text)).toEqual([])
    expect(
      errorsIn(
        'realnetworks',
        'The fourth quarter brought a 12% decrease in revenue from the third quarter.',
      ),
    ).toEqual(['wrong-percent "12%"'])
  })

  it('leaves a claim alone when a new subject stands before its verb (Sevcon, Sharps)', () => {
    expect(
      errorsIn(
        'sevcon',
        'However, the weakness of the US dollar compared to European currencies accounted for a 6% increase in reported sales and underlying volumes were down 1%.',
      ),
    ).toEqual([])
    expect(
      errorsIn('sevcon', 'The weaker dollar added 6% to reported sales and sales were down 1%.'),
    ).toEqual(['direction "down"', 'wrong-percent "1%"'])
    const headline =
      'Quarterly revenue of $9.4 million increased 10% over the prior year third quarter Unused Medication solutions business increased 111%; represents over 20% of total Company billings Route-based business increased 15%'
    expect(errorsIn('sharps', headline)).toEqual([])
    expect(errorsIn('sharps', headline.replace('increased 10%', 'increased 15%'))).toEqual([
      'wrong-percent "15%"',
    ])
  })

  it('reads "adjusted earnings1" with its footnote digit as adjusted, and its per-share amount too (Patterson)', () => {
    const text =
      'Returned to EPS growth with fourth-quarter GAAP earnings of $0.30 per diluted share, up 30 percent, and adjusted earnings1 of $0.37 per diluted share, up 23 percent.'
    expect(errorsIn('patterson', text)).toEqual([])
    expect(
      errorsIn(
        'patterson',
        'Fourth-quarter GAAP earnings were $0.30 per diluted share, up 23 percent.',
      ),
    ).toEqual(['wrong-percent "23 percent"'])
  })
})

describe('real releases: the period and base the words give', () => {
  it('reads "from $461.0 million for the quarter ended June 30, 2022" as the previous quarter (MPS)', () => {
    const text =
      'Revenue was $495.4 million for the quarter ended September 30, 2022, a 7.5% increase from $461.0 million for the quarter ended June 30, 2022 and a 53.1% increase from $323.5 million for the quarter ended September 30, 2021.'
    expect(errorsIn('mpwr', text)).toEqual([])
    expect(errorsIn('mpwr', text.replace('a 7.5% increase', 'a 53.1% increase'))).toEqual([
      'wrong-percent "53.1%"',
    ])
  })

  it('reads a bullet whose amounts are the nine months’ as the nine months, heading or none (R.G. Barry)', () => {
    const bullet =
      'Net earnings rose 51.5 percent to $11.0 million, or $1.00 per diluted share, versus net earnings of $7.3 million, or $0.68 per diluted share, in the comparable period one year ago;'
    expect(errorsIn('rgbarry', `| · | ${bullet}`)).toEqual([])
    expect(errorsIn('rgbarry', `For the nine months: · ${bullet}`)).toEqual([])
    expect(errorsIn('rgbarry', bullet.replace('51.5 percent', '41.5 percent'))).toEqual([
      'wrong-percent "41.5 percent"',
    ])
  })

  it('reads a table’s "% increase (decrease)" column label as no direction (MTS)', () => {
    const row =
      'Revenue | $ | 232,209 | | | $ | 194,668 | | | $ | 668,436 | | | $ | 580,153 | | Revenue % increase (decrease)1 | 19.3 | % | | 0.5 | % | | 15.2 | % | | (1.1) | %'
    expect(errorsIn('mts', row)).toEqual([])
    expect(errorsIn('mts', 'Revenue decreased 19.3% from the same quarter last year.')).toEqual([
      'direction "decreased"',
    ])
  })
})

describe('real releases: scale and page furniture', () => {
  it('calls an amount the wrong scale only when it is the measure’s own value (MPS, RealNetworks)', () => {
    expect(errorsIn('mpwr', '• Litigation expense of $1.3 million to $1.7 million.')).toEqual([])
    expect(
      errorsIn(
        'realnetworks',
        'Foreign currency exchange rate fluctuations positively affected 2011 fourth quarter revenue by approximately $0.3 million compared with the year-ago quarter.',
      ),
    ).toEqual([])
    expect(errorsIn('mpwr', 'Revenue for the first nine months was $1.3 million.')).toEqual([
      'wrong-scale "$1.3 million"',
    ])
  })

  it('leaves an EDGAR image marker alone and still flags a placeholder (Illinois Superconductor)', () => {
    expect(
      errorsIn('illinois', '[ILLINOIS SUPERCONDUCTOR CORPORATION LOGO]  NEWS RELEASE'),
    ).toEqual([])
    for (const text of [
      '[LOGO] NEWS RELEASE',
      '[Insert company logo] NEWS RELEASE',
      '[COMPANY NAME] today reported',
    ])
      expect(errorsIn('illinois', text), text).toEqual([
        `leftover "${text.slice(0, text.indexOf(']') + 1)}"`,
      ])
  })
})

describe('the corpus rules still judge claims whose subject is the measure (the sample’s figures)', () => {
  it('lets the amount a claim reaches pin the period only when its words name none', () => {
    expect(rulesOf(checkText('Sales fell 15.6% to $9.2 million.'))).toEqual([])
    expect(rulesOf(checkText('Sales fell 25.6% to $9.2 million.'))).toEqual([
      'wrong-percent "25.6%"',
    ])
    expect(rulesOf(checkText('Second quarter sales fell 15.6% to $9.2 million.'))).toEqual([
      'direction "fell"',
      'wrong-percent "15.6%"',
    ])
  })

  it('reads "an increase in" a period or a comparison as said of the measure before', () => {
    const text =
      'Second quarter sales were $5.6 million, a 25% increase in comparison with the same quarter last year.'
    expect(rulesOf(checkText(text))).toEqual(['wrong-percent "25%"'])
    expect(rulesOf(checkText(text.replace('25%', '19%')))).toEqual([])
  })

  it('still judges a measure whose verb follows period words, adverbs or the company’s name', () => {
    for (const text of [
      'Sales for the quarter just completed increased 25% from the same quarter last year.',
      'Net sales for the three months ended March 31, 2006 increased 25%.',
      'Sales at IEC increased 25%.',
      'Our sales also increased 25% from the same quarter last year.',
    ])
      expect(rulesOf(checkText(text)), text).toEqual(['wrong-percent "25%"'])
  })
})
