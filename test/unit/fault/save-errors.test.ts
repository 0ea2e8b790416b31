import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { UserFacingError } from '../../../electron/files/file-errors'
import { saveAtomic } from '../../../electron/files/file-service'
import { createRecoveryStore } from '../../../electron/main/recovery-store'
import { readReleaseDocument } from '../../../renderer/src/release/load-document'
import { failAt, SAVE_STEPS } from '../../fault/inject'
import { makeBaseVersions } from '../../fault/save-versions'
import { mountSmallDisk } from '../../fault/small-disk'
import type { SmallDisk } from '../../fault/small-disk'

/**
 * A save that cannot complete — disk full, folder read-only, permission denied — must leave the
 * release on disk exactly as it was and tell the person why in a sentence. Tests run as root, where
 * chmod denies nothing, so denial is injected; the full and read-only disks are real tmpfs mounts
 * when the machine allows mounting (it prints which), injected otherwise.
 */

const NAME = 'iec-q2-fiscal-2006.release.json'
// The sample stands for the person's file: its exact bytes are what must survive.
const SAMPLE = readFileSync(
  join(__dirname, '../../../assets/samples/iec-q2-fiscal-2006.release.json'),
  'utf8',
)
const [BIG_VERSION = ''] = makeBaseVersions()

const DISK_FULL = `The disk is full, so "${NAME}" could not be saved. Free some space and save again; nothing was lost, the release is still open.`
const notAllowed = (folder: string): string =>
  `Release Desk is not allowed to write to "${folder}". Use Save As to choose another folder, or ask your IT team for access.`
const readOnly = (folder: string): string =>
  `The folder "${folder}" is read-only, so "${NAME}" could not be saved there. Use Save As to choose another folder.`

/** The original is byte for byte what it was, still opens, and nothing else was left beside it. */
async function expectOriginalIntact(folder: string, extra: readonly string[] = []): Promise<void> {
  const text = await readFile(join(folder, NAME), 'utf8')
  expect(text).toBe(SAMPLE)
  expect(readReleaseDocument(text).ok).toBe(true)
  expect((await readdir(folder)).sort()).toEqual([NAME, ...extra].sort())
}

let folder = ''
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'release-desk-fault-'))
  await writeFile(join(folder, NAME), SAMPLE)
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('injected failures at every step of a save', () => {
  const cases = SAVE_STEPS.flatMap((step) =>
    (['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS'] as const).map((code) => ({ step, code })),
  )
  it.each(cases)(
    '$code at $step: the original survives and the message says why',
    async ({ step, code }) => {
      const injection = failAt(step, code)
      const saving = saveAtomic(join(folder, NAME), BIG_VERSION, {
        fs: injection.fs,
        retryDelaysMs: [0, 0],
      })
      await expect(saving).rejects.toBeInstanceOf(UserFacingError)
      const expected =
        code === 'ENOSPC' || code === 'EDQUOT'
          ? DISK_FULL
          : code === 'EROFS'
            ? readOnly(folder)
            : notAllowed(folder)
      await expect(saving).rejects.toThrow(expected)
      await expectOriginalIntact(folder)
      // A locked file (EPERM/EACCES on rename, as Windows reports it) is retried before giving up.
      const retried = step === 'rename' && (code === 'EPERM' || code === 'EACCES')
      expect(injection.attempts()).toBe(retried ? 3 : 1)
    },
  )
})

describe('a real full disk and a real read-only disk', () => {
  let disk: SmallDisk | null = null
  let reason = ''
  beforeEach(async () => {
    const mounted = await mountSmallDisk(512)
    disk = mounted.ok ? mounted.disk : null
    reason = mounted.ok ? '' : mounted.reason
  })
  afterEach(async () => {
    await disk?.unmount()
    disk = null
  })

  it('a full disk: the save is refused with the disk-full sentence, the original and the recovery copy survive', async () => {
    if (disk === null) {
      console.log(`full disk: ENOSPC injected (no tmpfs could be mounted: ${reason})`)
      const injected = saveAtomic(join(folder, NAME), BIG_VERSION, {
        fs: failAt('write', 'ENOSPC').fs,
      })
      await expect(injected).rejects.toThrow(DISK_FULL)
      await expectOriginalIntact(folder)
      return
    }
    console.log('full disk: a real 512 KB tmpfs filled to the last byte')
    const documents = join(disk.folder, 'documents')
    const recoveryFolder = join(disk.folder, 'recovery')
    await mkdir(documents)
    await saveAtomic(join(documents, NAME), SAMPLE)
    const recovery = createRecoveryStore(recoveryFolder)
    await recovery.write(join(documents, NAME), SAMPLE)
    // Fill every remaining byte: the filler is written until the disk refuses.
    await writeFile(join(disk.folder, 'filler'), Buffer.alloc(1024 * 1024)).catch(
      (error: unknown) => {
        expect(error).toMatchObject({ code: 'ENOSPC' })
      },
    )
    const saving = saveAtomic(join(documents, NAME), BIG_VERSION)
    await expect(saving).rejects.toThrow(DISK_FULL)
    await expectOriginalIntact(documents)
    await expect(recovery.write(join(documents, NAME), BIG_VERSION)).rejects.toThrow(
      'The disk is full, so "recovery.json" could not be saved.',
    )
    expect(await recovery.read()).toMatchObject({ path: join(documents, NAME), text: SAMPLE })
  })

  it('a read-only disk: the save is refused with the read-only sentence and the original survives', async () => {
    if (disk === null) {
      console.log(`read-only disk: EROFS injected (no tmpfs could be mounted: ${reason})`)
      await expect(
        saveAtomic(join(folder, NAME), BIG_VERSION, { fs: failAt('create', 'EROFS').fs }),
      ).rejects.toThrow(readOnly(folder))
      await expectOriginalIntact(folder)
      return
    }
    console.log('read-only disk: a real tmpfs remounted read-only')
    await writeFile(join(disk.folder, NAME), SAMPLE)
    disk.makeReadOnly()
    await expect(saveAtomic(join(disk.folder, NAME), BIG_VERSION)).rejects.toThrow(
      readOnly(disk.folder),
    )
    await expectOriginalIntact(disk.folder)
  })
})
