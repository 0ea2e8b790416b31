import { Dec } from './decimal'
import type { MeasureKind } from './measures'
import type { Result } from './result'
import { fail, ok } from './result'

const SCALES: Readonly<Record<string, string>> = {
  '': '1',
  k: '1000',
  thousand: '1000',
  m: '1000000',
  mm: '1000000',
  mn: '1000000',
  million: '1000000',
  b: '1000000000',
  bn: '1000000000',
  billion: '1000000000',
}

// A trailing point ("3.") is a decimal on its way: it reads as the whole number typed so far.
const PLAIN = /^(?:\d+(?:\.\d*)?|\.\d+)$/
// Comma grouping: one to three digits, then groups of exactly three, then an optional fraction.
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/
// A JSON number a double holds exactly: at most 15 significant digits (IEEE 754's guarantee).
const MAX_JSON_DIGITS = 15
// Longer than any amount a release reports; past this the exact arithmetic would start rounding.
const MAX_DIGITS = 30
const SHOWN_LENGTH = 40

export const AMOUNT_HINT = 'an amount like 5600000 or "5.6m"'

/** An amount as typed: its exact value, and the unit of the last digit typed ("5.6m" is known to 100000). */
export interface AmountReading {
  readonly value: Dec
  readonly unit: Dec
}

const FORMAT_NAMES: Readonly<Record<string, string>> = {
  '200b': 'a zero-width space',
  '200c': 'a zero-width non-joiner',
  '200d': 'a zero-width joiner',
  '200e': 'a left-to-right mark',
  '200f': 'a right-to-left mark',
  '202a': 'a left-to-right embedding',
  '202b': 'a right-to-left embedding',
  '202c': 'a pop directional formatting',
  '202d': 'a left-to-right override',
  '202e': 'a right-to-left override',
  '2060': 'a word joiner',
  '2066': 'a left-to-right isolate',
  '2067': 'a right-to-left isolate',
  '2068': 'a first-strong isolate',
  '2069': 'a pop directional isolate',
  feff: 'a zero-width no-break space',
  '00ad': 'a soft hyphen',
}

const FORMAT_CHARACTER = /\p{Cf}/u
const FORMAT_CHARACTERS = /\p{Cf}/gu

function codePoint(char: string): string {
  return (char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')
}

/** The typed text as a message can quote it: invisible characters made visible, long text cut. */
function quoted(text: string): string {
  const visible = text
    .replace(FORMAT_CHARACTERS, (char) => `<U+${codePoint(char).toUpperCase()}>`)
    .trim()
  return JSON.stringify(
    visible.length > SHOWN_LENGTH ? `${visible.slice(0, SHOWN_LENGTH)}…` : visible,
  )
}

function notAnAmount(original: string, why: string): Result<never> {
  return fail(`${quoted(original)} is not an amount: ${why}`)
}

function unexpected(original: string): Result<never> {
  return fail(`expected ${AMOUNT_HINT}, got ${quoted(original)}`)
}

// Fullwidth forms ("５.６ｍ", "＄") are the ASCII characters a reader sees; NFKC would also turn
// superscripts and fractions into digits ("5²" into "52"), so only this block is mapped.
function asciiFromFullwidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (char) =>
    String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  )
}

