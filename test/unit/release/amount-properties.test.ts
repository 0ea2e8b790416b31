import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  amountToFileString,
  parseAmount,
  parseFigure,
} from '../../../renderer/src/release/amount-parser'
import { displayedValue, formatAmount } from '../../../renderer/src/release/amount-format'
import { Dec } from '../../../renderer/src/release/decimal'
import { DEFAULT_HOUSE_STYLE, NEGATIVE_STYLES } from '../../../renderer/src/release/house-style'
import type { MeasureKind } from '../../../renderer/src/release/measures'

/**
 * Properties of the amount parser over generated typings: what it accepts survives being written
 * back, and a typing a person could mean two ways is refused rather than read one of the ways.
 */

const digit = fc.constantFrom(...'0123456789'.split(''))
const digits = (min: number, max: number) =>
  fc.array(digit, { minLength: min, maxLength: max }).map((chars) => chars.join(''))

/** A number as someone might type it: a lead, then parts each after a comma, point or space. */
const typing = fc.record({
  lead: digits(1, 4),
  parts: fc.array(
    fc.record({ separator: fc.constantFrom(',', '.', ' ', ''), digits: digits(1, 4) }),
    {
      maxLength: 3,
    },
  ),
  sign: fc.constantFrom('', '-', '()', '$', '$()', '($)', '-$'),
  scale: fc.constantFrom('', 'k', 'm', ' million', 'bn'),
})
type Typing = typeof typing extends fc.Arbitrary<infer T> ? T : never

function typed(t: Typing): string {
  const number = t.lead + t.parts.map((part) => part.separator + part.digits).join('') + t.scale
  switch (t.sign) {
    case '-':
      return `-${number}`
    case '()':
      return `(${number})`
    case '$':
      return `$${number}`
    case '$()':
      return `$(${number})`
    case '($)':
      return `($${number})`
    case '-$':
      return `-$${number}`
    default:
      return number
  }
}

/** The typing with digits typed without a separator joined to the digits before them. */
function joined(t: Typing): Typing {
  const parts: Typing['parts'][number][] = []
  let lead = t.lead
  for (const part of t.parts) {
    const last = parts.at(-1)
    if (part.separator !== '') parts.push(part)
    else if (last === undefined) lead += part.digits
    else parts[parts.length - 1] = { ...last, digits: last.digits + part.digits }
  }
  return { ...t, lead, parts }
}

/** The same digits, sign and scale as `t`, with other separators: "0,020", "0.020", "0020". */
const sameDigitsTwice = typing.chain((a) =>
  fc
    .array(fc.constantFrom(',', '.', ' ', ''), {
      minLength: a.parts.length,
      maxLength: a.parts.length,
    })
    .map(
      (separators) =>
        [
          a,
          {
            ...a,
            parts: a.parts.map((part, index) => ({ ...part, separator: separators[index] ?? '' })),
          },
        ] as const,
    ),
)

const SCALES: Readonly<Record<string, string>> = {
  '': '1',
  k: '1000',
  m: '1000000',
  ' million': '1000000',
  bn: '1000000000',
}

/**
 * The one reading an English-language reader gives the typing, or null when there is none or more
 * than one: commas only between groups of three digits, never after a lead of 0 (no one writes
 * "0 thousand": "0,020" can only be a decimal comma), one point at most and after the commas, no
 * spaces between digits.
 */
function englishReading(typing: Typing): Dec | null {
  const t = joined(typing)
  if (t.parts.some((part) => part.separator === ' ')) return null
  const points = t.parts.filter((part) => part.separator === '.')
  const commas = t.parts.filter((part) => part.separator === ',')
  if (points.length > 1) return null
  if (points.length === 1 && t.parts.at(-1)?.separator !== '.') return null
  if (commas.length > 0) {
    if (t.lead.length > 3 || t.lead.startsWith('0')) return null
    if (commas.some((part) => part.digits.length !== 3)) return null
  }
  const whole = t.lead + commas.map((part) => part.digits).join('')
  const text = points.length === 1 ? `${whole}.${points[0]?.digits ?? ''}` : whole
  const magnitude = new Dec(text).times(SCALES[t.scale] ?? '1')
  const negative = t.sign.includes('-') || t.sign.includes('(')
  return negative && !magnitude.isZero() ? magnitude.negated() : magnitude
}

