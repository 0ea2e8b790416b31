import { describe, expect, it } from 'vitest'
import { ruleFindings } from './helpers'

describe('amount that matches no figure', () => {
  it('warns on an amount that is no figure and no change between two, naming the closest', () => {
    // Not stated as the quarter's revenue ("was", "of"): the figures cannot say what it is.
    const [found, ...rest] = ruleFindings(
      'unmatched-amount',
      'Revenue included $5.8 million from new customers.',
    )
    expect(rest).toEqual([])
    expect(found?.severity).toBe('warning')
    expect(found?.quote).toBe('$5.8 million')
    expect(found?.message).toBe(
      '$5.8 million is not a figure of this release, nor a change between two of them; the closest is revenue for this quarter, $5.6 million.',
    )
  })

  it('accepts each figure at the precision it is written to, and the changes between figures', () => {
    for (const text of [
      'Revenue was $5.6 million, or $5,600,000.',
      'Revenue was $5.60 million, up $0.9 million from $4.7 million a year ago.',
      'The net loss was ($168,000), or ($.02) per share.',
      'The net loss was $(0.2) million.',
      'Revenue was approximately $5.55 million.',
      'Six-month revenue of $9.2 million was $1.7 million below last year.',
    ]) {
      expect(ruleFindings('unmatched-amount', text), text).toEqual([])
    }
    expect(ruleFindings('unmatched-amount', 'Revenue included $5.61 million.')).toHaveLength(1)
  })
})

describe('amount at the wrong scale', () => {
  it('flags millions printed as billions, with the right amount and a live field', () => {
    const [found] = ruleFindings('wrong-scale', 'Revenue was $5.6 billion for the quarter.')
    expect(found?.severity).toBe('error')
    expect(found?.quote).toBe('$5.6 billion')
    expect(found?.message).toBe(
      '$5.6 billion is at the wrong scale: revenue for this quarter, $5.6 million.',
    )
    expect(found?.fix).toEqual({ kind: 'replace', text: '$5.6 million' })
    expect(found?.fixes?.[1]).toMatchObject({
      kind: 'liveField',
      field: { kind: 'amount', measure: 'revenue', period: 'quarter' },
      start: 12,
      end: 24,
    })
    expect(ruleFindings('unmatched-amount', 'Revenue was $5.6 billion for the quarter.')).toEqual(
      [],
    )
  })

  it('flags thousands printed as millions, and not the right scale', () => {
    expect(ruleFindings('wrong-scale', 'The net loss was $168 million.')[0]?.expected).toBe(
      '$168,000',
    )
    expect(ruleFindings('wrong-scale', 'The net loss was $168 thousand.')).toEqual([])
    expect(ruleFindings('wrong-scale', 'Revenue was $5.6 million.')).toEqual([])
  })
})

describe('percent written for percentage points', () => {
  it('flags a change in a rate stated in percent, offering percentage points', () => {
    const [found, ...rest] = ruleFindings(
      'percentage-points',
      'Gross margin rose from 3.2% to 7.0%, an increase of 3.8%.',
    )
    expect(rest).toEqual([])
    expect(found?.severity).toBe('error')
    expect(found?.quote).toBe('3.8%')
    expect(found?.fix).toEqual({ kind: 'replace', text: '3.8 percentage points' })
    expect(found?.message).toMatch(
      /^From 3\.2% to 7\.0% is a change of 3\.8 percentage points, not 3\.8%/,
    )
  })

  it('flags basis points that are not the difference of the two rates', () => {
    const [found] = ruleFindings(
      'percentage-points',
      'Gross margin expanded 500 basis points to 7.0% from 6.5%.',
    )
    expect(found?.quote).toBe('500 basis points')
    expect(found?.fix).toEqual({ kind: 'replace', text: '50 basis points' })
    expect(
      ruleFindings(
        'percentage-points',
        'Gross margin expanded 3.8 percentage points, to 7.0% from 3.2%.',
      ),
    ).toEqual([])
  })

  it('stays silent on points that match, and on a percent that is the relative change of the rate', () => {
    for (const text of [
      'Gross margin rose from 3.2% to 7.0%, an increase of 3.8 percentage points.',
      'Gross margin expanded 50 basis points to 7.0% from 6.5%.',
      'Gross margin rose from 3.2% to 7.0%, or 119% in relative terms.',
    ]) {
      expect(ruleFindings('percentage-points', text), text).toEqual([])
      expect(ruleFindings('wrong-percent', text), text).toEqual([])
    }
  })
})
