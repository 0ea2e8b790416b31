import { useCallback, useMemo, useRef } from 'react'
import { ReasonDialogHost } from '../editor/checks/reason-dialog'
import { FindBar } from '../editor/find/find-bar'
import { WorkbookDialogHost } from '../editor/figures/workbook-dialog'
import type { ReleaseDeskBridge } from '../contract/bridge-contract'
import type { ReleaseStore } from '../store/release-store'
import { ReleaseStoreProvider } from '../store/store-context'
import type { AppContext, EditorTargets } from './app-context'
import { AppServicesProvider } from './app-services'
import type { AppServices } from './app-services'
import { CommandPalette } from './command-palette'
import { createCommands, isCommandId } from './commands'
import type { DocxMaker } from './export-flows'
import { createKeyboardHandler } from './keyboard'
import { DialogHost } from './dialog-host'
import { EditorTabs } from './editor-tabs'
import { PreviewPane } from './preview-pane'
import { StatusBar } from './status-bar'
import { Toasts } from './toasts'
import { Toolbar } from './toolbar'
import { isMacPlatform } from './shortcuts'
import { useAppLifecycle } from './use-app-lifecycle'

/** The Word exporter and its docx library load on first export, not with the editor. */
async function loadDocxMaker(): Promise<DocxMaker> {
  const module = await import('../export/docx/release-docx')
  return module.releaseDocx
}

export interface AppProps {
  readonly store: ReleaseStore
  readonly bridge: ReleaseDeskBridge
  /** Replaces the DOCX exporter (tests). */
  readonly docxMaker?: () => Promise<DocxMaker>
}

/** The editor window: toolbar, the editing tabs beside the live preview, the status bar. */
export function App(props: AppProps) {
  const { store, bridge } = props
  const editors = useRef<EditorTargets>(new Map()).current
  const ctx = useMemo<AppContext>(() => ({ store, bridge, editors }), [store, bridge, editors])
  const commands = useMemo(() => createCommands(ctx, props.docxMaker ?? loadDocxMaker), [ctx, props.docxMaker])
  const mac = useMemo(isMacPlatform, [])
  // A command does not run again while it runs: a second Save while the first one's dialog is open would save twice.
  const running = useRef(new Set<string>())
  const runCommand = useCallback(
    (id: string) => {
      const command = isCommandId(id) ? commands.get(id) : undefined
      if (command === undefined || running.current.has(id)) return
      running.current.add(id)
      command
        .run()
        .catch((error: unknown) =>
          store.getState().showToast('error', `${command.label} failed: ${error instanceof Error ? error.message : String(error)}`),
        )
        .finally(() => {
          running.current.delete(id)
        })
    },
    [commands, store],
  )
  const keyboard = useMemo(
    () => createKeyboardHandler({ commands, bridge, store, mac, run: (command) => runCommand(command.id) }),
    [commands, bridge, store, mac, runCommand],
  )
  useAppLifecycle(ctx, commands, keyboard, runCommand)
  const services = useMemo<AppServices>(
    () => ({ bridge, commands, editors, mac, runCommand }),
    [bridge, commands, editors, mac, runCommand],
  )

  return (
    <ReleaseStoreProvider store={store}>
      <AppServicesProvider services={services}>
        <div className="app">
          <header className="app__header">
            <span className="app__brand">Release Desk</span>
            <Toolbar />
          </header>
          <main className="app__main">
            <div className="app__editor-column">
              <FindBar />
              <div className="app__editor">
                <EditorTabs />
              </div>
            </div>
            <div className="app__preview">
              <PreviewPane />
            </div>
          </main>
          <StatusBar />
          <Toasts />
          <DialogHost />
          <ReasonDialogHost />
          <WorkbookDialogHost />
          <CommandPalette />
        </div>
      </AppServicesProvider>
    </ReleaseStoreProvider>
  )
}
