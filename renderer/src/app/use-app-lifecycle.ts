import { useEffect } from 'react'
import { selectDirty, selectDocumentName } from '../store/selectors'
import type { AppContext } from './app-context'
import type { CommandRegistry } from './commands'
import { isCommandId } from './commands'
import { openHandedFile } from './file-flows'
import type { KeyboardHandler } from './keyboard'
import { offerRecovery, startRecoveryWriter } from './recovery'

/** Stores whose start-up ran: React's strict mode mounts twice, but recovery is offered once. */
const started = new WeakSet<object>()

/**
 * Everything the app does around the editor: shortcuts, the shell's menu and files, the title and
 * dirty state, the recovery copy, the browser's leave prompt, and the readiness signal for tests.
 */
export function useAppLifecycle(
  ctx: AppContext,
  commands: CommandRegistry,
  keyboard: KeyboardHandler,
  runCommand: (id: string) => void,
): void {
  useEffect(() => {
    window.addEventListener('keydown', keyboard.onKeyDown, { capture: true })
    return () => window.removeEventListener('keydown', keyboard.onKeyDown, { capture: true })
  }, [keyboard])

  useEffect(() => {
    const offMenu = ctx.bridge.on('menu:command', ({ id }) => {
      if (isCommandId(id) && commands.has(id) && !keyboard.isEcho(id)) runCommand(id)
    })
    const offFile = ctx.bridge.on('file:opened', (file) => void openHandedFile(ctx, file))
    return () => {
      offMenu()
      offFile()
    }
  }, [ctx, commands, keyboard, runCommand])

  useEffect(() => {
    const report = (title: string, dirty: boolean): void => {
      // The browser host titles the tab itself. In Electron the page's title becomes the window's
      // too, so it is written exactly as the shell writes it, and the title bar never flickers.
      if (ctx.bridge.host === 'electron') document.title = `${dirty ? '\u2022 ' : ''}${title} \u2014 Release Desk`
      void ctx.bridge['window:state']({ title, dirty })
    }
    const state = ctx.store.getState()
    report(selectDocumentName(state), selectDirty(state))
    return ctx.store.subscribe(
      (current) => `${selectDirty(current) ? '1' : '0'}${selectDocumentName(current)}`,
      () => {
        const current = ctx.store.getState()
        report(selectDocumentName(current), selectDirty(current))
      },
    )
  }, [ctx])

  useEffect(() => {
    // In Electron the shell asks before closing; a page prompt there would block the close silently.
    if (ctx.bridge.host !== 'browser') return
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (!selectDirty(ctx.store.getState())) return
      event.preventDefault()
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [ctx])

  useEffect(() => startRecoveryWriter(ctx), [ctx])

  useEffect(() => {
    if (started.has(ctx.store)) return
    started.add(ctx.store)
    void offerRecovery(ctx, () => {
      document.documentElement.dataset.appReady = 'true'
    })
  }, [ctx])
}