function significantDigits(literal: string): number {
  return literal.replace(/^-/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length
}

function decimalsOf(digits: string): number {
  return /\.(\d+)$/.exec(digits)?.[1]?.length ?? 0
}

/** A JSON number, read as the literal the file held, when a double can hold that literal exactly. */
function readJsonNumber(input: number): Result<AmountReading> {
  if (!Number.isFinite(input)) return fail(`expected ${AMOUNT_HINT}, got ${String(input)}`)
  // String() gives the shortest decimal that reads back as this number: the literal the file held.
  const literal = String(input)
  if (/e/i.test(literal) || significantDigits(literal) > MAX_JSON_DIGITS) {
    return fail(
      `the JSON number ${literal} cannot be read exactly (a JSON number holds at most ${MAX_JSON_DIGITS} significant digits, and no exponent); write the amount as a string, like "5600000"`,
    )
  }
  return ok({ value: new Dec(literal), unit: new Dec(`1e-${decimalsOf(literal)}`) })
}

/** Why digits that are not an amount are refused, or null when they are one. */
function digitsProblem(digits: string): string | null {
  if (PLAIN.test(digits)) return null
  if (GROUPED.test(digits)) {
    if (!digits.startsWith('0')) return null
    // No one groups thousands after a zero: "0,020" is a decimal comma, and reading 20 would be wrong.
    const single = /^0,\d{3}$/.test(digits)
    return `a group of thousands cannot start with 0; for a decimal ${
      single ? `write ${digits.replace(',', '.')}` : 'use a point, like 0.020'
    }`
  }
  if (digits.includes(',') && /^[\d,]*(?:\.\d*)?$/.test(digits))
    return 'commas must separate groups of three digits, as in 1,234,567'
  return null
}

/** A reading, and whether the text carried a scale word ("m", "million"). */
type TypedReading = AmountReading & { readonly scaled: boolean }

function readTyped(input: string | number): Result<TypedReading> {
  if (typeof input === 'number') {
    const read = readJsonNumber(input)
    return read.ok ? ok({ ...read.value, scaled: false }) : read
  }
  const original = input
  const hidden = FORMAT_CHARACTER.exec(input)?.[0]
  if (hidden !== undefined) {
    const code = codePoint(hidden)
    return notAnAmount(
      original,
      `it holds an invisible character (U+${code.toUpperCase()}${
        FORMAT_NAMES[code] === undefined ? '' : `, ${FORMAT_NAMES[code]}`
      }) that can hide or reorder what a reader sees; type the amount again`,
    )
  }
  let text = asciiFromFullwidth(input)
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/\s+/g, ' ')
  if (text === '') return fail(`expected ${AMOUNT_HINT}, got an empty value`)
  let negative = false
  const strip = (pattern: RegExp): boolean => {
    const next = text.replace(pattern, '')
    if (next === text) return false
    text = next.trim()
    return true
  }
  if (strip(/^-/)) negative = true
  strip(/^\$/)
  if (/^\(.*\)/.test(text) || /^\$?\(/.test(text)) {
    const match = /^\(\s*\$?\s*([^()]*?)\s*\)(.*)$/.exec(text)
    if (!match) return unexpected(original)
    if (negative)
      return fail(`expected one minus sign or parentheses, not both, got ${quoted(original)}`)
    negative = true
    text = `${match[1] ?? ''}${match[2] ?? ''}`.trim()
  }
  if (!negative && strip(/^-/)) negative = true
  if (/[\d.,] +[\d.,]/.test(text))
    return notAnAmount(
      original,
      'spaces cannot separate the digits of an amount; write it with commas, like 13,050,000, or with none',
    )
  const scaleMatch = /^([\d.,]+)\s*([a-z]*)$/i.exec(text)
  if (!scaleMatch) return unexpected(original)
  const digits = scaleMatch[1] ?? ''
  const word = (scaleMatch[2] ?? '').toLowerCase()
  const scale = SCALES[word]
  const problem = digitsProblem(digits)
  if (problem !== null) return notAnAmount(original, problem)
  if (scale === undefined || !(PLAIN.test(digits) || GROUPED.test(digits)))
    return unexpected(original)
  if (digits.replace(/\D/g, '').length > MAX_DIGITS)
    return notAnAmount(
      original,
      `it has more than ${MAX_DIGITS} digits, more than any amount a release reports`,
    )
  const magnitude = new Dec(digits.replace(/,/g, '')).times(scale)
  const unit = new Dec(`1e-${decimalsOf(digits)}`).times(scale)
  const value = negative && !magnitude.isZero() ? magnitude.negated() : magnitude
  return ok({ value, unit, scaled: word !== '' })
}

/** Reads a typed amount and the unit of its last digit; see `parseAmount` for the forms. */
export function readAmount(input: string | number): Result<AmountReading> {
  const read = readTyped(input)
  return read.ok ? ok({ value: read.value.value, unit: read.value.unit }) : read
}

/**
 * Reads an amount the way people type it: "5,600,000", "5.6m", "$5.6 million", "(168,000)",
 * "$(168,000)", "($0.02)", "-168000", "$.02". Returns the exact value in dollars. Refuses what a
 * person could mean two ways ("0,020"), irregular or space grouping, invisible characters, and
 * JSON numbers a double cannot hold exactly, each with a message saying why.
 */
export function parseAmount(input: string | number): Result<Dec> {
  const read = readAmount(input)
  return read.ok ? ok(read.value.value) : read
}

/** Reads a figure of a measure of the given kind; a per-share figure takes no scale ("5.6 B"). */
export function readFigureAmount(input: string | number, kind: MeasureKind): Result<AmountReading> {
  const read = readTyped(input)
  if (!read.ok) return read
  if (kind === 'ratio' && read.value.scaled)
    return fail(
      `${quoted(String(input))} is not a percentage: a margin is written in percent and takes no scale such as "m" or "B"; type it like 31.5`,
    )
  if (kind === 'perShare' && read.value.scaled)
    return fail(
      `${quoted(String(input))} is not a per-share amount: per-share figures are in dollars and take no scale such as "m" or "B"; type it like 0.02`,
    )
  return ok({ value: read.value.value, unit: read.value.unit })
}

/** Reads a figure of a measure of the given kind, as `parseAmount` does, with the kind's own rules. */
export function parseFigure(input: string | number, kind: MeasureKind): Result<Dec> {
  const read = readFigureAmount(input, kind)
  return read.ok ? ok(read.value.value) : read
}

/** The canonical file form of an amount: a plain decimal string with no grouping, e.g. "-168000". */
export function amountToFileString(value: Dec): string {
  return value.toFixed()
}
