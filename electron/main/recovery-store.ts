import { mkdir, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { errorCode } from '../files/file-errors'
import { saveAtomic } from '../files/file-service'
import { createSerialQueue } from './serial-queue'

/**
 * The copy of unsaved work kept while someone edits, so a crash or a power cut costs at most a
 * second of typing. It lives in its own folder (under the app's user data in production, a
 * temporary folder in tests) and is written with the same atomic save as releases.
 */

const recoveryCopySchema = z.object({
  path: z.string().nullable(),
  text: z.string(),
  savedAt: z.string(),
})
export type RecoveryCopy = z.output<typeof recoveryCopySchema>

export interface RecoveryStore {
  readonly write: (path: string | null, text: string) => Promise<void>
  /** The copy left behind, or null when there is none or it is unreadable (then set aside, not deleted). */
  readonly read: () => Promise<RecoveryCopy | null>
  readonly clear: () => Promise<void>
}

export const RECOVERY_FILE_NAME = 'recovery.json'

export function createRecoveryStore(
  folder: string,
  now: () => Date = () => new Date(),
): RecoveryStore {
  const file = join(folder, RECOVERY_FILE_NAME)
  const serial = createSerialQueue()

  const write = (path: string | null, text: string): Promise<void> =>
    serial(async () => {
      await mkdir(folder, { recursive: true })
      const copy: RecoveryCopy = { path, text, savedAt: now().toISOString() }
      await saveAtomic(file, JSON.stringify(copy))
    })

  const read = (): Promise<RecoveryCopy | null> =>
    serial(async () => {
      let raw: string
      try {
        raw = await readFile(file, 'utf8')
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return null
        throw error
      }
      const parsed = recoveryCopySchema.safeParse(parseJson(raw))
      if (parsed.success) return parsed.data
      // Keep the damaged copy for support instead of deleting someone's only trace of their work.
      const aside = join(
        folder,
        `recovery.corrupt-${now().toISOString().replace(/[:.]/g, '-')}.json`,
      )
      await rename(file, aside).catch(() => rm(file, { force: true }))
      return null
    })

  const clear = (): Promise<void> => serial(() => rm(file, { force: true }))

  return { write, read, clear }
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return undefined
  }
}
