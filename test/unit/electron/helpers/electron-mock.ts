import { vi } from 'vitest'

/**
 * A stand-in for the 'electron' module: importing the real one in plain Node tries to download
 * the binary and throws. Use with `vi.mock('electron', () => import('./helpers/electron-mock'))`;
 * each test file gets its own copy.
 */

/** What `ipcMain.handle` registered, by channel. */
export const registeredHandlers = new Map<
  string,
  (event: unknown, payload: unknown) => Promise<unknown>
>()

export const ipcMain = {
  handle: vi.fn(
    (channel: string, listener: (event: unknown, payload: unknown) => Promise<unknown>) => {
      if (registeredHandlers.has(channel))
        throw new Error(`Attempted to register a second handler for '${channel}'`)
      registeredHandlers.set(channel, listener)
    },
  ),
}

export const dialog = {
  showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
  showMessageBox: vi.fn(async () => ({ response: 1, checkboxChecked: false })),
  showErrorBox: vi.fn(),
}

export const shell = { showItemInFolder: vi.fn(), openExternal: vi.fn() }

export const BrowserWindow = Object.assign(
  vi.fn(function BrowserWindow() {
    throw new Error('Unit tests must not create windows')
  }),
  {
    fromWebContents: vi.fn(() => null),
    getFocusedWindow: vi.fn(() => null),
    getAllWindows: vi.fn(() => []),
  },
)

export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }

export const app = {
  isPackaged: false,
  getPath: vi.fn(() => '/tmp/release-desk-user-data'),
  getAppPath: vi.fn(() => '/app'),
}

export const contextBridge = { exposeInMainWorld: vi.fn() }

export const ipcRenderer = {
  invoke: vi.fn(async () => ({ ok: true, value: null })),
  on: vi.fn(),
  removeListener: vi.fn(),
  send: vi.fn(),
  sendSync: vi.fn(),
}
