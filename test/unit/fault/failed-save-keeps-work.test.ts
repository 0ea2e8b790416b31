import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { UserFacingError } from '../../../electron/files/file-errors'
import { saveAtomic } from '../../../electron/files/file-service'
import type { AppContext } from '../../../renderer/src/app/app-context'
import { saveRelease } from '../../../renderer/src/app/file-flows'
import type { FileStamp } from '../../../renderer/src/contract/bridge-contract'
import { serializeReleaseDocument } from '../../../renderer/src/release/load-document'
import { selectDirty } from '../../../renderer/src/store/selectors'
import { failAt } from '../../fault/inject'
import type { SaveStep } from '../../fault/inject'
import { fakeBridge } from '../renderer/helpers/fake-bridge'
import { sampleDocument, sampleStore } from '../renderer/helpers/sample'
import { figureRow } from '../../support/figure-rows'

/**
 * From the disk to the screen: a save that the file service refuses (disk full, read-only,
 * denied) reaches the editor as the shell's sentence in an error toast, and the release stays
 * marked unsaved with the edit still in it, so nothing is lost and Save can be tried again.
 */

const STAMP: FileStamp = { mtimeMs: 1, size: 1, sha256: 'x' }
let folder = ''
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'release-desk-failed-save-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('a failed save in the editor', () => {
  it.each([
    [
      'write',
      'ENOSPC',
      /^The release was not saved\. The disk is full, so "q2\.release\.json" could not be saved\./,
    ],
    ['create', 'EROFS', /^The release was not saved\. The folder ".*" is read-only/],
    [
      'rename',
      'EPERM',
      /^The release was not saved\. Release Desk is not allowed to write to ".*"/,
    ],
  ] as const)(
    '%s failing with %s keeps the edit, marks it unsaved and shows why',
    async (step: SaveStep, code, shown) => {
      const path = join(folder, 'q2.release.json')
      const original = serializeReleaseDocument(sampleDocument())
      await writeFile(path, original)
      const store = sampleStore()
      store.getState().replaceDocument(sampleDocument(), path, STAMP)
      store.getState().setFigure('revenue', 'quarter', '5.7m')
      expect(selectDirty(store.getState())).toBe(true)

      // The shell's document:save, as its IPC wrapper answers: the error's sentence, never a throw.
      const bridge = fakeBridge({
        'document:save': () => ({ ok: false, error: 'not reached' }),
      })
      const save: AppContext['bridge']['document:save'] = async (request) => {
        try {
          await saveAtomic(request.path ?? path, request.text, {
            fs: failAt(step, code).fs,
            retryDelaysMs: [0],
          })
          return { ok: true, value: { path: request.path ?? path, stamp: STAMP } }
        } catch (error) {
          if (!(error instanceof UserFacingError)) throw error
          return { ok: false, error: error.message }
        }
      }
      const ctx: AppContext = {
        store,
        bridge: { ...bridge.bridge, 'document:save': save },
        editors: new Map(),
      }

      expect(await saveRelease(ctx, { saveAs: false })).toBe(false)
      const state = store.getState()
      expect(selectDirty(state)).toBe(true)
      expect(figureRow(state.document.figures, 'revenue').quarter).toBe('5700000')
      expect(
        state.toasts.filter((toast) => toast.kind === 'error').map((toast) => toast.text),
      ).toEqual([expect.stringMatching(shown)])
      expect(await readFile(path, 'utf8')).toBe(original)
    },
  )
})
