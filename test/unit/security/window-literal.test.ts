import { describe, expect, it, vi } from 'vitest'
import { BrowserWindow } from 'electron'
import { buildWindowOptions, createMainWindow } from '../../../electron/main/window'

/**
 * createMainWindow restates the security settings literally inside `new BrowserWindow({…})` so
 * that electronegativity can read them (electron/main/window.ts). This checks that the window it
 * really creates gets exactly buildWindowOptions's options — which test/unit/electron checks
 * setting by setting — so the two can never drift apart.
 */

vi.mock('electron', () => import('../electron/helpers/electron-mock'))

describe('the editor window as created', () => {
  it('is built with exactly the options the window tests check', () => {
    const created: unknown[] = []
    const fakeWindow = { once: vi.fn(), loadURL: vi.fn(() => Promise.resolve()), show: vi.fn() }
    vi.mocked(BrowserWindow).mockImplementationOnce(function capture(options: unknown) {
      created.push(options)
      return fakeWindow
    } as never)
    const paths = { appRoot: '/opt/release-desk/resources/app.asar' }
    createMainWindow(paths, 'app://release-desk/index.html')
    expect(created).toEqual([buildWindowOptions(paths)])
    expect(buildWindowOptions(paths).webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    })
    expect(fakeWindow.loadURL).toHaveBeenCalledWith('app://release-desk/index.html')
  })
})
