import { open, stat } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import type { FileStamp } from '../../renderer/src/contract/bridge-contract'
import { INPUT_LIMITS } from '../../renderer/src/release/input-limits'
import { describeReadError, errorCode, UserFacingError } from './file-errors'

/**
 * What a file looked like when it was opened or saved, to notice later that another program
 * (a colleague on a shared drive, a sync client) changed it in the meantime.
 */

/** Releases are a few hundred kilobytes; refusing giant files keeps a wrong pick from freezing the app. */
export const MAX_RELEASE_BYTES: number = INPUT_LIMITS.fileBytes

export interface StampedText {
  readonly text: string
  readonly stamp: FileStamp
}

/** Reads a text file and its stamp from one open handle, so the stamp describes exactly the text read. */
export async function readTextWithStamp(
  path: string,
  maxBytes = MAX_RELEASE_BYTES,
): Promise<StampedText> {
  try {
    const handle = await open(path, 'r')
    try {
      const info = await handle.stat()
      if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' })
      if (info.size > maxBytes) {
        throw new UserFacingError(
          `"${path}" is ${megabytes(info.size)} MB, too large to be a release file.`,
        )
      }
      const bytes = await handle.readFile()
      // A byte-order mark (added by some Windows editors) would make JSON.parse fail in the renderer.
      const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes)
      return { text, stamp: { mtimeMs: info.mtimeMs, size: bytes.length, sha256: sha256(bytes) } }
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (error instanceof UserFacingError) throw error
    throw new UserFacingError(describeReadError(error, path), { cause: error })
  }
}

/** The current stamp of a file: modification time, size and SHA-256 of its bytes. */
export async function stampFile(path: string): Promise<FileStamp> {
  return (await readTextWithStamp(path)).stamp
}

export type DiskComparison = 'unchanged' | 'changed' | 'missing'

/**
 * Compares the file on disk with the stamp taken when it was opened or last saved. Only the
 * content counts: a file that was touched or copied back unchanged is not a conflict.
 */
export async function compareWithDisk(path: string, expected: FileStamp): Promise<DiskComparison> {
  try {
    await stat(path)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'missing'
    throw new UserFacingError(describeReadError(error, path), { cause: error })
  }
  const current = await stampFile(path)
  return current.sha256 === expected.sha256 ? 'unchanged' : 'changed'
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1)
}
