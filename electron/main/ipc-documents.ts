import type { HandlerMap } from './ipc'
import type { DocumentWindows } from './document-windows'
import type { RecentFiles } from './recent-files'
import type { FileStamp } from '../../renderer/src/contract/bridge-contract'
import { chooseReleaseSavePath, chooseReleaseToOpen } from './dialogs'
import { FileChangedError, UserFacingError } from '../files/file-errors'
import { saveAtomic } from '../files/file-service'
import { readTextWithStamp } from '../files/file-stamp'
import type { GrantedPaths } from './granted-paths'
import { createKeyedSerialQueue } from './serial-queue'

/** Opening, saving and the recent list: document:open, document:save, document:recent. */

export interface DocumentHandlerDeps {
  readonly recent: RecentFiles
  readonly windows: DocumentWindows
  /** The files the person chose; the page may open and save only these. */
  readonly granted: GrantedPaths
  /** Called after the recent list changed, to rebuild File > Open Recent. */
  readonly onRecentChanged: () => void
}

/** The text that starts a conflict error; the renderer recognises it and offers "Save Anyway". */
export const CONFLICT_PREFIX = 'CONFLICT:'

type DocumentChannels = 'document:open' | 'document:save' | 'document:recent'

/** Our saves of a file from one window: every version they replaced or wrote, and the last one written. */
interface OwnSaves {
  readonly versions: ReadonlySet<string>
  readonly latest: FileStamp
}

const MAX_OWN_VERSIONS = 32

export function createDocumentHandlers(
  deps: DocumentHandlerDeps,
): Pick<HandlerMap, DocumentChannels> {
  const remember = async (path: string): Promise<void> => {
    await deps.recent.add(path)
    deps.onRecentChanged()
  }
  // Saves of one file run one after another, in the order they were asked for, so the newer text
  // is the one that stays on disk.
  const serial = createKeyedSerialQueue()
  const ownSaves = new Map<string, OwnSaves>()

  /**
   * A second Save pressed before the first one answered still carries the stamp of the version
   * the first one replaced; what our last save wrote then counts as expected too, rather than as a
   * conflict with itself. Any change by someone else since our last save is still caught.
   */
  const expectedFor = (key: string, expected: FileStamp | null): readonly FileStamp[] => {
    if (expected === null) return []
    const own = ownSaves.get(key)
    return own !== undefined && own.versions.has(expected.sha256)
      ? [expected, own.latest]
      : [expected]
  }
  const recordOwnSave = (key: string, expected: FileStamp | null, wrote: FileStamp): void => {
    const own = ownSaves.get(key)
    const chained = own !== undefined && expected !== null && own.versions.has(expected.sha256)
    const versions = chained && own.versions.size < MAX_OWN_VERSIONS ? [...own.versions] : []
    if (expected !== null) versions.push(expected.sha256)
    ownSaves.set(key, { versions: new Set([...versions, wrote.sha256]), latest: wrote })
  }

  return {
    'document:open': async ({ path }, { sender }) => {
      let chosen = path
      if (chosen === null) {
        chosen = await chooseReleaseToOpen(sender)
        if (chosen === null) return null
        await deps.granted.grant(chosen)
      }
      const real = await deps.granted.require(chosen)
      const { text, stamp } = await readTextWithStamp(real)
      await remember(chosen)
      return { path: chosen, text, stamp }
    },

    'document:save': async (request, { sender }) => {
      const id = sender.id
      try {
        let target = request.path
        if (target === null) {
          target = await chooseReleaseSavePath(sender, deps.windows.get(id).title)
          if (target === null) {
            deps.windows.update(id, { closeAfterSave: false })
            return null
          }
          await deps.granted.grant(target)
        }
        const chosen = target
        const real = await deps.granted.require(chosen)
        const key = `${id}\u0000${real}`
        return await serial(real, async () => {
          const opened = request.path === null || request.overwriteChanged ? null : request.expected
          const expected = expectedFor(key, opened)
          const saved = await saveAtomic(real, request.text, { expected }).catch(
            (error: unknown) => {
              if (!(error instanceof FileChangedError)) throw error
              throw new UserFacingError(
                `${CONFLICT_PREFIX} ${error.message} Save anyway to replace their changes, or save under another name to keep both.`,
                { cause: error },
              )
            },
          )
          recordOwnSave(key, opened, saved.stamp)
          await remember(chosen)
          return { path: chosen, stamp: saved.stamp }
        })
      } catch (error) {
        // A close waiting for this save must not happen later, after some unrelated save.
        deps.windows.update(id, { closeAfterSave: false })
        throw error
      }
    },

    'document:recent': async () => [...(await deps.recent.list())],
  }
}
