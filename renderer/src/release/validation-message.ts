import type { z } from 'zod'

/** A zod issue path as a reader would write it: "figures.revenue.quarter", "narrative.results.content.0". */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(top level)' : path.map((part) => String(part)).join('.')
}

/** The first problem of a failed validation, as one line: "figures.revenue.quarter: expected an amount …". */
export function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0]
  if (issue === undefined) return '(top level): invalid'
  const message =
    issue.code === 'invalid_type' && issue.input === undefined
      ? 'required but missing'
      : issue.message
  return `${issuePath(issue.path)}: ${message}`
}
