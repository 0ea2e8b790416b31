import * as nodeFs from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import type { FileStamp } from '../../renderer/src/contract/bridge-contract'
import { describeWriteError, errorCode, UserFacingError } from './file-errors'
import { replaceIfUnchanged } from './replace-if-unchanged'
import { acquireSaveLock } from './save-lock'
import type { SaveLock } from './save-lock'
import { sha256 } from './file-stamp'

/**
 * Saving without ever leaving a half-written release on disk: the new bytes go to a temporary
 * file next to the target, are flushed to the disk, and only then replace the target in one
 * rename. A crash or a full disk at any moment leaves either the old file or the new one. The
 * save lock and the check just before the rename keep another writer's version from being
 * replaced unseen (see replace-if-unchanged.ts and docs/files.md).
 * Plain Node on purpose (no Electron), so it is tested on the real file system.
 */

/** The parts of `fs/promises` a save uses; tests replace single functions to inject failures. */
export type SaveFileSystem = Pick<
  typeof nodeFs,
  'open' | 'rename' | 'unlink' | 'stat' | 'chmod' | 'link'
>

export interface SaveOptions {
  readonly fs?: Partial<SaveFileSystem>
  /** Pauses between rename attempts when Windows reports the target as locked. */
  readonly retryDelaysMs?: readonly number[]
  /** Pauses between attempts while another save holds the file's save lock. */
  readonly lockRetryDelaysMs?: readonly number[]
  readonly platform?: NodeJS.Platform
  /**
   * The version the person opened or last saved (or several that all count as theirs). When
   * set, the file is replaced only if it still has one of these contents; otherwise the save
   * throws a FileChangedError and the file stays as it is.
   */
  readonly expected?: FileStamp | readonly FileStamp[] | null
}

/** What a save wrote: the real location (links resolved) and the stamp of our own bytes. */
export interface SavedFile {
  readonly path: string
  readonly stamp: FileStamp
}

/**
 * Virus scanners, indexers and sync clients briefly lock a file that was just written, mostly on
 * Windows; the rename then fails with one of these and succeeds moments later.
 */
const TRANSIENT_RENAME_CODES: ReadonlySet<string> = new Set(['EPERM', 'EBUSY', 'EACCES'])
const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [50, 100, 200, 400, 800]

/** Writes `data` to `target` atomically under the save lock; throws a UserFacingError naming the file and the cause. */
export async function saveAtomic(
  requested: string,
  data: string | Uint8Array,
  options: SaveOptions = {},
): Promise<SavedFile> {
  const fs: SaveFileSystem = { ...nodeFs, ...options.fs }
  const platform = options.platform ?? process.platform
  // Through a symbolic link, replace the file it points to rather than the link itself.
  const target = await nodeFs.realpath(requested).catch(() => requested)
  const folder = dirname(target)
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  const lock = await acquireLockOrExplain(target, options)
  const temp = temporaryPathFor(target)
  let tempCreated = false
  let mtimeMs: number | undefined
  try {
    const existing = await existingFile(fs, target)
    if (existing !== undefined && (existing.mode & 0o222) === 0)
      throw new UserFacingError(readOnlyFileMessage(target))
    const mode = platform === 'win32' ? undefined : existing?.mode
    // 'wx' refuses to follow or reuse a file that happens to exist under the temporary name.
    const handle = await fs.open(temp, 'wx', mode ?? 0o666)
    tempCreated = true
    try {
      await handle.writeFile(bytes)
      await handle.sync()
      mtimeMs = (await handle.stat()).mtimeMs
    } finally {
      await handle.close()
    }
    // The umask may have narrowed the mode given to open; keep the permissions the file had.
    if (mode !== undefined) await fs.chmod(temp, mode)
    const replace = (): Promise<void> =>
      renameWithRetry(fs, temp, target, options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS)
    const expected = acceptedVersions(options.expected)
    if (expected.length === 0 || existing === undefined) await replace()
    else await replaceIfUnchanged(fs, target, expected, replace)
    tempCreated = false
  } catch (error) {
    if (tempCreated) await fs.unlink(temp).catch(() => undefined)
    if (error instanceof UserFacingError) throw error
    throw new UserFacingError(describeWriteError(error, target), { cause: error })
  } finally {
    await lock.release()
  }
  await syncFolder(fs, folder, platform)
  return { path: target, stamp: { mtimeMs, size: bytes.length, sha256: sha256(bytes) } }
}

function acceptedVersions(expected: SaveOptions['expected']): readonly FileStamp[] {
  if (expected === undefined || expected === null) return []
  return Array.isArray(expected) ? expected : [expected as FileStamp]
}

async function acquireLockOrExplain(target: string, options: SaveOptions): Promise<SaveLock> {
  try {
    return await acquireSaveLock(
      target,
      options.lockRetryDelaysMs === undefined ? {} : { retryDelaysMs: options.lockRetryDelaysMs },
    )
  } catch (error) {
    if (error instanceof UserFacingError) throw error
    throw new UserFacingError(describeWriteError(error, target), { cause: error })
  }
}

/** The sentence for a file marked read-only: replacing it would undo someone's decision. */
export function readOnlyFileMessage(target: string): string {
  return `"${basename(target)}" is marked read-only, so Release Desk did not replace it. Use Save As to save your changes under another name, or make the file writable and save again.`
}

/** A name in the same folder (a rename across disks is not atomic) that nobody else will pick. */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
}

/**
 * True for the files a save creates and removes again (temporary copy, kept old version, lock),
 * so that tests and cleanup can recognise what a crashed save left behind.
 */
export function isTemporarySaveFile(name: string): boolean {
  return /^\..+\.([0-9a-f]{12}\.(tmp|old)|lock|lock\.[0-9a-f]{12}\.stale)$/.test(name)
}

async function existingFile(
  fs: SaveFileSystem,
  target: string,
): Promise<{ readonly mode: number } | undefined> {
  try {
    return { mode: (await fs.stat(target)).mode & 0o777 }
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined
    throw error
  }
}

async function renameWithRetry(
  fs: SaveFileSystem,
  from: string,
  to: string,
  delaysMs: readonly number[],
): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(from, to)
      return
    } catch (error) {
      const delay = delaysMs[attempt]
      const code = errorCode(error)
      if (delay === undefined || code === undefined || !TRANSIENT_RENAME_CODES.has(code))
        throw error
      await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }
}

/**
 * Flushes the folder entry so the rename itself survives a power cut. Windows cannot open a folder
 * for fsync, and some network file systems refuse it; the file is already in place by then, so a
 * refusal here must not turn a good save into a reported failure.
 */
async function syncFolder(
  fs: SaveFileSystem,
  folder: string,
  platform: NodeJS.Platform,
): Promise<void> {
  if (platform === 'win32') return
  try {
    const handle = await fs.open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Best effort, see above.
  }
}
