import { z } from 'zod'
import { channels } from '../contract/bridge-contract'

/** The browser host's localStorage: the recent list and the recovery copy, under versioned keys. */

export const RECENT_KEY = 'release-desk.recent.v1'
export const RECOVERY_KEY = 'release-desk.recovery.v1'
const RECENT_LIMIT = 10

const recentSchema = z.array(z.string())
const recoverySchema = channels['recovery:read'].response.unwrap()
export type RecoveryCopy = z.output<typeof recoverySchema>

function readJson(storage: Storage, key: string): unknown {
  try {
    const text = storage.getItem(key)
    return text === null ? null : (JSON.parse(text) as unknown)
  } catch {
    // Unreadable storage is treated as empty: it only ever held copies.
    return null
  }
}

/** Storage can be full or disabled; losing a recent-list entry must never stop a save. */
function writeJson(storage: Storage, key: string, value: unknown): void {
  try {
    storage.setItem(key, JSON.stringify(value))
  } catch {
    /* see above */
  }
}

export function recentList(storage: Storage): string[] {
  const parsed = recentSchema.safeParse(readJson(storage, RECENT_KEY))
  return parsed.success ? parsed.data : []
}

export function rememberRecent(storage: Storage, name: string): void {
  writeJson(
    storage,
    RECENT_KEY,
    [name, ...recentList(storage).filter((entry) => entry !== name)].slice(0, RECENT_LIMIT),
  )
}

export function readRecovery(storage: Storage): RecoveryCopy | null {
  const parsed = recoverySchema.safeParse(readJson(storage, RECOVERY_KEY))
  return parsed.success ? parsed.data : null
}

/**
 * Keeps the recovery copy; throws a sentence for the person when the browser refuses it (its
 * storage for this page is full, or storage is turned off), since the copy is their safety net.
 * The previous copy, if any, stays as it was.
 */
export function writeRecovery(storage: Storage, copy: RecoveryCopy): void {
  const text = JSON.stringify(copy)
  try {
    storage.setItem(RECOVERY_KEY, text)
  } catch (error) {
    const kilobytes = Math.ceil((text.length * 2) / 1024)
    throw new Error(
      isQuotaError(error)
        ? `The browser's storage for this page is full, so the recovery copy of your unsaved work (${kilobytes} KB) could not be kept. Save the release to keep your work safe; you can go on editing.`
        : 'The browser does not let this page store data, so no recovery copy of your unsaved work can be kept. Save the release to keep your work safe; you can go on editing.',
      { cause: error },
    )
  }
}

/** Browsers name a full storage differently: QuotaExceededError, or Firefox's NS_ERROR_DOM_QUOTA_REACHED. */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const { name, code } = error as { name?: unknown; code?: unknown }
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  )
}

export function clearRecovery(storage: Storage): void {
  try {
    storage.removeItem(RECOVERY_KEY)
  } catch {
    /* nothing to clear */
  }
}
