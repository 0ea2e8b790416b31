import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { APP_ENTRY_URL } from '../../../electron/main/app-origin'
import { respondWithFile } from '../../../electron/main/app-protocol'
import {
  contentTypeFor,
  RENDERER_CSP,
  resolveRendererFile,
} from '../../../electron/main/renderer-files'
import {
  buildWindowOptions,
  denyAllPermissions,
  hardenWebContents,
  keepSpellCheckerOffline,
  rendererEntryUrl,
} from '../../../electron/main/window'
import { useTempFolder } from './helpers/temp-folder'

vi.mock('electron', () => import('./helpers/electron-mock'))

const folder = useTempFolder()

describe('window options', () => {
  const options = buildWindowOptions({ appRoot: '/opt/release-desk/resources/app.asar' })

  it('isolates and sandboxes the page, with no Node integration', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    })
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures')
  })

  it("never asks the network for spelling dictionaries: Chromium's spell checker is off", () => {
    // With it on, Electron downloads Hunspell dictionaries from Google on Windows and Linux.
    expect(options.webPreferences?.spellcheck).toBe(false)
    const session = { setSpellCheckerEnabled: vi.fn() }
    keepSpellCheckerOffline(session as never)
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false)
  })

  it('loads the CommonJS preload built into out/preload', () => {
    expect(options.webPreferences?.preload).toBe(
      join('/opt/release-desk/resources/app.asar', 'out', 'preload', 'index.cjs'),
    )
  })

  it('loads the app scheme, or the dev server only in an unpackaged build', () => {
    expect(rendererEntryUrl(undefined, false)).toBe('app://release-desk/index.html')
    expect(rendererEntryUrl('http://localhost:5173/', false)).toBe('http://localhost:5173/')
    expect(rendererEntryUrl('https://evil.example/', true)).toBe(APP_ENTRY_URL)
  })
})

describe('web contents guards', () => {
  type Listener = (event: { preventDefault: () => void }) => void

  it('blocks navigation, redirects, webviews and new windows', () => {
    const listeners = new Map<string, Listener>()
    let openHandler: (() => unknown) | undefined
    const contents = {
      on: (name: string, listener: Listener) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: () => unknown) => {
        openHandler = handler
      },
    }
    hardenWebContents(contents as never)
    for (const name of [
      'will-navigate',
      'will-frame-navigate',
      'will-redirect',
      'will-attach-webview',
    ]) {
      const event = { preventDefault: vi.fn() }
      listeners.get(name)?.(event)
      expect(event.preventDefault, name).toHaveBeenCalled()
    }
    expect(openHandler?.()).toEqual({ action: 'deny' })
  })

  it('refuses every permission request and check', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    }
    denyAllPermissions(session as never)
    const callback = vi.fn()
    session.setPermissionRequestHandler.mock.calls[0]?.[0]({}, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(session.setPermissionCheckHandler.mock.calls[0]?.[0]({}, 'clipboard-read')).toBe(false)
    expect(session.setDevicePermissionHandler.mock.calls[0]?.[0]({})).toBe(false)
  })
})

describe('app:// protocol', () => {
  const root = '/srv/out/renderer'

  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveRendererFile(root, 'app://release-desk/')).toBe('/srv/out/renderer/index.html')
    expect(resolveRendererFile(root, 'app://release-desk/assets/index-abc.js?v=1#x')).toBe(
      '/srv/out/renderer/assets/index-abc.js',
    )
    expect(resolveRendererFile(root, 'app://release-desk/fonts/Tinos%20Regular.woff2')).toBe(
      '/srv/out/renderer/fonts/Tinos Regular.woff2',
    )
  })

  it.each(['app://release-desk/../../etc/passwd', 'app://release-desk/%2e%2e/%2e%2e/etc/passwd'])(
    'keeps %s inside the renderer folder (the URL parser drops the dot segments)',
    (url) => {
      expect(resolveRendererFile(root, url)).toBe('/srv/out/renderer/etc/passwd')
    },
  )

  it.each([
    'app://release-desk/assets/%2e%2e%2f%2e%2e%2fmain%2findex.js',
    'app://release-desk/..%5c..%5cmain%5cindex.js',
    'app://release-desk/index.html%00.png',
    'app://release-desk/%E0%A4%A',
    'app://other-host/index.html',
    'file:///srv/out/renderer/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveRendererFile(root, url)).toBeNull()
  })

  it('uses the same CSP as the meta tag in renderer/index.html, without eval or remote sources', async () => {
    const html = await readFile(join(__dirname, '../../../renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(RENDERER_CSP).toBe(`${meta ?? ''}; frame-ancestors 'none'`)
    expect(RENDERER_CSP).not.toMatch(/unsafe-eval|https?:|\*/)
  })

  it('serves files with their type and the CSP header, and 404s anything outside', async () => {
    await mkdir(join(folder(), 'assets'))
    await writeFile(join(folder(), 'index.html'), '<!doctype html>')
    await writeFile(join(folder(), 'assets', 'app.js'), 'console.log(1)')

    const page = await respondWithFile(folder(), new Request('app://release-desk/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(RENDERER_CSP)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await page.text()).toBe('<!doctype html>')

    expect(
      (
        await respondWithFile(folder(), new Request('app://release-desk/assets/app.js'))
      ).headers.get('content-type'),
    ).toMatch(/javascript/)
    expect(
      (
        await respondWithFile(
          folder(),
          new Request('app://release-desk/assets/%2e%2e%2f%2e%2e%2fsecret.txt'),
        )
      ).status,
    ).toBe(404)
    expect(
      (await respondWithFile(folder(), new Request('app://release-desk/missing.js'))).status,
    ).toBe(404)
    expect((await respondWithFile(folder(), new Request('app://release-desk/assets'))).status).toBe(
      404,
    )
    expect(
      (
        await respondWithFile(
          folder(),
          new Request('app://release-desk/index.html', { method: 'POST', body: 'x' }),
        )
      ).status,
    ).toBe(405)
  })

  it('knows the content types the renderer uses', () => {
    expect(contentTypeFor('a.woff2')).toBe('font/woff2')
    expect(contentTypeFor('a.svg')).toBe('image/svg+xml')
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream')
  })
})
