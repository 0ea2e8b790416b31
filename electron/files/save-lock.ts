import { randomBytes } from 'node:crypto'
import { open, readFile, rename, stat, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { errorCode, UserFacingError } from './file-errors'

/**
 * The lock a save holds from the moment it looks at the file on disk until its new version has
 * replaced it: `.<name>.lock` next to the file, created only if absent (one atomic step, also on
 * network shares). Every Release Desk, in any window or on any computer sharing the folder, takes
 * it before saving, so no other Release Desk can replace the file between our check and our rename.
 */

export interface SaveLock {
  readonly release: () => Promise<void>
}

export interface SaveLockOptions {
  /** Pauses between attempts while another save holds the lock; about five seconds in all. */
  readonly retryDelaysMs?: readonly number[]
}

// Short pauses: a save holds the lock for a moment, and waiting long past its end is wasted.
const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [
  5,
  10,
  20,
  40,
  80,
  ...Array<number>(48).fill(100),
]
/** A save takes seconds at most; a lock older than this was left by a crash or a lost network. */
const STALE_AFTER_MS = 2 * 60 * 1000

interface LockOwner {
  readonly pid: number
  readonly host: string
  readonly token: string
}

/** The lock file of a file: hidden, in the same folder, so every computer that sees one sees the other. */
export function lockPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.lock`)
}

/** Takes the save lock of `target`, waiting while another save holds it; throws a sentence if it stays taken. */
export async function acquireSaveLock(
  target: string,
  options: SaveLockOptions = {},
): Promise<SaveLock> {
  const path = lockPathFor(target)
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    token: randomBytes(6).toString('hex'),
  }
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS
  let holder: LockOwner | null
  for (let attempt = 0; ; attempt += 1) {
    if (await tryCreate(path, me)) return { release: () => releaseIfMine(path, me) }
    holder = await readOwner(path)
    if (await isStale(path, holder)) {
      await removeStale(path, holder)
      continue
    }
    const delay = delays[attempt]
    if (delay === undefined) break
    await new Promise((resolve) => setTimeout(resolve, delay))
  }
  const who =
    holder === null || holder.host === me.host
      ? 'another Release Desk window'
      : `Release Desk on the computer "${holder.host}"`
  throw new UserFacingError(
    `"${basename(target)}" is being saved by ${who} right now, so your changes were not saved yet. Wait a moment, then save again.`,
  )
}

async function tryCreate(path: string, me: LockOwner): Promise<boolean> {
  let handle
  try {
    handle = await open(path, 'wx')
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false
    throw error
  }
  try {
    await handle.writeFile(JSON.stringify(me))
  } catch (error) {
    // A full disk can take the name but not the bytes: leave no empty lock behind.
    await handle.close()
    await unlink(path).catch(() => undefined)
    throw error
  }
  await handle.close()
  return true
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>
    return typeof parsed.pid === 'number' &&
      typeof parsed.host === 'string' &&
      typeof parsed.token === 'string'
      ? { pid: parsed.pid, host: parsed.host, token: parsed.token }
      : null
  } catch {
    // Gone already, or just created and not yet written: judged by its age below.
    return null
  }
}

async function isStale(path: string, holder: LockOwner | null): Promise<boolean> {
  // On this computer a lock whose process has ended is stale at once: a save that crashed.
  if (holder !== null && holder.host === hostname() && !processIsAlive(holder.pid)) return true
  try {
    return Date.now() - (await stat(path)).mtimeMs > STALE_AFTER_MS
  } catch {
    return false
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errorCode(error) === 'EPERM'
  }
}

/**
 * Moves a stale lock aside before deleting it. Two saves may judge the same lock stale; only one
 * can move it, and if what was moved is no longer the lock judged stale (a fresh one taken in the
 * meantime), it is put back instead of deleted.
 */
async function removeStale(path: string, judged: LockOwner | null): Promise<void> {
  const aside = `${path}.${randomBytes(6).toString('hex')}.stale`
  try {
    await rename(path, aside)
  } catch {
    return
  }
  const moved = await readOwner(aside)
  if (judged !== null && moved !== null && moved.token !== judged.token) {
    await rename(aside, path).catch(() => undefined)
    return
  }
  await unlink(aside).catch(() => undefined)
}

async function releaseIfMine(path: string, me: LockOwner): Promise<void> {
  const owner = await readOwner(path)
  if (owner?.token === me.token) await unlink(path).catch(() => undefined)
}
