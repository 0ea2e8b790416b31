import { describe, expect, it } from 'vitest'
import { formatAmount, formatPercent } from '../../../renderer/src/release/amount-format'
import { Dec } from '../../../renderer/src/release/decimal'
import { DEFAULT_HOUSE_STYLE } from '../../../renderer/src/release/house-style'

const style = DEFAULT_HOUSE_STYLE
const money = (amount: string, overrides = {}): string =>
  formatAmount(new Dec(amount), 'money', { ...style, ...overrides })
const perShare = (amount: string, overrides = {}): string =>
  formatAmount(new Dec(amount), 'perShare', { ...style, ...overrides })

describe('writing amounts in the house style', () => {
  it('writes millions with one decimal, keeping a trailing zero', () => {
    expect(money('5600000')).toBe('$5.6 million')
    expect(money('35000000')).toBe('$35.0 million')
    expect(money('5574000')).toBe('$5.6 million')
  })

  it('rounds half up, as spreadsheets do', () => {
    expect(money('5650000')).toBe('$5.7 million')
    expect(money('-5650000')).toBe('$(5.7) million')
    expect(perShare('0.025')).toBe('$0.03')
    expect(perShare('-0.025')).toBe('$(0.03)')
    expect(formatPercent(new Dec('18.5'), 0)).toBe('19%')
  })

  it('writes amounts below the threshold in full', () => {
    expect(money('168000')).toBe('$168,000')
    expect(money('999999')).toBe('$999,999')
    expect(money('16335000', { fullBelow: 1_000_000_000 })).toBe('$16,335,000')
  })

  it('moves to billions instead of printing a thousand millions', () => {
    expect(money('999960000')).toBe('$1.0 billion')
    expect(money('1234000000')).toBe('$1.2 billion')
  })

  it('writes losses in each house style', () => {
    expect(money('-168000')).toBe('$(168,000)')
    expect(money('-168000', { negative: 'parenOutside' })).toBe('($168,000)')
    expect(money('-168000', { negative: 'words' })).toBe('$168,000')
    expect(perShare('-0.02')).toBe('$(0.02)')
    expect(perShare('-0.02', { negative: 'parenOutside' })).toBe('($0.02)')
  })

  it('writes per-share amounts to the cent, with or without a leading zero', () => {
    expect(perShare('0.34')).toBe('$0.34')
    expect(perShare('0.34', { perShare: 'noLeadingZero' })).toBe('$.34')
    expect(perShare('-0.02', { perShare: 'noLeadingZero' })).toBe('$(.02)')
    expect(perShare('0', { perShare: 'noLeadingZero' })).toBe('$0.00')
    expect(perShare('1.5')).toBe('$1.50')
  })

  it('does not print a negative zero', () => {
    expect(money('-0.4')).toBe('$0')
    expect(perShare('-0.004')).toBe('$0.00')
  })
})
