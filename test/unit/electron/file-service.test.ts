import { spawnSync } from 'node:child_process'
import {
  chmod,
  lstat,
  open,
  readFile,
  rename,
  rm,
  stat,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FileChangedError, UserFacingError } from '../../../electron/files/file-errors'
import { isTemporarySaveFile, saveAtomic } from '../../../electron/files/file-service'
import type { SaveFileSystem } from '../../../electron/files/file-service'
import {
  compareWithDisk,
  readTextWithStamp,
  sha256,
  stampFile,
} from '../../../electron/files/file-stamp'
import { acquireSaveLock, lockPathFor } from '../../../electron/files/save-lock'
import type { FileStamp } from '../../../renderer/src/contract/bridge-contract'
import { namesIn, permissionsAreEnforced, systemError, useTempFolder } from './helpers/temp-folder'

const folder = useTempFolder()
const FAST_RETRIES = [1, 1, 1] as const

describe('saveAtomic', () => {
  it('writes the complete content and leaves no temporary file', async () => {
    const target = join(folder(), 'Q3 2025.release.json')
    const text = JSON.stringify({ headline: 'Revenue up 12%', body: 'x'.repeat(3_000_000) })
    await saveAtomic(target, text)
    expect(await readFile(target, 'utf8')).toBe(text)
    expect(await namesIn(folder())).toEqual(['Q3 2025.release.json'])
  })

  it('replaces an existing file and keeps its permissions', async () => {
    const target = join(folder(), 'q3.release.json')
    await writeFile(target, 'old version')
    await chmod(target, 0o640)
    await saveAtomic(target, new TextEncoder().encode('new version'))
    expect(await readFile(target, 'utf8')).toBe('new version')
    expect((await stat(target)).mode & 0o777).toBe(0o640)
    expect(await namesIn(folder())).toEqual(['q3.release.json'])
  })

  it('saves through a symbolic link into the file it points to, keeping the link', async () => {
    const real = join(folder(), 'shared-q3.release.json')
    const link = join(folder(), 'q3.release.json')
    await writeFile(real, 'old')
    await symlink(real, link)
    await saveAtomic(link, 'new')
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
    expect(await readFile(real, 'utf8')).toBe('new')
  })

  it('names its temporary files so they can be recognised', () => {
    expect(isTemporarySaveFile('.q3.release.json.0123456789ab.tmp')).toBe(true)
    expect(isTemporarySaveFile('q3.release.json')).toBe(false)
  })

  it('refuses a read-only folder with a clear sentence and leaves the original intact', async () => {
    const target = join(folder(), 'q3.release.json')
    await writeFile(target, 'original')
    await chmod(folder(), 0o555)
    let fs: Partial<SaveFileSystem> = {}
    if (!(await permissionsAreEnforced(folder()))) {
      console.info(
        'Running as root: chmod 0o555 does not stop writes here, so EACCES is injected when the temporary file is created.',
      )
      fs = {
        open: (async (path: string, ...rest: unknown[]) => {
          if (String(path).endsWith('.tmp')) throw systemError('EACCES', 'open', String(path))
          return (open as (...args: unknown[]) => unknown)(path, ...rest)
        }) as SaveFileSystem['open'],
      }
    }
    const saving = saveAtomic(target, 'replacement', { fs })
    await expect(saving).rejects.toBeInstanceOf(UserFacingError)
    await expect(saving).rejects.toThrow(`Release Desk is not allowed to write to "${folder()}"`)
    await chmod(folder(), 0o755)
    expect(await readFile(target, 'utf8')).toBe('original')
    expect(await namesIn(folder())).toEqual(['q3.release.json'])
  })

  it('explains a full disk, removes the half-written temporary file and keeps the original', async () => {
    const target = join(folder(), 'q3.release.json')
    await writeFile(target, 'original')
    const fullDisk = (async (...args: Parameters<typeof open>) => {
      const handle = await open(...args)
      handle.writeFile = async () => {
        throw systemError('ENOSPC', 'write', String(args[0]))
      }
      return handle
    }) as SaveFileSystem['open']
    await expect(saveAtomic(target, 'replacement', { fs: { open: fullDisk } })).rejects.toThrow(
      /^The disk is full, so "q3\.release\.json" could not be saved/,
    )
    expect(await readFile(target, 'utf8')).toBe('original')
    expect(await namesIn(folder())).toEqual(['q3.release.json'])
  })

  it('explains a read-only disk', async () => {
    const target = join(folder(), 'q3.release.json')
    const readOnlyDisk = (async (path: string) => {
      throw systemError('EROFS', 'open', path)
    }) as unknown as SaveFileSystem['open']
    await expect(saveAtomic(target, 'x', { fs: { open: readOnlyDisk } })).rejects.toThrow(
      `The folder "${folder()}" is read-only`,
    )
  })

  it('explains a folder that is not there (its path is a file)', async () => {
    const notAFolder = join(folder(), 'not-a-folder')
    await writeFile(notAFolder, 'I am a file')
    await expect(saveAtomic(join(notAFolder, 'q3.release.json'), 'x')).rejects.toThrow(
      `The folder "${notAFolder}" no longer exists`,
    )
    expect(await readFile(notAFolder, 'utf8')).toBe('I am a file')
  })

  it('retries the rename when Windows reports the file as locked (EPERM twice, then success)', async () => {
    const target = join(folder(), 'q3.release.json')
    await writeFile(target, 'original')
    let attempts = 0
    const lockedTwice = (async (from: string, to: string) => {
      attempts += 1
      if (attempts <= 2) throw systemError('EPERM', 'rename', from)
      return rename(from, to)
    }) as SaveFileSystem['rename']
    await saveAtomic(target, 'saved after retries', {
      fs: { rename: lockedTwice },
      retryDelaysMs: FAST_RETRIES,
    })
    expect(attempts).toBe(3)
    expect(await readFile(target, 'utf8')).toBe('saved after retries')
    expect(await namesIn(folder())).toEqual(['q3.release.json'])
  })

  it('gives up after the last retry, with a sentence, and cleans up', async () => {
    const target = join(folder(), 'q3.release.json')
    await writeFile(target, 'original')
    let attempts = 0
    const alwaysLocked = (async (from: string) => {
      attempts += 1
      throw systemError('EBUSY', 'rename', from)
    }) as unknown as SaveFileSystem['rename']
    await expect(
      saveAtomic(target, 'x', { fs: { rename: alwaysLocked }, retryDelaysMs: FAST_RETRIES }),
    ).rejects.toThrow('"q3.release.json" is in use by another program')
    expect(attempts).toBe(FAST_RETRIES.length + 1)
    expect(await readFile(target, 'utf8')).toBe('original')
    expect(await namesIn(folder())).toEqual(['q3.release.json'])
  })

  it('does not retry errors that waiting cannot fix', async () => {
    let attempts = 0
    const crossDevice = (async (from: string) => {
      attempts += 1
      throw systemError('EXDEV', 'rename', from)
    }) as unknown as SaveFileSystem['rename']
    await expect(
      saveAtomic(join(folder(), 'a.json'), 'x', {
        fs: { rename: crossDevice },
        retryDelaysMs: FAST_RETRIES,
      }),
    ).rejects.toThrow(/EXDEV/)
    expect(attempts).toBe(1)
  })

  it('skips the folder fsync on Windows and still saves', async () => {
    const target = join(folder(), 'q3.release.json')
    await saveAtomic(target, 'saved', { platform: 'win32' })
    expect(await readFile(target, 'utf8')).toBe('saved')
  })
})

