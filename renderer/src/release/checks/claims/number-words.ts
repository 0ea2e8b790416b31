/**
 * Numbers written in words, as releases write small ones: "six percent", "eleven-percent",
 * "twenty-five percent", "three cents". A small table of our own: no library needed for these.
 */
const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
] as const
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const

/** A regular-expression fragment matching a number from zero to ninety-nine, or "one hundred", in words. */
export const NUMBER_WORDS = String.raw`(?:one\s+hundred|(?:${TENS.join('|')})(?:[\s-](?:${UNITS.slice(1, 10).join('|')}))?|${[...UNITS].reverse().join('|')})`

/** The value of a number in words matched by `NUMBER_WORDS`, or null. */
export function numberWordValue(words: string): number | null {
  const lower = words.toLowerCase().trim()
  if (/^one\s+hundred$/.test(lower)) return 100
  const [first = '', second] = lower.split(/[\s-]+/)
  const unit = UNITS.indexOf(first as (typeof UNITS)[number])
  if (unit >= 0 && second === undefined) return unit
  const ten = TENS.indexOf(first as (typeof TENS)[number])
  if (ten < 0) return null
  const rest = second === undefined ? 0 : UNITS.indexOf(second as (typeof UNITS)[number])
  return rest < 0 || rest > 9 ? null : (ten + 2) * 10 + rest
}

/** A whole number from zero to ninety-nine in words ("four", "twenty-five"), or null beyond. */
export function numberInWords(value: number): string | null {
  if (!Number.isInteger(value) || value < 0 || value > 99) return null
  if (value < 20) return UNITS[value] ?? null
  const ten = TENS[Math.floor(value / 10) - 2]
  const unit = value % 10
  return ten === undefined ? null : unit === 0 ? ten : `${ten}-${UNITS[unit] ?? ''}`
}
