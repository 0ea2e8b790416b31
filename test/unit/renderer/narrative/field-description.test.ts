import { describe, expect, it } from 'vitest'
import { fieldDescription } from '../../../../renderer/src/editor/narrative/field-description'
import { MEASURE_CATALOGUE } from '../../../../renderer/src/release/measure-catalogue'

describe('fieldDescription', () => {
  it('says what each live value stands for, in the words of its tooltip', () => {
    expect(fieldDescription({ kind: 'comparison', measure: 'revenue', pair: 'previousQuarter', withSubject: false, textCase: 'asIs' }, MEASURE_CATALOGUE)).toBe(
      'Live: revenue, this quarter vs the previous quarter',
    )
    expect(fieldDescription({ kind: 'comparison', measure: 'dilutedEps', pair: 'yearAgoYearToDate', withSubject: true, textCase: 'asIs' }, MEASURE_CATALOGUE)).toBe(
      'Live: diluted EPS, year to date vs last year to date',
    )
    expect(fieldDescription({ kind: 'amount', measure: 'netIncome', period: 'yearAgoQuarter', textCase: 'asIs' }, MEASURE_CATALOGUE)).toBe(
      'Live: net income (loss), the same quarter a year ago',
    )
    expect(fieldDescription({ kind: 'result', period: 'quarter', textCase: 'asIs' }, MEASURE_CATALOGUE)).toBe('Live: net income or loss, this quarter')
    expect(fieldDescription({ kind: 'result', period: 'yearToDate', measure: 'dilutedEps', textCase: 'asIs' }, MEASURE_CATALOGUE)).toBe(
      'Live: diluted EPS with its words, year to date',
    )
    expect(fieldDescription({ kind: 'company', part: 'ticker', textCase: 'asIs' }, MEASURE_CATALOGUE)).toBe('Live: the ticker')
    expect(fieldDescription({ kind: 'period', part: 'periodEnd', textCase: 'asIs' }, MEASURE_CATALOGUE)).toBe('Live: the period end date')
  })
})
