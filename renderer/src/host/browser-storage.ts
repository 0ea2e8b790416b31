import { z } from 'zod'
import { channels } from './bridge-contract'

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
  writeJson(storage, RECENT_KEY, [name, ...recentList(storage).filter((entry) => entry !== name)].slice(0, RECENT_LIMIT))
}

export function readRecovery(storage: Storage): RecoveryCopy | null {
  const parsed = recoverySchema.safeParse(readJson(storage, RECOVERY_KEY))
  return parsed.success ? parsed.data : null
}

export function writeRecovery(storage: Storage, copy: RecoveryCopy): void {
  writeJson(storage, RECOVERY_KEY, copy)
}

export function clearRecovery(storage: Storage): void {
  try {
    storage.removeItem(RECOVERY_KEY)
  } catch {
    /* nothing to clear */
  }
}