describe('the parser agrees with how an English-language reader reads a typed amount', () => {
  it('accepts exactly the typings with one reading, and reads them that way', () => {
    fc.assert(
      fc.property(typing, (t) => {
        const expected = englishReading(t)
        const parsed = parseAmount(typed(t))
        if (expected === null) expect(parsed.ok).toBe(false)
        else expect(parsed.ok && parsed.value.toFixed()).toBe(expected.toFixed())
      }),
      { numRuns: 1500 },
    )
  })

  it('never reads two typings the same unless they mean the same amount', () => {
    fc.assert(
      fc.property(sameDigitsTwice, ([a, b]) => {
        const first = parseAmount(typed(a))
        const second = parseAmount(typed(b))
        if (!first.ok || !second.ok || !first.value.equals(second.value)) return
        const meant = [englishReading(a), englishReading(b)]
        expect(meant[0]).not.toBeNull()
        expect(meant[0]?.toFixed()).toBe(meant[1]?.toFixed())
      }),
      { numRuns: 3000 },
    )
  })

  it('reads the decimal form of digits and refuses the grouped form when its lead is 0', () => {
    fc.assert(
      fc.property(
        digits(1, 3),
        digits(3, 3),
        fc.constantFrom('', '$', '(', '-'),
        (lead, tail, sign) => {
          const wrap = (number: string) => (sign === '(' ? `(${number})` : `${sign}${number}`)
          const decimal = parseAmount(wrap(`${lead}.${tail}`))
          const grouped = parseAmount(wrap(`${lead},${tail}`))
          const minus = sign === '(' || sign === '-' ? -1 : 1
          expect(decimal.ok && decimal.value.equals(new Dec(`${lead}.${tail}`).times(minus))).toBe(
            true,
          )
          if (lead.startsWith('0')) {
            expect(grouped.ok).toBe(false)
            if (!grouped.ok) expect(grouped.error).toContain('cannot start with 0')
            return
          }
          expect(grouped.ok && grouped.value.equals(new Dec(`${lead}${tail}`).times(minus))).toBe(
            true,
          )
          // Two different typings a person could mean never read the same.
          if (grouped.ok && decimal.ok) expect(grouped.value.equals(decimal.value)).toBe(false)
        },
      ),
      { numRuns: 2000 },
    )
  })
})

describe('whatever the parser accepts, writing it back and reading again gives the same value', () => {
  const kinds: readonly MeasureKind[] = ['money', 'perShare', 'count']
  const styles = NEGATIVE_STYLES.flatMap((negative) =>
    [0, 1, 2].flatMap((millionsDecimals) =>
      (['leadingZero', 'noLeadingZero'] as const).map((perShare) => ({
        ...DEFAULT_HOUSE_STYLE,
        negative,
        millionsDecimals,
        perShare,
      })),
    ),
  )

  it('through the file form, exactly', () => {
    fc.assert(
      fc.property(typing, (t) => {
        const parsed = parseAmount(typed(t))
        if (!parsed.ok) return
        const again = parseAmount(amountToFileString(parsed.value))
        expect(again.ok && again.value.equals(parsed.value)).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })

  it('through the house style’s formatter, as the value a reader sees', () => {
    fc.assert(
      fc.property(
        typing,
        fc.constantFrom(...kinds),
        fc.constantFrom(...styles),
        (t, kind, style) => {
          const parsed = parseFigure(typed(t), kind)
          if (!parsed.ok) return
          const written = formatAmount(parsed.value, kind, style)
          const again = parseFigure(written, kind)
          const shown = displayedValue(parsed.value, kind, style)
          // In the "words" style the sign is in the words ("a net loss of $168,000"), not the number.
          const expected = style.negative === 'words' && kind !== 'count' ? shown.abs() : shown
          if (!again.ok)
            throw new Error(`${JSON.stringify(written)} does not read back: ${again.error}`)
          expect(again.value.toFixed()).toBe(expected.toFixed())
        },
      ),
      { numRuns: 3000 },
    )
  })
})
