import fc from 'fast-check'

/**
 * Characters that change what a reader sees without showing themselves, or that a Word file may
 * not hold: bidi controls, zero-width characters, non-characters, fullwidth digits. They are put
 * into amount cells and text, where they must never crash a loader or slip past unnamed.
 */
const FORMAT_CHARACTERS = [
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\ufffe',
  '\uffff',
  '\u0000',
  '\u000b',
  '\ud800',
  '\udfff',
  '\uff10',
  '\uff15',
  '\uff19',
  '\uff0c',
  '\uff0e',
  '\uff04',
] as const

const PLAIN = ['5', '.', '6', ' ', 'million', '$', '(', ')', ',', '0', '168', 'm', 'Sales'] as const

/** Text mixing what people type with the characters that hide or reorder it. */
export const formatCharacterText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...FORMAT_CHARACTERS), fc.constantFrom(...PLAIN)), {
    minLength: 1,
    maxLength: 14,
  })
  .map((pieces) => pieces.join(''))
