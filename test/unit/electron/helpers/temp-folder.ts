import { chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'

/** A fresh temporary folder per test, removed afterwards (permissions restored first). */
export function useTempFolder(): () => string {
  let folder: string | undefined
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'release-desk-test-'))
  })
  afterEach(async () => {
    if (folder === undefined) return
    await chmod(folder, 0o755).catch(() => undefined)
    await rm(folder, { recursive: true, force: true })
    folder = undefined
  })
  return () => {
    if (folder === undefined) throw new Error('useTempFolder: the folder exists only inside a test')
    return folder
  }
}

export async function namesIn(folder: string): Promise<string[]> {
  return (await readdir(folder)).sort()
}

/**
 * True when chmod really stops this process from writing (false as root, where permission bits are
 * ignored). Tests that need a read-only folder inject the failure instead when this is false.
 */
export async function permissionsAreEnforced(readOnlyFolder: string): Promise<boolean> {
  const probe = join(readOnlyFolder, '.write-probe')
  try {
    await writeFile(probe, 'probe')
    await rm(probe, { force: true })
    return false
  } catch {
    return true
  }
}

/** A Node-style system error with a code, as fs functions throw them. */
export function systemError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated ${syscall} failure, '${path}'`), {
    code,
    syscall,
    path,
  })
}
