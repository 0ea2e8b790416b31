import { hasPath } from './json-mutation'
import type { JsonPath } from './json-mutation'

/**
 * What a rejection of a release or figures file must look like to the person who opened it: one
 * line that starts by naming where the problem is — a dotted path into the file, "(top level)",
 * or "not valid JSON (…)" — then ": " and what was expected.
 */

const SEGMENT = String.raw`(?:[A-Za-z_$][\w$]*|\d+)`
const PATH_MESSAGE = new RegExp(
  String.raw`^(\(top level\)|${SEGMENT}(?:\.${SEGMENT})*): (\S.*)$`,
  's',
)
const JSON_MESSAGE = /^not valid JSON \(.+\)$/s

export type RejectionVerdict =
  | { readonly ok: true; readonly path: JsonPath | null }
  | { readonly ok: false; readonly reason: string }

/**
 * Checks a rejection message against the input that caused it. Besides the shape, a named path
 * must lead somewhere real: its parent exists in the input, and a field said to be "required
 * but missing" really is absent (not merely of the wrong type).
 */
export function checkRejection(message: string, input: unknown): RejectionVerdict {
  if (typeof message !== 'string' || message.length === 0)
    return { ok: false, reason: 'empty or non-string message' }
  // The parser's own detail may quote the broken text, line breaks and all; the rest is one line.
  if (JSON_MESSAGE.test(message)) return { ok: true, path: null }
  if (message.includes('\n')) return { ok: false, reason: 'message spans several lines' }
  const match = PATH_MESSAGE.exec(message)
  const named = match?.[1]
  const detail = match?.[2] ?? ''
  if (named === undefined) return { ok: false, reason: 'does not start with a field path and ": "' }
  if (named === '(top level)') return { ok: true, path: [] }
  const path: JsonPath = named.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))
  if (!hasPath(input, path.slice(0, -1)))
    return { ok: false, reason: `names ${named}, whose parent is not in the file` }
  if (detail === 'required but missing' && hasPath(input, path))
    return { ok: false, reason: `says ${named} is missing, but the file has it` }
  return { ok: true, path }
}

/** The same check as an assertion, with the message and the input in the failure. */
export function assertNamedRejection(message: string, input: unknown): JsonPath | null {
  const verdict = checkRejection(message, input)
  if (!verdict.ok) {
    throw new Error(
      `bad rejection message (${verdict.reason}): ${JSON.stringify(message)}\n  input: ${shown(input)}`,
    )
  }
  return verdict.path
}

/** The start of the input, for a failure report; the input may be too deep to stringify. */
function shown(input: unknown): string {
  try {
    return String(JSON.stringify(input)).slice(0, 400)
  } catch {
    return '(too deep to show)'
  }
}