describe('file stamps and conflicts', () => {
  it('stamps size, modification time and SHA-256 of the bytes', async () => {
    const target = join(folder(), 'q3.release.json')
    await writeFile(target, '{"a":1}')
    const stamp = await stampFile(target)
    expect(stamp.size).toBe(7)
    expect(stamp.sha256).toBe(sha256(new TextEncoder().encode('{"a":1}')))
    expect(stamp.mtimeMs).toBe((await stat(target)).mtimeMs)
  })

  it('reports a file changed by another program as a conflict', async () => {
    const target = join(folder(), 'q3.release.json')
    await saveAtomic(target, 'version A')
    const opened = await stampFile(target)
    await writeFile(target, 'version B from a colleague')
    expect(await compareWithDisk(target, opened)).toBe('changed')
  })

  it('does not report a touched but identical file as a conflict', async () => {
    const target = join(folder(), 'q3.release.json')
    await saveAtomic(target, 'version A')
    const opened = await stampFile(target)
    await writeFile(target, 'version A')
    await utimes(target, new Date(2030, 0, 1), new Date(2030, 0, 1))
    expect((await stampFile(target)).mtimeMs).not.toBe(opened.mtimeMs)
    expect(await compareWithDisk(target, opened)).toBe('unchanged')
  })

  it('reports a deleted file as missing, not as a conflict', async () => {
    const target = join(folder(), 'gone.release.json')
    expect(await compareWithDisk(target, { mtimeMs: 1, size: 1, sha256: 'x' })).toBe('missing')
  })

  it('reads text without a byte-order mark, stamped over the bytes on disk', async () => {
    const target = join(folder(), 'bom.release.json')
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"a":1}')])
    await writeFile(target, bytes)
    const { text, stamp } = await readTextWithStamp(target)
    expect(text).toBe('{"a":1}')
    expect(stamp.size).toBe(10)
    expect(stamp.sha256).toBe(sha256(bytes))
  })

  it('explains a missing file and refuses a file that is too large', async () => {
    const missing = join(folder(), 'missing.release.json')
    await expect(readTextWithStamp(missing)).rejects.toThrow(
      `The file "${missing}" could not be found`,
    )
    const big = join(folder(), 'big.release.json')
    await writeFile(big, 'x'.repeat(2048))
    await expect(readTextWithStamp(big, 1024)).rejects.toThrow('too large to be a release file')
    await expect(readTextWithStamp(folder())).rejects.toThrow('is a folder, not a release file')
  })
})

