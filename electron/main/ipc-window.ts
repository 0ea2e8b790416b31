import { isAbsolute } from 'node:path'
import { BrowserWindow, shell } from 'electron'
import type { HandlerMap } from './ipc'
import type { DocumentWindows, DocumentWindowState } from './document-windows'
import { windowTitle } from './document-windows'
import { UserFacingError } from '../files/file-errors'

/** The window itself: window:state, print:show, shell:reveal. */

export interface WindowHandlerDeps {
  readonly windows: DocumentWindows
  readonly platform: NodeJS.Platform
  /** Called after every state report; the close prompt uses it to close once a save landed. */
  readonly onStateChanged: (window: BrowserWindow, state: DocumentWindowState) => void
}

type WindowChannels = 'window:state' | 'print:show' | 'shell:reveal'

export function createWindowHandlers(deps: WindowHandlerDeps): Pick<HandlerMap, WindowChannels> {
  return {
    'window:state': async ({ title, dirty }, { sender }) => {
      const state = deps.windows.update(sender.id, { title, dirty })
      const window = BrowserWindow.fromWebContents(sender)
      if (window !== null) {
        window.setTitle(windowTitle(title, dirty))
        // macOS shows unsaved changes as a dot in the close button.
        if (deps.platform === 'darwin') window.setDocumentEdited(dirty)
        deps.onStateChanged(window, state)
      }
      return null
    },

    'print:show': ({ pageSize }, { sender }) =>
      new Promise<null>((resolve, reject) => {
        sender.print(
          { pageSize: pageSize === 'letter' ? 'Letter' : 'A4', printBackground: true },
          (success, reason) => {
            // Cancelling the print dialog is a choice, not an error.
            if (success || /cancel/i.test(reason)) resolve(null)
            else
              reject(
                new UserFacingError(
                  `The release could not be printed (${reason}). Check the printer and try again.`,
                ),
              )
          },
        )
      }),

    'shell:reveal': async ({ path }) => {
      if (!isAbsolute(path))
        throw new UserFacingError(`"${path}" is not a full file location, so it cannot be shown.`)
      shell.showItemInFolder(path)
      return null
    },
  }
}
