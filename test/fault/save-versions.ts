import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ReleaseDocument } from '../../renderer/src/release/document-schema'
import { rich } from '../../renderer/src/release/narrative-builders'
import {
  readReleaseDocument,
  serializeReleaseDocument,
} from '../../renderer/src/release/load-document'
import { STAMP } from './save-protocol'

/**
 * The two versions the kill test alternates between. Each save n writes version n % 2 stamped
 * with n, so a file on disk tells exactly which save produced it, and any mix of two saves fails
 * an exact comparison.
 */

/** The save number stamped in a release's text, or null when it carries none. */
export function stampOf(document: ReleaseDocument): number | null {
  const match = /^save (\d+)$/.exec(document.status.overrideReason ?? '')
  return match?.[1] === undefined ? null : Number(match[1])
}

const SAMPLE = resolve(__dirname, '../../assets/samples/iec-q2-fiscal-2006.release.json')

/**
 * Two complete releases of about half a megabyte each (written in several chunks, so a torn write
 * would show), differing throughout: one with many results paragraphs, the other with a long
 * bulleted list; both within the release format's limits (at most 1,000 paragraphs in one place).
 */
export function makeBaseVersions(): readonly string[] {
  const loaded = readReleaseDocument(readFileSync(SAMPLE, 'utf8'))
  if (!loaded.ok) throw new Error(`the sample release does not load: ${loaded.error}`)
  const sample = loaded.value
  const stamped = (narrative: ReleaseDocument['narrative']): string =>
    serializeReleaseDocument({
      ...sample,
      narrative,
      status: { final: false, overrideReason: `save ${STAMP}` },
    })
  const paragraphs = Array.from({ length: 950 }, (_, index) =>
    rich.paragraph(
      `Version A, paragraph ${index}: ${'sales increased in every segment this quarter. '.repeat(8)}`,
    ),
  )
  const items = Array.from({ length: 900 }, (_, index) =>
    rich.paragraph(`Version B, item ${index}: ${'a new customer was added in the quarter. '.repeat(8)}`),
  )
  return [
    stamped({ ...sample.narrative, results: rich.doc(...paragraphs) }),
    stamped({
      ...sample.narrative,
      results: {
        type: 'doc',
        content: [
          {
            type: 'bulletList',
            content: items.map((item) => ({ type: 'listItem', content: [item] })),
          },
        ],
      },
    }),
  ]
}