describe('saving over a file someone else may change', () => {
  const OPENED = 'as the person opened it'

  async function opened(name = 'q3.release.json'): Promise<{ target: string; stamp: FileStamp }> {
    const target = join(folder(), name)
    await writeFile(target, OPENED)
    return { target, stamp: await stampFile(target) }
  }

  it('refuses a file marked read-only (0444 in a writable folder) and offers Save As', async () => {
    const { target } = await opened()
    await chmod(target, 0o444)
    await expect(saveAtomic(target, 'my edits')).rejects.toThrow(
      '"q3.release.json" is marked read-only, so Release Desk did not replace it. Use Save As',
    )
    expect(await readFile(target, 'utf8')).toBe(OPENED)
    expect((await stat(target)).mode & 0o777).toBe(0o444)
    expect(await namesIn(folder())).toEqual(['q3.release.json'])
  })

  it('returns the stamp of the bytes it wrote, even when another write lands right after', async () => {
    const { target } = await opened()
    const renameThenTheyWrite = (async (from: string, to: string) => {
      await rename(from, to)
      await writeFile(to, 'a colleague saved just after')
    }) as SaveFileSystem['rename']
    const saved = await saveAtomic(target, 'my edits', { fs: { rename: renameThenTheyWrite } })
    expect(saved.stamp.sha256).toBe(sha256(new TextEncoder().encode('my edits')))
    expect(saved.stamp.size).toBe(8)
    // So the next save sees the colleague's version as a change.
    expect(await compareWithDisk(target, saved.stamp)).toBe('changed')
  })

  it('refuses to replace a file changed since it was opened, and leaves nothing behind', async () => {
    const { target, stamp } = await opened()
    await writeFile(target, 'a colleague saved this')
    const saving = saveAtomic(target, 'my edits', { expected: stamp })
    await expect(saving).rejects.toBeInstanceOf(FileChangedError)
    await expect(saving).rejects.toThrow('"q3.release.json" was changed by someone else')
    expect(await readFile(target, 'utf8')).toBe('a colleague saved this')
    expect(await namesIn(folder())).toEqual(['q3.release.json'])
  })

  it('puts back a write that lands in the old file between the last check and the rename', async () => {
    const { target, stamp } = await opened()
    const theyWriteFirst = (async (from: string, to: string) => {
      // An editor rewriting the file in place, in the instant before our rename.
      if (from.endsWith('.tmp')) await writeFile(to, 'written in place at that instant')
      return rename(from, to)
    }) as SaveFileSystem['rename']
    const saving = saveAtomic(target, 'my edits', {
      expected: stamp,
      fs: { rename: theyWriteFirst },
    })
    await expect(saving).rejects.toThrow('at the very moment you saved it; their version was kept')
    expect(await readFile(target, 'utf8')).toBe('written in place at that instant')
    expect(await namesIn(folder())).toEqual(['q3.release.json'])
  })

  it('checks without a second name on disks that have no hard links', async () => {
    const { target, stamp } = await opened()
    const noLinks = (async (from: string) => {
      throw systemError('EPERM', 'link', from)
    }) as unknown as SaveFileSystem['link']
    await expect(
      saveAtomic(target, 'v2', { expected: stamp, fs: { link: noLinks } }),
    ).resolves.toMatchObject({ path: target })
    await writeFile(target, 'a colleague saved this')
    await expect(
      saveAtomic(target, 'v3', { expected: stamp, fs: { link: noLinks } }),
    ).rejects.toBeInstanceOf(FileChangedError)
    expect(await readFile(target, 'utf8')).toBe('a colleague saved this')
  })

  it('saves over a file that was deleted since it was opened', async () => {
    const { target, stamp } = await opened()
    await rm(target)
    await saveAtomic(target, 'my edits', { expected: stamp })
    expect(await readFile(target, 'utf8')).toBe('my edits')
  })
})

