import { FORMAT_VERSION, releaseDocumentSchema } from './document-schema'
import type { ReleaseDocument } from './document-schema'
import { figuresFileSchema } from './figures-file'
import { figuresForFile } from './figures-schema'
import type { FiguresFile } from './figures-file'
import type { Result } from './result'
import { fail, ok } from './result'
import { countInWords, INPUT_LIMITS } from './input-limits'
import { MAX_NESTING, shapeProblem } from './nesting-depth'
import { firstProblem, issuePath } from './validation-message'

/** Reads JSON text; a syntax error is reported in one line, with the parser's words for where. */
export function parseJsonText(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown)
  } catch (error) {
    // Node's message can quote the text around the error across lines: keep the report on one line.
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim()
    return fail(`not valid JSON (${detail})`)
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Validates a parsed release file. A rejection names the field and the problem. */
export function parseReleaseDocument(json: unknown): Result<ReleaseDocument> {
  if (!isRecord(json)) return fail('(top level): expected a release document (a JSON object)')
  const version = json['formatVersion']
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    return fail(
      `formatVersion: this file was written by a newer Release Desk (format ${version}); this version reads format ${FORMAT_VERSION} and older`,
    )
  }
  const tooDeep = nestingProblem(json)
  if (tooDeep !== null) return fail(tooDeep)
  // reportInput: without it zod 4 drops issue.input, and a value of the wrong type read as "missing".
  const parsed = releaseDocumentSchema.safeParse(json, { reportInput: true })
  return parsed.success ? ok(parsed.data) : fail(firstProblem(parsed.error))
}

/**
 * A refusal for a file nested deeper than any release, which would overflow the validator's
 * stack, or with a list longer than any release has, which would make it list a million problems.
 */
function nestingProblem(json: unknown): string | null {
  const problem = shapeProblem(json)
  if (problem === null) return null
  // The field it sits in, not a path hundreds of steps long, and only through names a release
  // uses: a hostile file's own keys ("", "!") would make the path unreadable.
  const path = problem.path
  const readable = path.findIndex((part) => !/^(?:[A-Za-z_$][\w$]*|\d+)$/.test(String(part)))
  const field = path.slice(0, Math.min(4, readable === -1 ? path.length : readable))
  if (problem.kind === 'tooDeep')
    return `${issuePath(field)}: nested more than ${MAX_NESTING} levels deep; no release nests this far`
  const what = Array.isArray(valueAt(json, path)) ? 'a list of' : 'an object with'
  return `${issuePath(field)}: ${what} ${countInWords(problem.count)} entries; no release has more than ${countInWords(INPUT_LIMITS.listItems)} in one place`
}

function valueAt(json: unknown, path: readonly (string | number)[]): unknown {
  let value = json
  for (const key of path) value = (value as Record<string | number, unknown>)[key]
  return value
}

/** Reads and validates the text of a `.release.json` file. */
export function readReleaseDocument(text: string): Result<ReleaseDocument> {
  const json = parseJsonText(text)
  return json.ok ? parseReleaseDocument(json.value) : json
}

/** Reads and validates the text of a figures file. */
export function readFiguresFile(text: string): Result<FiguresFile> {
  const json = parseJsonText(text)
  if (!json.ok) return json
  const tooDeep = nestingProblem(json.value)
  if (tooDeep !== null) return fail(tooDeep)
  const parsed = figuresFileSchema.safeParse(json.value, { reportInput: true })
  return parsed.success ? ok(parsed.data) : fail(firstProblem(parsed.error))
}

/** The file text of a release: stable key order, two-space indent, a final newline. */
export function serializeReleaseDocument(document: ReleaseDocument): string {
  return `${JSON.stringify(releaseFileObject(document), null, 2)}\n`
}

/**
 * The release as its file holds it: the measures list, then each measure's figures by id; its
 * tables last, and only when it has some, so a release without tables saves as it always has.
 */
export function releaseFileObject(document: ReleaseDocument): Readonly<Record<string, unknown>> {
  const { formatVersion, company, period, figures, tables, ...rest } = document
  return {
    formatVersion,
    measures: figures.entries,
    company,
    period,
    figures: figuresForFile(figures),
    ...rest,
    ...(tables.length === 0 ? {} : { tables }),
  }
}
