import { dialog } from 'electron'
import type { BrowserWindow, MessageBoxOptions, RenderProcessGoneDetails } from 'electron'
import type { RecoveryCopy } from './recovery-store'

/**
 * When the editor's page crashes or stops responding, the person is told and offered a way back:
 * reload the page, which then offers the recovery copy written at most a second after the last
 * edit; or close the window. A page that merely hangs may recover on its own, so "Wait" comes
 * first, and the question goes away by itself if the page answers again.
 */

export interface CrashPromptDeps {
  /** The recovery copy on disk, to say how recent the work it holds is. */
  readonly readRecovery: () => Promise<RecoveryCopy | null>
  readonly formatTime?: (savedAt: string) => string
}

type Choice = 'reload' | 'close' | 'wait'

/** Installs the crash and hang handlers on the editor window. */
export function installCrashPrompt(window: BrowserWindow, deps: CrashPromptDeps): void {
  const contents = window.webContents
  let asking: AbortController | null = null
  // Set while we end a hung page ourselves, so its end is not reported as a crash.
  let endingHungPage = false
  const formatTime = deps.formatTime ?? defaultTime

  const ask = async (kind: 'gone' | 'hung', reason: string): Promise<void> => {
    if (asking !== null || window.isDestroyed()) return
    const controller = new AbortController()
    asking = controller
    try {
      const copy = await deps.readRecovery().catch(() => null)
      const choices: readonly Choice[] =
        kind === 'hung' ? ['wait', 'reload', 'close'] : ['reload', 'close']
      const options: MessageBoxOptions = {
        type: kind === 'gone' ? 'error' : 'warning',
        title: kind === 'gone' ? 'The editor stopped' : 'The editor is not responding',
        message:
          kind === 'gone'
            ? `The editor stopped unexpectedly (${reason}).`
            : 'The editor is not responding.',
        detail: recoveryDetail(copy, formatTime),
        buttons: choices.map(label),
        defaultId: 0,
        cancelId: choices.indexOf(kind === 'hung' ? 'wait' : 'close'),
        noLink: true,
        signal: controller.signal,
      }
      const { response } = await dialog.showMessageBox(window, options)
      if (controller.signal.aborted || window.isDestroyed()) return
      const choice = choices[response] ?? 'wait'
      switch (choice) {
        case 'reload':
          // A hung page cannot reload itself; ending its process first lets the reload start clean.
          if (kind === 'hung') {
            endingHungPage = true
            contents.forcefullyCrashRenderer()
          }
          contents.reload()
          return
        case 'close':
          // Not close(): the unsaved-changes prompt would ask a page that cannot answer. The
          // recovery copy stays and is offered at the next start.
          window.destroy()
          return
        case 'wait':
          return
      }
    } finally {
      if (asking === controller) asking = null
    }
  }

  contents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    // Ending normally (the window closing), or a hung page we ended to reload it, is not a crash.
    if (details.reason === 'clean-exit' || endingHungPage) {
      endingHungPage = false
      return
    }
    asking?.abort()
    asking = null
    void ask('gone', reasonText(details.reason))
  })
  window.on('unresponsive', () => void ask('hung', ''))
  window.on('responsive', () => {
    asking?.abort()
    asking = null
  })
}

function label(choice: Choice): string {
  switch (choice) {
    case 'reload':
      return 'Reload'
    case 'close':
      return 'Close Window'
    case 'wait':
      return 'Wait'
  }
}

function recoveryDetail(
  copy: RecoveryCopy | null,
  formatTime: (savedAt: string) => string,
): string {
  if (copy === null)
    return 'There is no recovery copy, so nothing unsaved was lost. Reload to go on working, or close the window.'
  return `Your unsaved work is in the recovery copy saved at ${formatTime(copy.savedAt)}. Reload, then choose Restore to get it back. If you close the window instead, Release Desk offers the copy the next time it starts.`
}

function reasonText(reason: RenderProcessGoneDetails['reason']): string {
  switch (reason) {
    case 'oom':
      return 'it ran out of memory'
    case 'crashed':
    case 'abnormal-exit':
    case 'launch-failed':
    case 'integrity-failure':
      return 'it crashed'
    case 'killed':
      return 'it was ended by the system or another program'
    case 'clean-exit':
    case 'memory-eviction':
      return 'it was closed'
  }
}

function defaultTime(savedAt: string): string {
  const date = new Date(savedAt)
  return Number.isNaN(date.getTime())
    ? savedAt
    : date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' })
}
