/** The exports of every version-1 release the tests know, as sha256 hashes, to show a change of format changes no byte. */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { releaseDocx } from '../../../../renderer/src/export/docx/release-docx'
import { releaseToText } from '../../../../renderer/src/export/plain-text'
import { draftFromFigures } from '../../../../renderer/src/release/figures-file'
import { readFiguresFile, readReleaseDocument } from '../../../../renderer/src/release/load-document'
import { releaseContent } from '../../../../renderer/src/release/release-content'
import type { ReleaseDocument } from '../../../../renderer/src/release/document-schema'
import { docxTestReleases } from '../../export/docx/docx-fixtures'

const ROOT = resolve(__dirname, '../../../..')
export const HASHES_PATH = resolve(ROOT, 'test/fixtures/v1-export-hashes.json')
const SAMPLE_FIGURES = resolve(ROOT, 'assets/samples/iec-q2-fiscal-2006.figures.json')
// The sample as it was at version 1: the app's sample has since gained a table.
const V1_SAMPLE = resolve(ROOT, 'test/fixtures/v1/iec-q2-fiscal-2006.release.json')

function v1Sample(): ReleaseDocument {
  const read = readReleaseDocument(readFileSync(V1_SAMPLE, 'utf8'))
  if (!read.ok) throw new Error(`${V1_SAMPLE}: ${read.error}`)
  return read.value
}

export interface ExportHashes {
  readonly docx: string
  readonly text: string
}

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The sample, its variants the DOCX tests export, and the release drafted from the sample's figures file. */
export function v1Releases(): ReadonlyMap<string, ReleaseDocument> {
  const figures = readFiguresFile(readFileSync(SAMPLE_FIGURES, 'utf8'))
  if (!figures.ok) throw new Error(`${SAMPLE_FIGURES}: ${figures.error}`)
  const releases: readonly (readonly [string, ReleaseDocument])[] = [
    ...docxTestReleases(v1Sample()),
    ['drafted from the sample figures file', draftFromFigures(figures.value)],
  ]
  // The six-page release is grown from the app's sample, table and all; version 1 had no tables.
  return new Map(releases.map(([name, document]) => [name, { ...document, tables: [] }]))
}

/** Each release's DOCX and text export, hashed. */
export async function v1ExportHashes(): Promise<Record<string, ExportHashes>> {
  const hashes: Record<string, ExportHashes> = {}
  for (const [name, document] of v1Releases()) {
    hashes[name] = {
      docx: sha256(await releaseDocx(document)),
      text: sha256(releaseToText(releaseContent(document))),
    }
  }
  return hashes
}
