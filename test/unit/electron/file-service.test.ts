import {
  chmod,
  lstat,
  open,
  readFile,
  rename,
  stat,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UserFacingError } from '../../../electron/main/file-errors'
import { isTemporarySaveFile, saveAtomic } from '../../../electron/main/file-service'
import type { SaveFileSystem } from '../../../electron/main/file-service'
import {
  compareWithDisk,
  readTextWithStamp,
  sha256,
  stampFile,
} from '../../../electron/main/file-stamp'
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
