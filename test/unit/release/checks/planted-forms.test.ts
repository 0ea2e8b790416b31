import { describe, expect, it } from 'vitest'
import type { ReleaseFacts } from '../../../../renderer/src/release/release-facts'
import { checkText, errorsOf, factsWith, sampleFacts } from './helpers'

// The planted mistakes of the eval (test/fixtures/claims/planted.json) the checker once missed,
// each with its true twin. The sample: a net loss of $(168,000), $(0.02) per diluted share, this
// quarter; $(0.03) for the six months; a profit of $0.01 a year ago and $0.02 for last year's six months.

/** The errors about the typed words (not the figures' own problems), as "rule quote". */
const claimErrors = (text: string, facts: ReleaseFacts = sampleFacts()): string[] =>
  errorsOf(checkText(text, facts))
    .filter((entry) => entry.location !== null)
    .map((entry) => `${entry.rule} ${entry.quote}`)

// Sevcon's first quarter of fiscal 2007: net income $88,000, $.03 a share, against $160,000 and $.05.
const sevcon2007 = (): ReleaseFacts =>
  factsWith({
    netIncome: { quarter: '88000', yearAgoQuarter: '160000' },
    dilutedEps: { quarter: '0.03', yearAgoQuarter: '0.05' },
  })

// Paramount's first quarter of fiscal 1992: 16 cents a share, against a loss of 6 cents.
const paramount = (): ReleaseFacts =>
  factsWith({
    netIncome: { quarter: '18400000', yearAgoQuarter: '-7300000' },
    dilutedEps: { quarter: '0.16', yearAgoQuarter: '-0.06' },
  })

describe('per-share amounts in cents are judged against the figure of the period they name', () => {
  it('calls the six months’ loss per share stated for the quarter an error, with the quarter’s', () => {
    const text = 'The net loss for the quarter was 3 cents per diluted share.'
    const [found] = errorsOf(checkText(text))
    expect(found?.rule).toBe('wrong-amount')
    expect(found?.quote).toBe('3 cents')
    expect(found?.message).toBe(
      'Diluted EPS for this quarter is $(0.02) per share, a loss, not 3 cents. 3 cents is the figure for year to date.',
    )
    expect(found?.fix).toEqual({ kind: 'replace', text: '2 cents' })
    expect(claimErrors(text.replace('3 cents', '2 cents'))).toEqual([])
  })

  it('calls "earnings" of 2 cents an error when the quarter lost 2 cents', () => {
    expect(claimErrors('Diluted earnings per share were 2 cents for the quarter.')).toEqual([
      'result-word Diluted earnings per share',
    ])
    expect(
      claimErrors('Diluted results were a loss of 2 cents per share for the quarter.'),
    ).toEqual([])
  })

  it('reads the per-share amount after a result as that result’s, for the same period', () => {
    const text = 'Net income for the quarter was $88,000, or 5 cents per diluted share.'
    expect(claimErrors(text, sevcon2007())).toEqual(['wrong-amount 5 cents'])
    expect(claimErrors(text.replace('5 cents', '3 cents'), sevcon2007())).toEqual([])
  })

  it('judges a loss a year earlier against the year-ago figure, as an error, not a warning', () => {
    const text =
      'Net earnings were 16 cents per share, compared with a loss of 9 cents per share a year earlier.'
    expect(claimErrors(text, paramount())).toEqual(['wrong-amount 9 cents'])
    expect(claimErrors(text.replace('9 cents', '6 cents'), paramount())).toEqual([])
  })
})

describe('numbers as people write them', () => {
  it('reads "$(.03)", "negative $0.04" and "three cents" with their sign', () => {
    expect(claimErrors('The net loss per diluted share was $(.03) for the quarter.')).toEqual([
      'wrong-amount $(.03)',
    ])
    const [paren] = errorsOf(
      checkText('The net loss per diluted share was $(.03) for the quarter.'),
    )
    expect(paren?.fix).toEqual({ kind: 'replace', text: '$(.02)' })
    expect(claimErrors('The net loss per diluted share was $(.02) for the quarter.')).toEqual([])
    expect(claimErrors('Diluted EPS was negative $0.04 for the quarter.')).toEqual([
      'wrong-amount $0.04',
    ])
    expect(claimErrors('Diluted EPS was negative $0.02 for the quarter.')).toEqual([])
    const cents = 'The company reported a loss of three cents per diluted share for the quarter.'
    expect(claimErrors(cents)).toEqual(['wrong-amount three cents'])
    expect(claimErrors(cents.replace('three', 'two'))).toEqual([])
  })

  it('calls a loss per share written without its sign an error, with the sign as the fix', () => {
    const [found] = errorsOf(checkText('Diluted EPS was $0.02 for the quarter.'))
    expect(found?.rule).toBe('amount-sign')
    expect(found?.fix).toEqual({ kind: 'replace', text: '$(0.02)' })
  })
})

