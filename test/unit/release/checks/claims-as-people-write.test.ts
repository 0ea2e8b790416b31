import { describe, expect, it } from 'vitest'
import { claimWork } from '../../../../renderer/src/release/checks/claims/check-claims'
import { checkDraftText } from '../../../../renderer/src/release/checks/check-release'
import { checkText, errorsOf, factsWith, sampleFacts } from './helpers'

// The sample: sales $5.6 million (previous quarter $3.6 million, a year ago $4.7 million; six
// months $9.2 million against $10.9 million); a net loss of $(168,000) against a net income of
// $73,000 a year ago; diluted EPS $(0.02) against $0.01.

const errorQuotes = (text: string, facts = sampleFacts()): string[] =>
  errorsOf(checkText(text, facts)).map((entry) => `${entry.rule} ${entry.quote}`)

describe('false claims the figures contradict are errors', () => {
  it('checks a bound on a decrease against the base the words name', () => {
    const [found] = errorsOf(
      checkText('Sales for the first six months decreased by more than 20%.'),
    )
    expect(found?.rule).toBe('overstated-bound')
    expect(found?.message).toBe(
      'Sales decreased 16% from the first six months of fiscal 2005, which is not more than 20%.',
    )
    expect(found?.fix).toEqual({ kind: 'replace', text: 'more than 10%' })
  })

  it('calls a sequential percent stated as year over year an error naming the base it fits', () => {
    const [found] = errorsOf(checkText('Sales rose 56% year over year.'))
    expect(found?.quote).toBe('56%')
    expect(found?.message).toContain('56% is the change against the previous quarter')
    expect(found?.fix).toEqual({ kind: 'replace', text: '19%' })
  })

  it('reads an unstated base as the same quarter a year ago', () => {
    expect(errorQuotes('Sales increased 56% to $5.6 million.')).toEqual(['wrong-percent 56%'])
    expect(errorQuotes('Sales increased 19% to $5.6 million.')).toEqual([])
  })

  it('catches a loss where the figures show a profit, and a dropped sign, in a stated move', () => {
    expect(errorQuotes('Net loss widened to $168,000 from $73,000 a year ago.')).toEqual([
      'amount-sign $73,000',
    ])
    const rose = errorsOf(checkText('Diluted EPS rose to $0.02 from $0.01 a year ago.'))
    expect(rose.map((entry) => `${entry.rule} ${entry.quote}`).sort()).toEqual([
      'amount-sign $0.02',
      'direction rose',
    ])
    expect(rose.find((entry) => entry.rule === 'direction')?.fix).toEqual({
      kind: 'replace',
      text: 'fell',
    })
    // "Fell" is right (a loss of $0.02 is below a profit of $0.01): no "rose" is offered.
    const fell = errorsOf(checkText('EPS fell to $0.02 from $0.01.'))
    expect(fell.map((entry) => `${entry.rule} ${entry.quote}`)).toEqual(['amount-sign $0.02'])
    expect(fell[0]?.fix).toEqual({ kind: 'replace', text: '$(0.02)' })
    expect(errorQuotes('Diluted EPS fell to $(0.02) from $0.01 a year ago.')).toEqual([])
  })

  it('calls a loss "net income" and an amount ten times too large errors, not warnings', () => {
    expect(errorQuotes('Net income was $1.68 million for the quarter.').sort()).toEqual([
      'result-word Net income',
      'wrong-scale $1.68 million',
    ])
  })

  it('checks "flat" and "unchanged" against the change', () => {
    expect(errorQuotes('Sales were essentially flat with the previous quarter.')).toEqual([
      'flat essentially flat',
    ])
    const flat = factsWith({ revenue: { quarter: '4720000', yearToDate: '8320000' } })
    expect(errorQuotes('Sales were flat with a year ago.', flat)).toEqual([])
  })

  it('calls another quarter in "announced results for" an error', () => {
    const [found] = errorsOf(
      checkText('IEC today announced results for the first quarter of fiscal 2006.'),
    )
    expect(found?.rule).toBe('stale-period')
    expect(found?.fix).toEqual({ kind: 'replace', text: 'second quarter of fiscal 2006' })
  })

  it('judges a percent against the amounts its sentence states', () => {
    expect(errorQuotes('Sales increased by 5% to $8,266,000 compared with $7,821,000.')).toEqual([
      'wrong-percent 5%',
    ])
    expect(errorQuotes('Sales increased by 6% to $8,266,000 compared with $7,821,000.')).toEqual([])
  })
})

