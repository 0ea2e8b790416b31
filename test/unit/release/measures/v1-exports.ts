/** The exports of every version-1 release the tests know, as sha256 hashes, to show a change of format changes no byte. */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { releaseDocx } from '../../../../renderer/src/export/docx/release-docx'
import { releaseToText } from '../../../../renderer/src/export/plain-text'
import { draftFromFigures } from '../../../../renderer/src/release/figures-file'
import { readFiguresFile } from '../../../../renderer/src/release/load-document'
import { releaseContent } from '../../../../renderer/src/release/release-content'
import type { ReleaseDocument } from '../../../../renderer/src/release/document-schema'
import { docxTestReleases } from '../../export/docx/docx-fixtures'

const ROOT = resolve(__dirname, '../../../..')
export const HASHES_PATH = resolve(ROOT, 'test/fixtures/v1-export-hashes.json')
const SAMPLE_FIGURES = resolve(ROOT, 'assets/samples/iec-q2-fiscal-2006.figures.json')

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
  return new Map([
    ...docxTestReleases(),
    ['drafted from the sample figures file', draftFromFigures(figures.value)],
  ])
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
