import type { FileHandle } from 'node:fs/promises'
import { chmod, open, rename } from 'node:fs/promises'
import type { SaveFileSystem } from '../../electron/files/file-service'

/** Failures injected into one step of saveAtomic through its `fs` option. */

export const SAVE_STEPS = ['create', 'write', 'sync', 'chmod', 'rename'] as const
export type SaveStep = (typeof SAVE_STEPS)[number]

/** A Node-style system error, as fs functions throw them. */
export function systemError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected ${syscall} failure, '${path}'`), {
    code,
    syscall,
    path,
  })
}

export interface Injection {
  readonly fs: Partial<SaveFileSystem>
  /** How many times the failing step was attempted (rename is retried for some codes). */
  readonly attempts: () => number
}

/**
 * An `fs` whose `step` fails with `code`. A failing write first puts half the bytes in the
 * temporary file, as a disk that fills up mid-write does.
 */
export function failAt(step: SaveStep, code: string): Injection {
  let attempts = 0
  const fail = (syscall: string, path: string): never => {
    attempts += 1
    throw systemError(code, syscall, path)
  }
  const openTemp = async (path: string, flags: string, mode?: number): Promise<FileHandle> => {
    if (flags !== 'wx') return open(path, flags, mode)
    if (step === 'create') fail('open', path)
    const handle = await open(path, flags, mode)
    const writeFile = async (data: string | Uint8Array): Promise<void> => {
      if (step !== 'write') return handle.writeFile(data)
      const bytes = typeof data === 'string' ? Buffer.from(data) : data
      await handle.write(bytes, 0, Math.floor(bytes.length / 2), 0)
      fail('write', path)
    }
    const sync = async (): Promise<void> => (step === 'sync' ? fail('fsync', path) : handle.sync())
    return Object.assign(Object.create(handle) as FileHandle, {
      writeFile,
      sync,
      close: () => handle.close(),
    })
  }
  return {
    attempts: () => attempts,
    fs: {
      open: openTemp as SaveFileSystem['open'],
      chmod: async (path, mode) =>
        step === 'chmod' ? fail('chmod', String(path)) : chmod(path, mode),
      rename: async (from, to) =>
        step === 'rename' ? fail('rename', String(from)) : rename(from, to),
    },
  }
}
