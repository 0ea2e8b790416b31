import { describe, expect, it } from 'vitest'
import { ruleFindings } from './helpers'

// The sample: sales up from a year ago and from the previous quarter, down for six months; a net
// loss of $(168,000) this quarter against $(48,000) the previous quarter (wider) and net income of
// $73,000 a year ago (a swing); EPS $(0.02) against $0.01.

describe('direction words that contradict the figures', () => {
  it('flags "decreased" for sales that rose, quoting the word and offering the opposite', () => {
    const [found, ...rest] = ruleFindings(
      'direction',
      'Sales decreased 19% from the same quarter in fiscal 2005.',
    )
    expect(rest).toEqual([])
    expect(found?.severity).toBe('error')
    expect(found?.quote).toBe('decreased')
    expect(found?.location).toMatchObject({ start: 6, end: 15 })
    expect(found?.message).toBe(
      'Sales were 19% ahead of the same quarter in fiscal 2005, so “decreased” is the wrong direction.',
    )
    expect(found?.fix).toEqual({ kind: 'replace', text: 'increased' })
  })

  it('stays silent when the word matches', () => {
    for (const text of [
      'Sales increased 19% from the same quarter in fiscal 2005.',
      'Sales were up 56% sequentially.',
      'Sales for the first six months of fiscal 2006 fell 16% from the first six months of fiscal 2005.',
      'Sales rose to $5.6 million from $4.7 million a year ago.',
      'Results Include Substantial Revenue Increase',
      'The start-up costs were higher, and sales are ahead of plan.',
    ]) {
      expect(ruleFindings('direction', text), text).toEqual([])
    }
  })

  it('flags a six-month rise that was a fall, and a move between the figures the sentence itself names', () => {
    expect(
      ruleFindings(
        'direction',
        'Sales for the first six months rose 16% from the first six months of fiscal 2005.',
      )[0]?.quote,
    ).toBe('rose')
    const [found] = ruleFindings('direction', 'Sales grew to $4.7 million from $5.6 million.')
    expect(found?.message).toBe(
      'The figures go from $5.6 million to $4.7 million, down, so “grew” is the wrong direction.',
    )
    expect(found?.fix).toEqual({ kind: 'replace', text: 'declined' })
  })

  it('reads "net loss increased" as a larger loss, and "narrowed" as a smaller one', () => {
    expect(ruleFindings('direction', 'The net loss increased from the previous quarter.')).toEqual(
      [],
    )
    expect(
      ruleFindings(
        'direction',
        'Net loss widened to $(168,000) from $(48,000) in the previous quarter.',
      ),
    ).toEqual([])
    expect(
      ruleFindings('direction', 'The net loss decreased from the previous quarter.')[0]?.quote,
    ).toBe('decreased')
    const [found] = ruleFindings(
      'direction',
      'Net loss narrowed to $(168,000) from $(48,000) in the previous quarter.',
    )
    expect(found?.quote).toBe('narrowed')
    expect(found?.fix).toEqual({ kind: 'replace', text: 'widened' })
    // Without signs the words carry them: a net loss of $168,000 from $48,000 is wider.
    expect(ruleFindings('direction', 'Net loss narrowed to $168,000 from $48,000.')[0]?.quote).toBe(
      'narrowed',
    )
  })

  it('ignores "up" and "down" that are not directions, and metrics the release has no figures for', () => {
    for (const text of [
      'Start-up costs weighed on the quarter, and we set up a new line.',
      'Gross margin declined from the previous quarter.',
      'Operating expenses decreased 5% from the previous quarter.',
    ]) {
      expect(ruleFindings('direction', text), text).toEqual([])
    }
  })
})

describe('result word of the wrong sign', () => {
  it('flags "net income of" a loss, quoting the words and offering "net loss"', () => {
    const [found, ...rest] = ruleFindings(
      'result-word',
      'The Company reported a net income of $(168,000) or $(0.02) per share for the quarter.',
    )
    expect(rest).toEqual([])
    expect(found?.severity).toBe('error')
    expect(found?.quote).toBe('net income')
    expect(found?.location).toMatchObject({ start: 23, end: 33 })
    expect(found?.message).toBe(
      'The result for this quarter is a net loss of $(168,000): write “net loss”, not “net income”.',
    )
    expect(found?.fix).toEqual({ kind: 'replace', text: 'net loss' })
  })

  it('flags it however the amount is written, and in "net income … was $X"', () => {
    expect(ruleFindings('result-word', 'Net income was $168,000 for the quarter.')[0]?.fix).toEqual(
      { kind: 'replace', text: 'Net loss' },
    )
    expect(
      ruleFindings(
        'result-word',
        'IEC’s net income for the first six months of fiscal 2006 was $216,000.',
      )[0]?.quote,
    ).toBe('net income')
    expect(
      ruleFindings('result-word', 'This compares to a net loss of $73,000 a year ago.')[0]?.fix,
    ).toEqual({
      kind: 'replace',
      text: 'net income',
    })
    expect(ruleFindings('result-word', 'Loss per share was $0.01 a year ago.')[0]?.fix).toEqual({
      kind: 'replace',
      text: 'Earnings per share',
    })
  })

  it('stays silent on the right words', () => {
    for (const text of [
      'The Company sustained a net loss of $(168,000) or $(0.02) per share on revenue of $5.6 million.',
      'This compares to a net income of $73,000 or $0.01 per share for the same quarter a year ago.',
      'IEC’s net loss for the first six months of fiscal 2006 was $(216,000) or $(0.03) per share.',
      'Net income increased $50,000 to $123,000.',
      'Earnings per share were $0.01 a year ago.',
    ]) {
      expect(ruleFindings('result-word', text), text).toEqual([])
    }
  })
})
