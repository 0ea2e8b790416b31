import { describe, expect, it } from 'vitest'
import { checkText, factsWith, ruleFindings } from './helpers'

// The sample: sales $5.6 million this quarter, $3.6 million the previous quarter (55.6% up),
// $4.7 million a year ago (19.1% up); $9.2 million for six months against $10.9 million (15.6% down).

describe('wrong percent', () => {
  it('flags a percent that fits no comparison, quoting it and giving the right one with two fixes', () => {
    const [found, ...rest] = ruleFindings(
      'wrong-percent',
      'Sales were 21% ahead of the same quarter in fiscal 2005.',
    )
    expect(rest).toEqual([])
    expect(found?.severity).toBe('error')
    expect(found?.quote).toBe('21%')
    expect(found?.location).toMatchObject({
      block: 'draft',
      paragraph: 0,
      start: 11,
      end: 14,
      inFreeText: true,
    })
    expect(found?.message).toBe('Sales were 19% ahead of the same quarter in fiscal 2005, not 21%.')
    expect(found?.fix).toEqual({ kind: 'replace', text: '19%' })
    expect(found?.fixes?.[1]).toEqual({
      kind: 'liveField',
      field: {
        kind: 'comparison',
        measure: 'revenue',
        pair: 'yearAgoQuarter',
        withSubject: false,
        textCase: 'asIs',
      },
      start: 6,
      end: 55,
    })
  })

  it('stays silent on the right percent, however it is written', () => {
    for (const text of [
      'Sales were 19% ahead of the same quarter in fiscal 2005.',
      'Second quarter sales increased 19 percent from a year ago.',
      'Revenue rose 19.1% over the prior year quarter and 56% sequentially.',
      'Sales for the first six months of fiscal 2006 declined 16% from the same period last year.',
      'Sales were up approximately 20% from the second quarter of fiscal 2005.',
    ]) {
      expect(ruleFindings('wrong-percent', text), text).toEqual([])
    }
  })

  it('holds decimals to their own precision', () => {
    expect(
      ruleFindings('wrong-percent', 'Sales increased 19.1% from the same quarter a year ago.'),
    ).toEqual([])
    expect(
      ruleFindings('wrong-percent', 'Sales increased 19.4% from the same quarter a year ago.')[0]
        ?.quote,
    ).toBe('19.4%')
  })

  it('allows "approximately" a point either side, but not more', () => {
    expect(
      ruleFindings('wrong-percent', 'Sales increased approximately 20% from a year ago.'),
    ).toEqual([])
    const [found] = ruleFindings(
      'wrong-percent',
      'Sales increased approximately 25% from a year ago.',
    )
    expect(found?.quote).toBe('approximately 25%')
    expect(found?.fix).toEqual({ kind: 'replace', text: 'approximately 19%' })
  })

  it('accepts any whole percent between the unrounded change and the one recomputed from the printed figures', () => {
    // $5,574,000 against $3,649,000 is 52.8%, but $5.6 million against $3.6 million reads as 55.6%.
    const facts = factsWith({ revenue: { quarter: '5574000', yearToDate: '9223000' } })
    for (const percent of ['53%', '54%', '55%', '56%'])
      expect(
        ruleFindings(
          'wrong-percent',
          `Sales increased ${percent} from the previous quarter.`,
          facts,
        ),
        percent,
      ).toEqual([])
    for (const percent of ['52%', '57%'])
      expect(
        ruleFindings(
          'wrong-percent',
          `Sales increased ${percent} from the previous quarter.`,
          facts,
        ),
        percent,
      ).toHaveLength(1)
  })

  it('flags the change of another period presented as this one', () => {
    const [found] = ruleFindings(
      'wrong-percent',
      'Sales increased 56% from the same quarter in fiscal 2005.',
    )
    expect(found?.quote).toBe('56%')
    expect(found?.message).toMatch(
      /^56% is the change against the previous quarter, not against the same quarter in fiscal 2005\. Sales were 19% ahead/,
    )
    expect(found?.fix).toEqual({ kind: 'replace', text: '19%' })
    expect(ruleFindings('wrong-percent', 'Sales increased 56% from the previous quarter.')).toEqual(
      [],
    )
  })

  it('flags a percent stated where income turned to loss, as no percent is meaningful', () => {
    const [found] = ruleFindings(
      'wrong-percent',
      'Net income decreased 330% from the same quarter a year ago.',
    )
    expect(found?.message).toMatch(
      /^No percent change is meaningful here.*swung to a net loss of \$\(168,000\) from a net income of \$73,000/,
    )
  })

  it('leaves levels and shares alone: a margin, a share of sales, a rate going from one level to another', () => {
    for (const text of [
      'Gross margin was 7.0% for the quarter.',
      'The medical sector accounted for 35% of sales.',
      'Sales to our largest customer were 12% of revenue, up from 9%.',
      'The tax rate was 38%.',
      'Operating expenses were 18.5% of sales, down from 20.1% in the prior year.',
      'Sales to the military and aerospace sector rose 40% and now represent 30% of total sales.',
    ]) {
      expect(ruleFindings('wrong-percent', text), text).toEqual([])
    }
  })
})

