import fc from 'fast-check'

/**
 * Amounts a person could mean two ways, or that hide what they say: each must be refused by the
 * amount parser with a message saying why, never read one of the ways.
 */

const digit = fc.constantFrom(...'0123456789'.split(''))
const group = fc.array(digit, { minLength: 3, maxLength: 3 }).map((chars) => chars.join(''))
const groups = fc.array(group, { minLength: 1, maxLength: 3 })

const wrap = fc.constantFrom(
  (number: string) => number,
  (number: string) => `$${number}`,
  (number: string) => `(${number})`,
  (number: string) => `$(${number})`,
  (number: string) => `($${number})`,
  (number: string) => `-${number}`,
)
const scale = fc.constantFrom('', 'k', 'm', ' million', 'bn')

export interface AmbiguousAmount {
  readonly text: string
  /** Words the refusal must contain. */
  readonly why: string
}

/** "0,020", "(00,500)", "$0,123,456m": a group of thousands after a lead of zeros, which can only be a decimal comma. */
const leadingZeroGroup = fc
  .tuple(
    fc.constantFrom('0', '00', '000'),
    groups,
    fc.option(fc.nat({ max: 99 }), { nil: undefined }),
    scale,
    wrap,
  )
  .map(([lead, tails, fraction, unit, around]) => ({
    text: around(
      `${lead},${tails.join(',')}${fraction === undefined ? '' : `.${fraction}`}${unit}`,
    ),
    why: 'cannot start with 0',
  }))

/** "13,05,000", "1,00", "1,2345": commas that do not separate groups of three. */
const irregularGrouping = fc
  .tuple(
    fc.integer({ min: 1, max: 999 }),
    fc.array(
      fc.array(digit, { minLength: 1, maxLength: 5 }).map((chars) => chars.join('')),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
    wrap,
  )
  .filter(([, parts]) => parts.some((part) => part.length !== 3))
  .map(([lead, parts, around]) => ({
    text: around(`${lead},${parts.join(',')}`),
    why: 'commas must separate groups of three digits',
  }))

/** "13 050 000", with any of the spaces people use to group digits. */
const spaceGrouping = fc
  .tuple(
    fc.integer({ min: 1, max: 999 }),
    groups,
    fc.constantFrom(' ', '\u00a0', '\u2009', '\u202f', '\u3000'),
    wrap,
  )
  .map(([lead, tails, space, around]) => ({
    text: around([String(lead), ...tails].join(space)),
    why: 'spaces cannot separate the digits',
  }))

/** "$5.6 million" with a bidi control, zero-width or other format character somewhere inside. */
const hiddenCharacter = fc
  .tuple(
    fc.constantFrom('$5.6 million', '(168,000)', '$(0.02)', '5600000', '0.020'),
    fc.constantFrom(
      '\u202e',
      '\u202d',
      '\u2066',
      '\u2067',
      '\u2069',
      '\u200b',
      '\u200c',
      '\u200d',
      '\u200e',
      '\u200f',
      '\u2060',
      '\ufeff',
      '\u00ad',
      '\u061c',
    ),
    fc.nat(),
  )
  .map(([amount, hidden, at]) => {
    const index = at % (amount.length + 1)
    return {
      text: amount.slice(0, index) + hidden + amount.slice(index),
      why: 'invisible character',
    }
  })

/** Every shape of amount the parser must refuse, with the words its refusal must hold. */
export const ambiguousAmount: fc.Arbitrary<AmbiguousAmount> = fc.oneof(
  leadingZeroGroup,
  irregularGrouping,
  spaceGrouping,
  hiddenCharacter,
)