describe('true sentences get no error', () => {
  it('leaves parts of a measure alone', () => {
    for (const text of [
      'Aerospace sales rose 40%.',
      'Organic sales rose 40% from a year ago.',
      'Comparable-store sales decreased 6%.',
      'Adjusted EPS was $0.30, up 25%.',
      'Net income from continuing operations rose 12%.',
      'Sales excluding the acquisition rose 3%.',
      'Non-GAAP net income increased 30% from the prior year.',
      'EBITDA grew 10%.',
    ])
      expect(errorQuotes(text), text).toEqual([])
  })

  it('allows any percent the rounded figures allow', () => {
    // $4.5 million and $4.1 million, each known to $100,000, allow 7.2% to 12.3% (9.8% at face value).
    expect(errorQuotes('Sales increased 9% to $4.5 million from $4.1 million.')).toEqual([])
    expect(errorQuotes('Sales increased 12% to $4.5 million from $4.1 million.')).toEqual([])
    const [found] = errorsOf(checkText('Sales increased 14% to $4.5 million from $4.1 million.'))
    expect(found?.message).toBe(
      'From $4.1 million to $4.5 million is a change of 9.76% (7.2% to 12.3% within the amounts’ rounding), not 14%.',
    )
  })

  it('reads table amounts under "(in thousands)" at that scale', () => {
    const findings = checkDraftText(
      ['Condensed statement of operations (in thousands)', 'Net sales $ 5,600 $ 4,700'],
      sampleFacts(),
    )
    expect(findings).toEqual([])
  })

  it('leaves past and future quarters in the narrative and in quotes alone', () => {
    for (const text of [
      'During the second quarter of last year, a customer delayed its orders.',
      'We are confident about the fourth quarter.',
      'Sales in the second quarter of fiscal 2004 were lower.',
    ])
      expect(checkText(text), text).toEqual([])
  })
})

describe('numbers as people write them', () => {
  it('reads percents with a space, in words and hyphenated', () => {
    for (const [text, quote] of [
      ['Sales increased 12 % from a year ago.', '12 %'],
      ['Sales increased six percent from a year ago.', 'six percent'],
      ['Sales increased by an eleven-percent from a year ago.', 'eleven-percent'],
    ] as const)
      expect(errorQuotes(text), text).toEqual([`wrong-percent ${quote}`])
    expect(errorQuotes('Sales rose nineteen percent from a year ago.')).toEqual([])
  })

  it('reads cents and negative amounts as per-share amounts with their sign', () => {
    expect(errorQuotes('The net loss was 2 cents per share.')).toEqual([])
    // One cent is the profit of the same quarter a year ago; this quarter's loss was two cents.
    expect(errorQuotes('Diluted loss per share was one cent.')).toEqual(['wrong-amount one cent'])
    expect(errorQuotes('Diluted EPS rose to negative $0.02 from $0.01.')).toEqual([
      'direction rose',
    ])
  })
})

describe('linear in the length of the text', () => {
  const sentence =
    'Sales increased 19% from the same quarter in fiscal 2005 to $5.6 million, and the net loss was $(168,000) or $(0.02) per share. '

  function workFor(text: string): number {
    claimWork.count = 0
    checkDraftText([text], sampleFacts())
    return claimWork.count
  }

  it('does at most twice the work on twice the text', () => {
    const once = workFor(sentence.repeat(500))
    const twice = workFor(sentence.repeat(1000))
    expect(once).toBeGreaterThan(0)
    expect(twice).toBeLessThanOrEqual(2 * once)
  }, 60_000)

  it('says so, rather than hanging, on a sentence too long to read, and reads the rest', () => {
    const long = 'sales rose 19% and 21% to $5.6 million from $4.7 million, '.repeat(10_000)
    claimWork.count = 0
    const findings = checkDraftText(
      [`${long}. Sales were 21% ahead of the same quarter in fiscal 2005.`],
      sampleFacts(),
    )
    expect(findings.map((entry) => entry.rule)).toEqual(['wrong-percent', 'long-sentence'])
    expect(findings[1]?.message).toContain('580,001 characters long')
    // A step per token, far fewer than one per character: the long sentence's tokens are handed out, never compared pairwise.
    expect(claimWork.count).toBeLessThan(long.length / 5)
  }, 60_000)
})
