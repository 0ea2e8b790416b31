/** Test helpers: the second sample release with tables of a test's own, read as a file is read. */
import { readFileSync } from 'node:fs'
import type { ReleaseDocument } from '../../../../renderer/src/release/document-schema'
import { parseReleaseDocument } from '../../../../renderer/src/release/load-document'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import type { ReleaseFacts } from '../../../../renderer/src/release/release-facts'
import { SECOND_SAMPLE_RELEASE } from '../../../support/make-second-sample'

/** The second sample's file as JSON, to change before reading. */
export function secondSampleJson(): Record<string, unknown> {
  return JSON.parse(readFileSync(SECOND_SAMPLE_RELEASE, 'utf8')) as Record<string, unknown>
}

/** Reads a release file's JSON as the app opens it, or throws with the app's message. */
export function readJson(json: unknown): ReleaseDocument {
  const read = parseReleaseDocument(json)
  if (!read.ok) throw new Error(read.error)
  return read.value
}

/** The second sample with these tables (as a file stores them), read and its facts computed. */
export function sampleWithTables(tables: readonly unknown[], change?: (json: Record<string, unknown>) => void): ReleaseFacts {
  const json = { ...secondSampleJson(), tables }
  change?.(json)
  return releaseFacts(readJson(json))
}

/** A quarter, year-ago quarter and % change column layout, as most statements print. */
export const QUARTER_COLUMNS = [
  { kind: 'period', period: 'quarter' },
  { kind: 'period', period: 'yearAgoQuarter' },
  { kind: 'change', change: 'percent', current: 'quarter', prior: 'yearAgoQuarter' },
] as const
