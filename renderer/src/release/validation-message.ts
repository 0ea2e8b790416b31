import type { z } from 'zod'
import { INPUT_LIMITS } from './input-limits'

/** A zod issue path as a reader would write it: "figures.revenue.quarter", "narrative.results.content.0". */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(top level)' : path.map((part) => String(part)).join('.')
}

/** Longer than this, a message is cut: it is one line on a screen or a terminal. */
const MAX_DETAIL = 300

/** A bad value as a message quotes it: as JSON, its first 40 characters and "…" if longer. */
export function quotedValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(cut(value, INPUT_LIMITS.quotedCharacters))
  let text: string
  try {
    text = String(JSON.stringify(value))
  } catch {
    text = typeof value
  }
  return cut(text, INPUT_LIMITS.quotedCharacters)
}

function cut(text: string, length: number): string {
  if (text.length <= length) return text
  // Never leave half of a surrogate pair before the ellipsis.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(length - 1)) ? length - 1 : length
  return `${text.slice(0, end)}\u2026`
}

/**
 * A message with every quoted value cut to its first 40 characters, and cut as a whole past 300,
 * so that a 10 MB bad amount is named, not echoed. Messages quote values as JSON strings.
 */
export function withShortValues(message: string): string {
  // A scan rather than a regular expression: a pattern with alternatives under a star overflows
  // the regular-expression stack on a value of megabytes.
  const parts: string[] = []
  let at = 0
  while (at < message.length) {
    const open = message.indexOf('"', at)
    if (open < 0) break
    let close = open + 1
    while (close < message.length && message[close] !== '"')
      close += message[close] === '\\' ? 2 : 1
    if (close >= message.length) break
    parts.push(message.slice(at, open), shortQuoted(message.slice(open, close + 1)))
    at = close + 1
  }
  parts.push(message.slice(at))
  return cut(parts.join(''), MAX_DETAIL).replace(/[\r\n\u2028\u2029]+/g, ' ')
}

function shortQuoted(quoted: string): string {
  if (quoted.length <= INPUT_LIMITS.quotedCharacters + 2) return quoted
  try {
    return quotedValue(JSON.parse(quoted) as string)
  } catch {
    return `${cut(quoted, INPUT_LIMITS.quotedCharacters)}"`
  }
}

/** The first problem of a failed validation, as one line: "figures.revenue.quarter: expected an amount …". */
export function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0]
  if (issue === undefined) return '(top level): invalid'
  const message =
    issue.code === 'invalid_type' && issue.input === undefined
      ? 'required but missing'
      : isUnknownKind(issue)
        ? unknownKind(issue)
        : issue.message
  return `${issuePath(issue.path)}: ${withShortValues(message)}`
}

/** "found "image", which this release format does not know; expected "text", "field" or "hardBreak"". */
function unknownKind(issue: z.core.$ZodIssue): string {
  // zod reports these on a discriminated union's issue without declaring them in its type.
  const extra = issue as { readonly discriminator?: unknown; readonly options?: unknown }
  const key = typeof extra.discriminator === 'string' ? extra.discriminator : 'type'
  const input: unknown = issue.input
  const found =
    typeof input === 'object' && input !== null && key in input
      ? `found ${quotedValue((input as Record<string, unknown>)[key])}, which this release format does not know`
      : 'required but missing'
  const options = Array.isArray(extra.options)
    ? extra.options.map((option: unknown) => JSON.stringify(option))
    : []
  const last = options.pop()
  if (last === undefined) return found
  return `${found}; expected ${options.length === 0 ? last : `${options.join(', ')} or ${last}`}`
}

function isUnknownKind(issue: z.core.$ZodIssue): boolean {
  return (
    issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator'
  )
}
