import type { ReleaseDeskBridge } from '../contract/bridge-contract'
import type { ReleaseStore } from '../store/release-store'
import type { Command, CommandId, CommandRegistry } from './commands'
import { matchesShortcut } from './shortcuts'

/**
 * The page's shortcuts. In the browser they run every command. In Electron the menu's accelerators
 * run the file commands, so the page leaves those keys alone; undo and redo are the exception: the
 * page must stop the text field's own undo, so it runs them and the menu's echo is ignored.
 */

const ECHO_WINDOW_MS = 500
const PAGE_RUNS_IN_ELECTRON: readonly CommandId[] = ['edit.undo', 'edit.redo']

export interface KeyboardOptions {
  readonly commands: CommandRegistry
  readonly bridge: Pick<ReleaseDeskBridge, 'host'>
  readonly store: ReleaseStore
  readonly mac: boolean
  readonly run: (command: Command) => void
  readonly now?: () => number
}

export interface KeyboardHandler {
  readonly onKeyDown: (event: KeyboardEvent) => void
  /** Whether a menu command is the echo of a shortcut the page just ran itself. */
  readonly isEcho: (id: CommandId) => boolean
}

export function createKeyboardHandler(options: KeyboardOptions): KeyboardHandler {
  const now = options.now ?? (() => performance.now())
  let lastRun: { readonly id: CommandId; readonly at: number } | null = null
  const electron = options.bridge.host === 'electron'
  return {
    onKeyDown: (event) => {
      if (event.defaultPrevented || event.isComposing) return
      // A dialog is answering this key (Escape, Enter); the release must not change behind it.
      if (options.store.getState().dialogs.length > 0) return
      for (const command of options.commands.values()) {
        if (!command.shortcuts.some((shortcut) => matchesShortcut(event, shortcut, options.mac))) continue
        if (electron && command.menuHandled && !PAGE_RUNS_IN_ELECTRON.includes(command.id)) return
        event.preventDefault()
        lastRun = { id: command.id, at: now() }
        options.run(command)
        return
      }
    },
    isEcho: (id) => {
      const echo = electron && lastRun !== null && lastRun.id === id && now() - lastRun.at < ECHO_WINDOW_MS
      if (echo) lastRun = null
      return echo
    },
  }
}
