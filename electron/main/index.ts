import { join } from 'node:path'
import { app, BrowserWindow, dialog, Menu, session } from 'electron'
import { registerAppScheme, serveRenderer } from './app-protocol'
import { trustedOrigins } from './app-origin'
import { installClosePrompt } from './close-prompt'
import type { ClosePrompt } from './close-prompt'
import { installCrashPrompt } from './crash-prompt'
import { createDocumentWindows } from './document-windows'
import { UserFacingError } from '../files/file-errors'
import { readTextWithStamp } from '../files/file-stamp'
import { createGrantedPaths } from './granted-paths'
import { registerIpcHandlers } from './ipc'
import { createHandlers } from './ipc-handlers'
import { releasePathFromArgs } from './launch-args'
import { buildMenuTemplate } from './menu'
import type { MenuCommandId } from './menu'
import { createRecentFiles } from './recent-files'
import { createRecoveryStore } from './recovery-store'
import { sendShellEvent, sendWhenLoaded } from './shell-events'
import {
  createMainWindow,
  denyAllPermissions,
  hardenWebContents,
  keepSpellCheckerOffline,
  rendererEntryUrl,
  rendererRoot,
} from './window'

/**
 * The app's life: one instance, one editor window, files arriving from the command line, the file
 * manager or a second launch, and the prompt before closing with unsaved changes.
 */

// Every renderer is sandboxed, including any a future feature might create without asking.
app.enableSandbox()
registerAppScheme()

const devServerUrl = process.env['ELECTRON_RENDERER_URL']

if (app.requestSingleInstanceLock()) {
  start()
} else {
  // Another Release Desk is running; it receives our arguments through 'second-instance'.
  app.quit()
}

function start(): void {
  const paths = { appRoot: app.getAppPath() }
  const userData = app.getPath('userData')
  const windows = createDocumentWindows()
  const recent = createRecentFiles(join(userData, 'recent-files.json'))
  const recovery = createRecoveryStore(join(userData, 'Recovery'))
  const granted = createGrantedPaths({ recentList: recent.list })
  const prompts = new Map<number, ClosePrompt>()
  let mainWindow: BrowserWindow | null = null
  // A file to open once the window exists: from our own command line, or macOS open-file at launch.
  let pendingPath = releasePathFromArgs(process.argv.slice(1), process.cwd())

  const currentWindow = (): BrowserWindow | null => BrowserWindow.getFocusedWindow() ?? mainWindow

  const sendCommand = (id: MenuCommandId): void => {
    const window = currentWindow()
    if (window !== null) sendShellEvent(window.webContents, 'menu:command', { id })
  }

  const refreshMenu = async (): Promise<void> => {
    const recentFiles = await recent.list().catch(() => [])
    const template = buildMenuTemplate({
      platform: process.platform,
      appName: app.name,
      recentFiles,
      sendCommand,
      openRecent: (path) => void openRelease(path),
      clearRecent: () => void recent.clear().then(refreshMenu),
      showAbout,
    })
    Menu.setApplicationMenu(Menu.buildFromTemplate(template))
  }

  const openRelease = async (path: string): Promise<void> => {
    const window = mainWindow ?? createWindow()
    if (window.isMinimized()) window.restore()
    window.focus()
    try {
      // Named on the command line, by the file manager or in Open Recent: chosen by the person.
      await granted.grant(path)
      const { text, stamp } = await readTextWithStamp(path)
      sendWhenLoaded(window.webContents, 'file:opened', { path, text, stamp })
      await recent.add(path)
      if (process.platform === 'darwin' || process.platform === 'win32') app.addRecentDocument(path)
      await refreshMenu()
    } catch (error) {
      const message =
        error instanceof UserFacingError ? error.message : `"${path}" could not be opened.`
      await dialog.showMessageBox(window, {
        type: 'error',
        title: 'Could not open the release',
        message,
      })
      // A recent file that has gone disappears from Open Recent.
      await refreshMenu()
    }
  }

  function createWindow(): BrowserWindow {
    const window = createMainWindow(paths, rendererEntryUrl(devServerUrl, app.isPackaged))
    const id = window.webContents.id
    prompts.set(
      id,
      installClosePrompt(window, windows, {
        requestSave: () => sendShellEvent(window.webContents, 'menu:command', { id: 'file.save' }),
        onDiscard: () => void recovery.clear().catch(() => undefined),
      }),
    )
    installCrashPrompt(window, { readRecovery: () => recovery.read() })
    window.on('closed', () => {
      prompts.delete(id)
      windows.forget(id)
      if (mainWindow === window) mainWindow = null
    })
    mainWindow = window
    return window
  }

  function showAbout(): void {
    const options = {
      type: 'info' as const,
      title: `About ${app.name}`,
      message: `Release Desk ${app.getVersion()}`,
      detail: `An offline editor for quarterly earnings press releases.\nElectron ${process.versions.electron}, Chromium ${process.versions.chrome}`,
    }
    const window = currentWindow()
    void (window === null ? dialog.showMessageBox(options) : dialog.showMessageBox(window, options))
  }

  // Guards every web contents ever created, not only the editor's.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = releasePathFromArgs(argv.slice(1), workingDirectory)
    if (path !== null) void openRelease(path)
    else if (mainWindow !== null) {
      if (mainWindow.isMinimized()) mainWindow.restore()
      mainWindow.focus()
    }
  })

  // macOS delivers double-clicked files here, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    if (app.isReady()) void openRelease(path)
    else pendingPath = path
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })

  void app
    .whenReady()
    .then(async () => {
      // Windows groups taskbar buttons and notifications by this id; it must match the installer's.
      if (process.platform === 'win32') app.setAppUserModelId('com.releasedesk.app')
      denyAllPermissions(session.defaultSession)
      keepSpellCheckerOffline(session.defaultSession)
      serveRenderer(rendererRoot(paths))
      registerIpcHandlers(
        createHandlers({
          recent,
          recovery,
          windows,
          granted,
          platform: process.platform,
          onRecentChanged: () => void refreshMenu(),
          onStateChanged: (window, state) =>
            prompts.get(window.webContents.id)?.closeIfSaved(state),
        }),
        trustedOrigins(devServerUrl, app.isPackaged),
      )
      await refreshMenu()
      createWindow()
      if (pendingPath !== null) {
        const path = pendingPath
        pendingPath = null
        await openRelease(path)
      }
    })
    .catch((error: unknown) => {
      console.error('[start] Release Desk could not start', error)
      dialog.showErrorBox(
        'Release Desk could not start',
        error instanceof Error ? error.message : String(error),
      )
      app.quit()
    })
}
