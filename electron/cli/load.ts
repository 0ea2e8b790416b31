import type { ReleaseDocument } from '../../renderer/src/release/document-schema'
import type { FiguresFile } from '../../renderer/src/release/figures-file'
import { readFiguresFile, readReleaseDocument } from '../../renderer/src/release/load-document'
import { inFile } from './cli-error'
import { readText } from './io'

/** Reads and validates a release file, or throws a one-line error naming the file and the field. */
export async function loadRelease(path: string): Promise<ReleaseDocument> {
  const result = readReleaseDocument(await readText(path))
  if (!result.ok) throw inFile(path, result.error)
  return result.value
}

/** Reads and validates a figures file. */
export async function loadFigures(path: string): Promise<FiguresFile> {
  const result = readFiguresFile(await readText(path))
  if (!result.ok) throw inFile(path, result.error)
  return result.value
}
