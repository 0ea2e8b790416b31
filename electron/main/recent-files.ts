import { access, mkdir, readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { z } from 'zod'
import { saveAtomic } from '../files/file-service'
import { createSerialQueue } from './serial-queue'

/** The File > Open Recent list: most recent first, no duplicates, kept as JSON in the user data folder. */

export const MAX_RECENT_FILES = 10

export interface RecentFiles {
  /** The remembered files that still exist; files that have gone are dropped from the list. */
  readonly list: () => Promise<readonly string[]>
  readonly add: (path: string) => Promise<readonly string[]>
  readonly clear: () => Promise<void>
}

export interface RecentFilesOptions {
  readonly max?: number
  readonly platform?: NodeJS.Platform
  readonly exists?: (path: string) => Promise<boolean>
}

const storedListSchema = z.array(z.string().min(1))

export function createRecentFiles(file: string, options: RecentFilesOptions = {}): RecentFiles {
  const max = options.max ?? MAX_RECENT_FILES
  const platform = options.platform ?? process.platform
  const exists = options.exists ?? fileExists
  const serial = createSerialQueue()
  // Windows and macOS disks usually ignore case, so "Q3.release.json" and "q3.release.json" are one file.
  const sameFile = (a: string, b: string): boolean =>
    platform === 'win32' || platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b

  const load = async (): Promise<string[]> => {
    try {
      const parsed = storedListSchema.safeParse(JSON.parse(await readFile(file, 'utf8')))
      return parsed.success ? parsed.data : []
    } catch {
      // A missing or damaged list is an empty list: it only ever holds shortcuts.
      return []
    }
  }
  const store = async (paths: readonly string[]): Promise<void> => {
    await mkdir(dirname(file), { recursive: true })
    await saveAtomic(file, JSON.stringify(paths, null, 2))
  }

  const list = (): Promise<readonly string[]> =>
    serial(async () => {
      const stored = await load()
      const present: string[] = []
      for (const path of stored) if (await exists(path)) present.push(path)
      if (present.length !== stored.length) await store(present)
      return present
    })

  const add = (path: string): Promise<readonly string[]> =>
    serial(async () => {
      const absolute = resolve(path)
      const next = [
        absolute,
        ...(await load()).filter((entry) => !sameFile(entry, absolute)),
      ].slice(0, max)
      await store(next)
      return next
    })

  const clear = (): Promise<void> => serial(() => store([]))

  return { list, add, clear }
}

async function fileExists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}
