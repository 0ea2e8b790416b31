import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseAmount } from '../../../renderer/src/release/amount-parser'
import { formatAmount } from '../../../renderer/src/release/amount-format'
import { Dec } from '../../../renderer/src/release/decimal'
import { DEFAULT_HOUSE_STYLE } from '../../../renderer/src/release/house-style'
import type { HouseStyle } from '../../../renderer/src/release/house-style'

function value(input: string | number): string {
  const parsed = parseAmount(input)
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.value.toFixed()
}

describe('reading amounts the way people type them', () => {
  it.each([
    ['5,600,000', '5600000'],
    ['5600000', '5600000'],
    ['5.6m', '5600000'],
    ['5.6 million', '5600000'],
    ['$5.6 million', '5600000'],
    ['$1.2bn', '1200000000'],
    ['168k', '168000'],
    ['(168,000)', '-168000'],
    ['$(168,000)', '-168000'],
    ['($168,000)', '-168000'],
    ['-168000', '-168000'],
    ['-$168,000', '-168000'],
    ['\u2212168000', '-168000'],
    ['$0.02', '0.02'],
    ['$.02', '0.02'],
    ['$(0.02)', '-0.02'],
    ['$(2.4) million', '-2400000'],
    ['  42  ', '42'],
  ])('%s is %s', (typed, expected) => {
    expect(value(typed)).toBe(expected)
  })

  it('reads JSON numbers as the decimal literal they were written as', () => {
    expect(value(0.1)).toBe('0.1')
    expect(value(-0.02)).toBe('-0.02')
  })

  it.each(['abc', '', '1,00', '5.6x', '--5', '(5', '$', '1.2.3', '(-5)', '12,34,567'])(
    'refuses %j with a message',
    (typed) => {
      const parsed = parseAmount(typed)
      expect(parsed.ok).toBe(false)
      if (!parsed.ok) expect(parsed.error).toMatch(/expected/)
    },
  )

  it('names what it expected and what it got', () => {
    const parsed = parseAmount('abc')
    expect(parsed).toEqual({
      ok: false,
      error: 'expected an amount like 5600000 or "5.6m", got "abc"',
    })
  })
})

describe('formatting then parsing gives back the same amount', () => {
  const styles: HouseStyle[] = [
    DEFAULT_HOUSE_STYLE,
    { ...DEFAULT_HOUSE_STYLE, negative: 'parenOutside' },
    { ...DEFAULT_HOUSE_STYLE, perShare: 'noLeadingZero' },
    { ...DEFAULT_HOUSE_STYLE, millionsDecimals: 2 },
  ]

  it('for whole-dollar amounts written in full', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -999_999, max: 999_999 }),
        fc.constantFrom(...styles),
        (dollars, style) => {
          const amount = new Dec(dollars)
          expect(value(formatAmount(amount, 'money', style))).toBe(amount.toFixed())
        },
      ),
    )
  })

  it('for amounts in millions at the house decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 99_999 }),
        fc.boolean(),
        fc.constantFrom(...styles),
        (tenths, negative, style) => {
          const step = new Dec(10).pow(6 - style.millionsDecimals)
          const amount = new Dec(tenths).times(step).times(negative ? -1 : 1)
          if (amount.abs().lessThan(1_000_000) || amount.abs().greaterThanOrEqualTo(1_000_000_000))
            return
          expect(value(formatAmount(amount, 'money', style))).toBe(amount.toFixed())
        },
      ),
    )
  })

  it('for per-share amounts to the cent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5000, max: 5000 }),
        fc.constantFrom(...styles),
        (cents, style) => {
          const amount = new Dec(cents).dividedBy(100)
          expect(value(formatAmount(amount, 'perShare', style))).toBe(amount.toFixed())
        },
      ),
    )
  })
})