describe('the save lock', () => {
  it('waits for another save of the same file, then says so if it does not finish', async () => {
    const target = join(folder(), 'q3.release.json')
    await writeFile(target, 'original')
    const lock = await acquireSaveLock(target)
    await expect(saveAtomic(target, 'mine', { lockRetryDelaysMs: [1, 1] })).rejects.toThrow(
      '"q3.release.json" is being saved by another Release Desk window right now, so your changes were not saved yet.',
    )
    expect(await readFile(target, 'utf8')).toBe('original')
    await lock.release()
    await saveAtomic(target, 'mine')
    expect(await readFile(target, 'utf8')).toBe('mine')
    expect(await namesIn(folder())).toEqual(['q3.release.json'])
  })

  it('names the computer of a colleague whose Release Desk holds the lock', async () => {
    const target = join(folder(), 'q3.release.json')
    await writeFile(
      lockPathFor(target),
      JSON.stringify({ pid: 1, host: 'finance-laptop-7', token: 'abc' }),
    )
    await expect(saveAtomic(target, 'mine', { lockRetryDelaysMs: [1] })).rejects.toThrow(
      'is being saved by Release Desk on the computer "finance-laptop-7" right now',
    )
  })

  it('takes over a lock left by a save that crashed on this computer', async () => {
    const target = join(folder(), 'q3.release.json')
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid
    await writeFile(
      lockPathFor(target),
      JSON.stringify({ pid: dead, host: hostname(), token: 'abc' }),
    )
    await saveAtomic(target, 'mine', { lockRetryDelaysMs: [] })
    expect(await readFile(target, 'utf8')).toBe('mine')
    expect(await namesIn(folder())).toEqual(['q3.release.json'])
  })

  it('recognises what a crashed save leaves behind', () => {
    for (const name of [
      '.q3.release.json.lock',
      '.q3.release.json.0123456789ab.old',
      '.q3.release.json.lock.0123456789ab.stale',
    ])
      expect(isTemporarySaveFile(name), name).toBe(true)
  })
})
