import { describe, expect, it } from 'vitest'
import { checkText, factsWith, ruleFindings } from './helpers'

// The sample is the second quarter of fiscal 2006 (year ending in September): the quarter ended
// March 31, 2006, the release is dated April 20, 2006.

describe('stale period words', () => {
  it('flags a quarter that is neither this one nor the previous one as an error, with the corrected words', () => {
    const [found] = ruleFindings(
      'stale-period',
      'Information is at www.iec-electronics.com/3rd-quarter06release',
    )
    expect(found?.severity).toBe('error')
    expect(found?.quote).toBe('3rd-quarter06')
    expect(found?.message).toBe(
      '“3rd-quarter06” names the third quarter of fiscal 2006; this release is the second quarter of fiscal 2006.',
    )
    expect(found?.fix).toEqual({ kind: 'replace', text: '2nd-quarter06' })
    for (const [text, quote] of [
      ['Third quarter sales were strong.', 'Third quarter'],
      ['Q3 sales were strong.', 'Q3'],
      ['See our 3Q06 results.', '3Q06'],
      [
        'IEC announced results for the second quarter of fiscal 2004.',
        'second quarter of fiscal 2004',
      ],
    ] as const) {
      const [entry] = ruleFindings('stale-period', text)
      expect(entry?.quote, text).toBe(quote)
      expect(entry?.severity, text).toBe('error')
    }
  })

  it('flags the next quarter in a web address even in a forward-looking sentence', () => {
    const [found] = ruleFindings(
      'stale-period',
      'Results will be posted at www.iec-electronics.com/3rd-quarter06release',
    )
    expect(found?.severity).toBe('error')
  })

  it('accepts this quarter, the same quarter a year ago, and the previous quarter in a comparison', () => {
    for (const text of [
      'Information regarding IEC’s second quarter 2006 results is on its web site.',
      'Second quarter sales were 19% ahead of the second quarter of fiscal 2005.',
      'Sales increased 56% from the first quarter.',
      'Compared with Q1, sales were up 56%.',
      'Second quarter revenue was the highest since the fourth quarter of fiscal 2002.',
    ]) {
      expect(ruleFindings('stale-period', text), text).toEqual([])
    }
  })

  it('warns on the previous quarter named outside a comparison: left over from last quarter’s release?', () => {
    const [found] = ruleFindings('stale-period', 'First quarter sales were strong.')
    expect(found?.severity).toBe('warning')
    expect(found?.quote).toBe('First quarter')
  })

  it('flags a year-to-date span of another quarter as an error', () => {
    const [found] = ruleFindings(
      'stale-period',
      'Sales for the first nine months were $9.2 million.',
    )
    expect(found?.severity).toBe('error')
    expect(found?.quote).toBe('first nine months')
    expect(found?.message).toBe(
      '“first nine months” does not match this release: at the second quarter the year to date is the first six months.',
    )
    for (const text of [
      'Sales for the first six months were $9.2 million.',
      'For the three months ended March 31, 2006, sales were $5.6 million.',
      'We expect growth over the next nine months.',
    ]) {
      expect(ruleFindings('stale-period', text), text).toEqual([])
    }
    const thirdQuarter = factsWith({}, { quarter: 3 })
    expect(
      ruleFindings(
        'stale-period',
        'Sales for the first nine months were $9.2 million.',
        thirdQuarter,
      ),
    ).toEqual([])
  })

  it('warns on fiscal years other than this one and the last, dates the release does not report, and an old annual report', () => {
    expect(ruleFindings('stale-period', 'Sales for fiscal 2004 were lower.')[0]).toMatchObject({
      severity: 'warning',
      quote: 'fiscal 2004',
    })
    expect(
      ruleFindings('stale-period', 'For the quarter ended June 30, 2006, sales grew.')[0],
    ).toMatchObject({ severity: 'warning', quote: 'June 30, 2006' })
    expect(
      ruleFindings('stale-period', 'See the Company’s 2004 Annual Report on Form 10-K.')[0],
    ).toMatchObject({
      severity: 'warning',
      quote: '2004 Annual Report',
    })
    for (const text of [
      'Sales for fiscal 2005 were $20 million; fiscal year 2006 looks better.',
      'For the quarter ended March 31, 2006, compared with March 31, 2005 and December 31, 2005.',
      'Newark, NY – April 20, 2006 – IEC announced its results.',
      'The Company will host a conference call on April 21, 2006; a replay will be available until May 5, 2006.',
      'See the Company’s 2005 Annual Report on Form 10-K for the year ended September 30, 2005.',
    ]) {
      expect(ruleFindings('stale-period', text), text).toEqual([])
    }
  })
})

describe('draft leftovers', () => {
  it('flags placeholders, instructions and dummy text as errors, quoting each', () => {
    const cases: readonly (readonly [string, string])[] = [
      ['Net income was TBD.', 'TBD'],
      ['Revenue grew TK percent.', 'TK'],
      ['Revenue was $XX million.', 'XX'],
      ['W. Barry Gilbert said, “[insert quote]”', '[insert quote]'],
      ['Pending Larry quote', 'Pending Larry quote'],
      ['Insert CEO name here.', 'Insert CEO name here'],
      ['Lorem ipsum dolor sit amet.', 'Lorem ipsum'],
    ]
    for (const [text, quote] of cases) {
      const found = ruleFindings('leftover', text)
      expect(
        found.map((entry) => entry.quote),
        text,
      ).toEqual([quote])
      expect(found[0]?.severity).toBe('error')
    }
  })

  it('stays silent on ordinary words', () => {
    for (const text of [
      'The Company offers automated insertion of components, and we insert them by hand where needed.',
      'IEC Electronics Corp. (IECE.OB) is based in Newark, NY.',
      'Our Texas plant makes XXL parts.',
      'The pending order will ship next quarter.',
    ]) {
      expect(
        checkText(text).filter((entry) => entry.rule === 'leftover'),
        text,
      ).toEqual([])
    }
  })
})