describe('an amount stated as a known figure', () => {
  it('calls net income that matches no figure an error where the quarter’s result is known', () => {
    expect(claimErrors('Net income was $250,000 for the quarter.')).toEqual([
      'wrong-amount $250,000',
    ])
    // Income from continuing operations is another measure, with no figure here.
    expect(claimErrors('Income from continuing operations was $250,000 for the quarter.')).toEqual(
      [],
    )
  })

  it('leaves a year-ago figure alone when the words name that year, and the prior period alone when they do not', () => {
    for (const text of [
      'The net loss was $(168,000), or $(0.02) per share, compared with net income of $73,000, or $0.01 per share, a year ago.',
      'Net income was $73,000 in the second quarter of fiscal 2005.',
      'Compared with net income of $73,000, the quarter was weaker.',
      'This compares to a net income of $73,000 or $0.01 per share on revenue of $4.7 million for the same quarter a year ago.',
      'The decrease in six-month revenue of approximately $1.7 million was expected.',
    ])
      expect(claimErrors(text), text).toEqual([])
  })

  it('reads "recorded net income" as the release’s net income, and calls it an error for a loss', () => {
    const facts = factsWith(
      {
        revenue: { quarter: '6827000', yearAgoQuarter: '10243000', previousQuarter: null },
        netIncome: { quarter: '-141000', yearAgoQuarter: '313000', previousQuarter: null },
        dilutedEps: { quarter: '-0.04', yearAgoQuarter: '0.10' },
      },
      { quarter: 1 },
    )
    const text =
      'The Company recorded net income for the first fiscal quarter of $141,000 compared to a net income of $313,000 in the first quarter of last year.'
    expect(claimErrors(text, facts)).toEqual(['result-word net income'])
    expect(claimErrors(text.replace('recorded net income', 'recorded a net loss'), facts)).toEqual(
      [],
    )
  })
})

describe('multiples and basis points', () => {
  // R.G. Barry's third quarter: net earnings $539,000 against $123,000, 4.38 times.
  const rgbarry = (): ReleaseFacts =>
    factsWith({ netIncome: { quarter: '539000', yearAgoQuarter: '123000' } })

  it('checks "more than five times" as a multiple the rise must reach, and offers a true one', () => {
    const text =
      'Net earnings for the quarter increased more than five times over the prior-year quarter.'
    const [found] = errorsOf(checkText(text, rgbarry())).filter((entry) => entry.location !== null)
    expect(found?.rule).toBe('overstated-bound')
    expect(found?.quote).toBe('more than five times')
    expect(found?.fix).toEqual({ kind: 'replace', text: 'more than four times' })
    expect(claimErrors(text.replace('five', 'four'), rgbarry())).toEqual([])
    expect(
      claimErrors('Net income increased 6-fold from the prior-year quarter.', rgbarry()),
    ).toEqual(['overstated-bound 6-fold'])
    expect(claimErrors('Net income quadrupled from the prior-year quarter.', rgbarry())).toEqual([])
  })

  it('reads a rate, its change in basis points and the earlier rate, in that order', () => {
    const text =
      'Gross margins were 36.4% of sales, down 26 basis points from 39.0% in the first quarter of the prior year.'
    const [found] = errorsOf(checkText(text))
    expect(found?.rule).toBe('percentage-points')
    expect(found?.message).toBe('From 39.0% to 36.4% is 260 basis points, not 26 basis points.')
    expect(found?.fix).toEqual({ kind: 'replace', text: '260 basis points' })
    expect(claimErrors(text.replace('26 basis', '260 basis'))).toEqual([])
    expect(claimErrors('Gross margin was 36.4%, down 2.6 percentage points from 39.0%.')).toEqual(
      [],
    )
  })
})
