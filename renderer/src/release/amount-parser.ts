import { Dec } from './decimal'
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

// Digits with correct comma grouping, or plain digits, with an optional fraction; or just a fraction (".02").
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/

export const AMOUNT_HINT = 'an amount like 5600000 or "5.6m"'

/**
 * Reads an amount the way people type it: "5,600,000", "5.6m", "$5.6 million", "(168,000)",
 * "$(168,000)", "($0.02)", "-168000", "$.02". Returns the exact value in dollars.
 */
export function parseAmount(input: string | number): Result<Dec> {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return fail(`expected ${AMOUNT_HINT}, got ${String(input)}`)
    // String() gives the shortest decimal that reads back as this number: the literal the file held.
    return ok(new Dec(String(input)))
  }
  const original = input
  let text = input
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
    if (!match) return fail(`expected ${AMOUNT_HINT}, got ${JSON.stringify(original)}`)
    if (negative)
      return fail(
        `expected one minus sign or parentheses, not both, got ${JSON.stringify(original)}`,
      )
    negative = true
    text = `${match[1] ?? ''}${match[2] ?? ''}`.trim()
  }
  if (!negative && strip(/^-/)) negative = true
  const scaleMatch = /^([\d.,]+)\s*([a-z]*)$/i.exec(text)
  if (!scaleMatch) return fail(`expected ${AMOUNT_HINT}, got ${JSON.stringify(original)}`)
  const digits = scaleMatch[1] ?? ''
  const scale = SCALES[(scaleMatch[2] ?? '').toLowerCase()]
  if (scale === undefined || !NUMBER.test(digits)) {
    return fail(`expected ${AMOUNT_HINT}, got ${JSON.stringify(original)}`)
  }
  const magnitude = new Dec(digits.replace(/,/g, '')).times(scale)
  return ok(negative && !magnitude.isZero() ? magnitude.negated() : magnitude)
}

/** The canonical file form of an amount: a plain decimal string with no grouping, e.g. "-168000". */
export function amountToFileString(value: Dec): string {
  return value.toFixed()
}
