import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { FileStamp } from '../../renderer/src/contract/bridge-contract'
import { errorCode, FileChangedError } from './file-errors'
import type { SaveFileSystem } from './file-service'
import { sha256 } from './file-stamp'

/**
 * The last step of a save over a file someone else may be writing: replace it only if it is still
 * the version the person opened. Another Release Desk cannot interfere (it waits for the save
 * lock); a program that takes no lock — an editor rewriting the file in place, a sync client — is
 * caught by checking the very file the rename is about to replace, held under a second name:
 *
 * 1. `.<name>.<random>.old` is made a second name of the file on disk (a hard link, no copy).
 * 2. That file's content is compared with the version opened (or our own last save of it), after our new bytes are already
 *    on disk, so the check is immediately followed by the rename.
 * 3. The rename puts our version in place.
 * 4. The old file is compared once more: a write that landed in it between the check and the
 *    rename is still there, under the second name, and is put back in place as a conflict.
 */

/** Replaces `target` through `replace` unless it is none of the `expected` versions; throws FileChangedError then. */
export async function replaceIfUnchanged(
  fs: SaveFileSystem,
  target: string,
  expected: readonly FileStamp[],
  replace: () => Promise<void>,
): Promise<void> {
  const kept = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.old`)
  try {
    await fs.link(target, kept)
  } catch (error) {
    // Deleted meanwhile: Save creates it again. Some disks (FAT, some shares) have no hard links:
    // then the check is only the one just before the rename.
    if (errorCode(error) === 'ENOENT') return replace()
    if (!(await contentIs(target, expected))) throw changedError(target)
    return replace()
  }
  try {
    if (!(await contentIs(kept, expected)) || !(await sameFile(fs, target, kept)))
      throw changedError(target)
    await replace()
  } catch (error) {
    await fs.unlink(kept).catch(() => undefined)
    throw error
  }
  if (await contentIs(kept, expected)) {
    await fs.unlink(kept).catch(() => undefined)
    return
  }
  // Someone wrote into the old file in the instant before our rename: their version goes back.
  await fs.rename(kept, target)
  throw new FileChangedError(
    `"${basename(target)}" was changed by another program at the very moment you saved it; their version was kept and yours is still open, not saved.`,
  )
}

function changedError(target: string): FileChangedError {
  return new FileChangedError(
    `"${basename(target)}" was changed by someone else or another program since you opened it.`,
  )
}

async function contentIs(path: string, expected: readonly FileStamp[]): Promise<boolean> {
  try {
    const actual = sha256(await readFile(path))
    return expected.some((stamp) => stamp.sha256 === actual)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false
    throw error
  }
}

/** True while the name still leads to the file we checked, not to one renamed into place since. */
async function sameFile(fs: SaveFileSystem, a: string, b: string): Promise<boolean> {
  const [first, second] = await Promise.all([
    fs.stat(a, { bigint: true }),
    fs.stat(b, { bigint: true }),
  ])
  return first.ino === second.ino && first.dev === second.dev
}
