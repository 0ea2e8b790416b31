import type { BrowserWindow } from 'electron'
import type { DocumentWindows, DocumentWindowState } from './document-windows'
import { askToSaveBeforeClosing } from './dialogs'

/**
 * Asks before a window with unsaved changes closes: Save, Don't Save or Cancel. Saving is the
 * renderer's job (it owns the document), so Save sends it the save command and the window closes
 * only when the renderer reports the release clean again; a cancelled or failed save keeps it open.
 */

export interface ClosePromptActions {
  /** Sends the renderer the "file.save" command. */
  readonly requestSave: () => void
  /** Runs when the person chose Don't Save, e.g. to drop the now unwanted recovery copy. */
  readonly onDiscard: () => void
}

export interface ClosePrompt {
  /** Call with every state report; closes the window once the save asked for by the prompt landed. */
  readonly closeIfSaved: (state: DocumentWindowState) => void
}

export function installClosePrompt(
  window: BrowserWindow,
  windows: DocumentWindows,
  actions: ClosePromptActions,
): ClosePrompt {
  const id = window.webContents.id
  let allowClose = false
  let prompting = false

  const closeNow = (): void => {
    allowClose = true
    window.close()
  }

  window.on('close', (event) => {
    const state = windows.get(id)
    if (allowClose || !state.dirty) return
    event.preventDefault()
    if (prompting) return
    prompting = true
    void askToSaveBeforeClosing(window, state.title)
      .then((choice) => {
        switch (choice) {
          case 'save':
            windows.update(id, { closeAfterSave: true })
            actions.requestSave()
            return
          case 'discard':
            actions.onDiscard()
            closeNow()
            return
          case 'cancel':
            return
        }
      })
      .finally(() => {
        prompting = false
      })
  })

  return {
    closeIfSaved: (state) => {
      if (state.closeAfterSave && !state.dirty && !window.isDestroyed()) closeNow()
    },
  }
}
