import { basename, isAbsolute } from 'node:path'
import type { HandlerMap } from './ipc'
import type { DocumentWindows } from './document-windows'
import type { RecentFiles } from './recent-files'
import { chooseReleaseSavePath, chooseReleaseToOpen } from './dialogs'
import { UserFacingError } from './file-errors'
import { saveAtomic } from './file-service'
import { compareWithDisk, readTextWithStamp, stampFile } from './file-stamp'
import { isReleaseFileName } from './launch-args'

/** Opening, saving and the recent list: document:open, document:save, document:recent. */

export interface DocumentHandlerDeps {
  readonly recent: RecentFiles
  readonly windows: DocumentWindows
  /** Called after the recent list changed, to rebuild File > Open Recent. */
  readonly onRecentChanged: () => void
}

/** The text that starts a conflict error; the renderer recognises it and offers "Save Anyway". */
export const CONFLICT_PREFIX = 'CONFLICT:'

type DocumentChannels = 'document:open' | 'document:save' | 'document:recent'

export function createDocumentHandlers(
  deps: DocumentHandlerDeps,
): Pick<HandlerMap, DocumentChannels> {
  const remember = async (path: string): Promise<void> => {
    await deps.recent.add(path)
    deps.onRecentChanged()
  }

  return {
    'document:open': async ({ path }, { sender }) => {
      const chosen = path ?? (await chooseReleaseToOpen(sender))
      if (chosen === null) return null
      requireReleasePath(chosen)
      const { text, stamp } = await readTextWithStamp(chosen)
      await remember(chosen)
      return { path: chosen, text, stamp }
    },

    'document:save': async (request, { sender }) => {
      const id = sender.id
      try {
        const target =
          request.path ?? (await chooseReleaseSavePath(sender, deps.windows.get(id).title))
        if (target === null) {
          deps.windows.update(id, { closeAfterSave: false })
          return null
        }
        requireReleasePath(target)
        if (request.path !== null && request.expected !== null && !request.overwriteChanged) {
          if ((await compareWithDisk(target, request.expected)) === 'changed') {
            throw new UserFacingError(
              `${CONFLICT_PREFIX} "${basename(target)}" was changed by someone else or another program since you opened it. Save anyway to replace their changes, or save under another name to keep both.`,
            )
          }
        }
        await saveAtomic(target, request.text)
        const stamp = await stampFile(target)
        await remember(target)
        return { path: target, stamp }
      } catch (error) {
        // A close waiting for this save must not happen later, after some unrelated save.
        deps.windows.update(id, { closeAfterSave: false })
        throw error
      }
    },

    'document:recent': async () => [...(await deps.recent.list())],
  }
}

/**
 * Paths from the renderer are limited to absolute .json files: the page can then never use the
 * shell to read or overwrite arbitrary files, such as settings or programs.
 */
export function requireReleasePath(path: string): void {
  if (!isAbsolute(path) || !isReleaseFileName(path)) {
    throw new UserFacingError(
      `"${path}" is not a release file. Releases are saved as files ending in .release.json.`,
    )
  }
}
