import * as nodeFs from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import { describeWriteError, errorCode, UserFacingError } from './file-errors'

/**
 * Saving without ever leaving a half-written release on disk: the new bytes go to a temporary
 * file next to the target, are flushed to the disk, and only then replace the target in one
 * rename. A crash or a full disk at any moment leaves either the old file or the new one.
 * Plain Node on purpose (no Electron), so it is tested on the real file system.
 */

/** The parts of `fs/promises` a save uses; tests replace single functions to inject failures. */
export type SaveFileSystem = Pick<typeof nodeFs, 'open' | 'rename' | 'unlink' | 'stat' | 'chmod'>

export interface SaveOptions {
  readonly fs?: Partial<SaveFileSystem>
  /** Pauses between rename attempts when Windows reports the target as locked. */
  readonly retryDelaysMs?: readonly number[]
  readonly platform?: NodeJS.Platform
}

/**
 * Virus scanners, indexers and sync clients briefly lock a file that was just written, mostly on
 * Windows; the rename then fails with one of these and succeeds moments later.
 */
const TRANSIENT_RENAME_CODES: ReadonlySet<string> = new Set(['EPERM', 'EBUSY', 'EACCES'])
const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [50, 100, 200, 400, 800]

/** Writes `data` to `target` atomically; throws a UserFacingError naming the file and the cause. */
export async function saveAtomic(
  requested: string,
  data: string | Uint8Array,
  options: SaveOptions = {},
): Promise<void> {
  const fs: SaveFileSystem = { ...nodeFs, ...options.fs }
  const platform = options.platform ?? process.platform
  // Through a symbolic link, replace the file it points to rather than the link itself.
  const target = await nodeFs.realpath(requested).catch(() => requested)
  const folder = dirname(target)
  const temp = temporaryPathFor(target)
  let tempCreated = false
  try {
    const mode = await existingMode(fs, target, platform)
    // 'wx' refuses to follow or reuse a file that happens to exist under the temporary name.
    const handle = await fs.open(temp, 'wx', mode ?? 0o666)
    tempCreated = true
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    // The umask may have narrowed the mode given to open; keep the permissions the file had.
    if (mode !== undefined) await fs.chmod(temp, mode)
    await renameWithRetry(fs, temp, target, options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS)
    tempCreated = false
  } catch (error) {
    if (tempCreated) await fs.unlink(temp).catch(() => undefined)
    throw new UserFacingError(describeWriteError(error, target), { cause: error })
  }
  await syncFolder(fs, folder, platform)
}

/** A name in the same folder (a rename across disks is not atomic) that nobody else will pick. */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
}

/** True for the temporary files `saveAtomic` creates, so tests and cleanup can recognise them. */
export function isTemporarySaveFile(name: string): boolean {
  return /^\..+\.[0-9a-f]{12}\.tmp$/.test(name)
}

async function existingMode(
  fs: SaveFileSystem,
  target: string,
  platform: NodeJS.Platform,
): Promise<number | undefined> {
  if (platform === 'win32') return undefined
  try {
    return (await fs.stat(target)).mode & 0o777
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
