import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseAmount, parseFigure } from '../../../renderer/src/release/amount-parser'
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

  it.each(['abc', '', '5.6x', '--5', '(5', '$', '1.2.3', '(-5)'])(
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

function refusal(input: string | number): string {
  const parsed = parseAmount(input)
  if (parsed.ok) throw new Error(`${JSON.stringify(input)} was read as ${parsed.value.toFixed()}`)
  return parsed.error
}

describe('amounts a person could mean two ways are refused, with why', () => {
  // Issue 9: "0,020" was read as 20, and "(0,020)" in diluted EPS printed "$(20.00) per share".
  it('refuses a group of thousands after a zero, naming the text and the decimal to write', () => {
    expect(refusal('0,020')).toBe(
      '"0,020" is not an amount: a group of thousands cannot start with 0; for a decimal write 0.020',
    )
    expect(refusal('(0,020)')).toContain('"(0,020)"')
    expect(refusal('(0,020)')).toContain('cannot start with 0')
    expect(refusal('$(0,500)')).toContain('cannot start with 0')
    expect(refusal('00,020')).toContain('cannot start with 0')
    expect(refusal('0,020,000')).toContain('cannot start with 0')
  })

  it('still reads a decimal point after a zero, and grouping that starts with a digit other than 0', () => {
    expect(value('0.020')).toBe('0.02')
    expect(value('(0.020)')).toBe('-0.02')
    expect(value('10,020')).toBe('10020')
    expect(value('1,000,000.5')).toBe('1000000.5')
  })

  // Issue 9: "13,05,000" and "13 050 000" left the release using $13, a prefix of what was typed.
  it.each(['13,05,000', '12,34,567', '1,00', '1,0000', '1,234,56'])(
    'refuses the irregular grouping %j, saying groups have three digits',
    (typed) => {
      expect(refusal(typed)).toBe(
        `${JSON.stringify(typed)} is not an amount: commas must separate groups of three digits, as in 1,234,567`,
      )
    },
  )

  it.each([
    '13 050 000',
    '13\u00a0050\u00a0000',
    '13\u2009050\u2009000',
    '13\u202f050\u202f000',
    '$5 600',
    '5 600.5m',
  ])('refuses digits grouped with spaces (%j), saying so', (typed) => {
    expect(refusal(typed)).toContain('spaces cannot separate the digits of an amount')
  })

  it.each([
    ['$5.6\u202e million', 'U+202E, a right-to-left override'],
    ['5\u200b600000', 'U+200B, a zero-width space'],
    ['\ufeff5600000', 'U+FEFF, a zero-width no-break space'],
    ['5.6\u2066m', 'U+2066, a left-to-right isolate'],
    ['5\u00ad600', 'U+00AD, a soft hyphen'],
  ])('refuses %j, which holds an invisible character, naming it', (typed, named) => {
    const message = refusal(typed)
    expect(message).toContain(named)
    expect(message).toContain('can hide or reorder what a reader sees')
    // The message shows where the character is, and holds no invisible character itself.
    expect(message).toMatch(/"[^"]*<U\+[0-9A-F]{4}>[^"]*"/)
    expect(message).not.toMatch(/\p{Cf}/u)
  })

  it('reads fullwidth digits and signs as the ASCII a reader sees', () => {
    expect(value('\uff04\uff19.\uff19 million')).toBe('9900000')
    expect(value('\uff08\uff11\uff16\uff18,\uff10\uff10\uff10\uff09')).toBe('-168000')
  })

  it('refuses superscripts and other digits that are not the ASCII ones', () => {
    expect(parseAmount('5\u00b2').ok).toBe(false)
    expect(parseAmount('\u0665').ok).toBe(false)
  })

  it('quotes at most 40 characters of a long refused text', () => {
    const message = refusal(`${'1 '.repeat(5000)}`)
    expect(message.length).toBeLessThan(200)
    expect(message).toContain('…')
  })

  it('refuses more digits than any amount, rather than rounding them', () => {
    expect(refusal('1'.repeat(31))).toContain('more than 30 digits')
    expect(value('1'.repeat(30))).toBe('1'.repeat(30))
  })
})

describe('JSON numbers a double cannot hold exactly are refused', () => {
  // Issue 9: numbers over 15 significant digits were rounded silently, and 1e308 was accepted.
  it.each([1e308, 0.1 + 0.2, 2 ** 53 + 1, 1234567890123456, 1e-7, 5e21])(
    'refuses %s, saying to write the amount as a string',
    (typed) => {
      expect(refusal(typed)).toMatch(
        /^the JSON number \S+ cannot be read exactly \(a JSON number holds at most 15 significant digits, and no exponent\); write the amount as a string, like "5600000"$/,
      )
    },
  )

  it.each([
    [5600000, '5600000'],
    [123456789012345, '123456789012345'],
    [12345678901234500000, '12345678901234500000'],
    [-0.02, '-0.02'],
    [0.000001, '0.000001'],
  ])('reads %s, which a double holds exactly', (typed, expected) => {
    expect(value(typed)).toBe(expected)
  })
})

describe('per-share figures', () => {
  // Issue 9: "5.6 B" in diluted EPS became $5,600,000,000.00 a share.
  it.each(['5.6 B', '0.02m', '$(0.02) million', '(0.02k)', '1bn'])(
    'refuse the scale in %j, saying per-share figures are in dollars',
    (typed) => {
      const parsed = parseFigure(typed, 'perShare')
      expect(parsed).toEqual({
        ok: false,
        error: `${JSON.stringify(typed)} is not a per-share amount: per-share figures are in dollars and take no scale such as "m" or "B"; type it like 0.02`,
      })
    },
  )

  it('read dollars and cents as any amount, and other kinds keep their scales', () => {
    const eps = parseFigure('$(0.02)', 'perShare')
    expect(eps.ok && eps.value.toFixed()).toBe('-0.02')
    const revenue = parseFigure('5.6 B', 'money')
    expect(revenue.ok && revenue.value.toFixed()).toBe('5600000000')
    const shares = parseFigure('8.25m', 'count')
    expect(shares.ok && shares.value.toFixed()).toBe('8250000')
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
