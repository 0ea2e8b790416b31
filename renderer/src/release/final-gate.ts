import type { Finding } from './checks/finding'
import type { ReleaseDocument } from './document-schema'

/**
 * The one rule for a final release leaving the app or the command line: a draft goes freely (it
 * carries the DRAFT mark); a final release goes only when the checks find no errors, or with a
 * stated reason, which is then recorded in the release.
 */
export type FinalGateVerdict =
  | { readonly kind: 'clear' }
  /** Final, with errors, and no reason given: nothing may be written. */
  | { readonly kind: 'blocked'; readonly errors: readonly Finding[] }
  /** Final, with errors, and a reason given: the output goes, with the reason recorded. */
  | { readonly kind: 'overridden'; readonly errors: readonly Finding[]; readonly reason: string }

/** Applies the final gate to a release about to go out, given its findings and any stated reason. */
export function finalGate(
  document: ReleaseDocument,
  findings: readonly Finding[],
  reason: string | null,
): FinalGateVerdict {
  if (!document.status.final) return { kind: 'clear' }
  const errors = findings.filter((entry) => entry.severity === 'error')
  if (errors.length === 0) return { kind: 'clear' }
  const stated = normalizeReason(reason)
  return stated === null ? { kind: 'blocked', errors } : { kind: 'overridden', errors, reason: stated }
}

/** A reason as it is recorded: trimmed, with inner line breaks kept; null when nothing was said. */
export function normalizeReason(reason: string | null): string | null {
  const trimmed = reason?.trim() ?? ''
  return trimmed === '' ? null : trimmed
}

/** The release with the reason recorded in its status, or the same release when it already says so. */
export function withOverrideReason(document: ReleaseDocument, reason: string): ReleaseDocument {
  if (document.status.overrideReason === reason) return document
  return { ...document, status: { ...document.status, overrideReason: reason } }
}