describe('forecasts', () => {
  it('leaves guidance alone: a forecast percent, amount or quarter is not a figure of this release', () => {
    const text =
      'For the third quarter of fiscal 2006, the Company expects revenue of $6 million to $7 million, an increase of 10% to 25% from the second quarter, and it expects to return to profitability in the fourth quarter.'
    expect(checkText(text)).toEqual([])
    // The same words stated as fact are checked.
    expect(
      checkText(
        'Third quarter revenue was $6.5 million, an increase of 25% from the second quarter.',
      ).map((entry) => entry.rule),
    ).toEqual(['stale-period', 'wrong-percent', 'unmatched-amount'])
  })
})

describe('overstated bound', () => {
  it('flags "more than" a percent the change does not reach, quoting the bound', () => {
    const [found] = ruleFindings(
      'overstated-bound',
      'Second quarter sales increased by more than 60% from the previous quarter.',
    )
    expect(found?.severity).toBe('error')
    expect(found?.quote).toBe('more than 60%')
    expect(found?.message).toBe(
      'Sales increased 56% from the previous quarter, which is not more than 60%.',
    )
    expect(found?.fix).toEqual({ kind: 'replace', text: 'more than 50%' })
  })

  it('stays silent on a bound below the change', () => {
    for (const bound of ['more than 50%', 'more than 55%', 'over 8.5%', 'in excess of 40%'])
      expect(
        ruleFindings('overstated-bound', `Sales increased by ${bound} from the previous quarter.`),
        bound,
      ).toEqual([])
    expect(
      ruleFindings(
        'overstated-bound',
        'Sales increased by more than 56% from the previous quarter.',
      ),
    ).toHaveLength(1)
  })

  it('does not call 50.0% "more than 50%"', () => {
    const facts = factsWith({ revenue: { quarter: '5400000', yearToDate: '9000000' } })
    expect(
      ruleFindings(
        'overstated-bound',
        'Sales increased by more than 50% from the previous quarter.',
        facts,
      ),
    ).toHaveLength(1)
    expect(
      ruleFindings(
        'overstated-bound',
        'Sales increased by more than 40% from the previous quarter.',
        facts,
      ),
    ).toEqual([])
  })

  it('flags "more than doubled" and "doubled" for a rise of 56%, and accepts them when sales more than doubled', () => {
    const [found] = ruleFindings(
      'overstated-bound',
      'Sales more than doubled from the previous quarter.',
    )
    expect(found?.quote).toBe('more than doubled')
    expect(found?.fix).toEqual({ kind: 'replace', text: 'increased by more than 50%' })
    expect(
      ruleFindings('overstated-bound', 'Sales doubled from the previous quarter.')[0]?.quote,
    ).toBe('doubled')
    const facts = factsWith({ revenue: { quarter: '8000000', yearToDate: '11000000' } })
    expect(
      ruleFindings('overstated-bound', 'Sales more than doubled from the previous quarter.', facts),
    ).toEqual([])
  })
})
