import { chromium } from 'playwright-core'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../electron/cli/chromium'
import { serveFolder } from '../electron/cli/static-server'
import type { StaticServer } from '../electron/cli/static-server'
import { PAGE_PROBES } from './page-probes'

/** The built renderer served on 127.0.0.1 and one headless Chromium, for every browser figure. */
export interface BenchBrowser {
  readonly browser: Browser
  readonly server: StaticServer
  readonly chromiumPath: string
  readonly close: () => Promise<void>
}

export async function startBrowser(rendererDir: string): Promise<BenchBrowser> {
  const chromiumPath = await findChromium()
  const server = await serveFolder(rendererDir)
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS] })
  return {
    browser,
    server,
    chromiumPath,
    close: async () => {
      await browser.close()
      await server.close()
    },
  }
}

export interface EditorPage {
  readonly page: Page
  readonly context: BrowserContext
}

/** A fresh profile with the editor open (in-memory test files, ?e2e) and the probes installed. */
export async function openEditor(bench: BenchBrowser): Promise<EditorPage> {
  const context = await bench.browser.newContext({ viewport: { width: 1440, height: 900 } })
  await context.addInitScript({ content: PAGE_PROBES })
  // Offline like the app: anything not from our server is refused.
  await context.route('**/*', (route) =>
    route.request().url().startsWith(bench.server.origin)
      ? route.continue()
      : route.abort('blockedbyclient'),
  )
  const page = await context.newPage()
  await page.goto(`${bench.server.origin}/index.html?e2e`)
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' })
  await page.locator('html[data-preview-revision]').waitFor({ state: 'attached' })
  // Keystrokes are timed once the checks' first run (after the first paint) is done.
  await page.locator('html[data-checks-ready="true"]').waitFor({ state: 'attached' })
  return { page, context }
}

type TestFilesGlobal = {
  readonly __releaseDeskTest: { put: (path: string, text: string) => void; nextOpen: string | null }
}

/** Opens `text` as a release through File > Open (Ctrl+O) and waits until the preview shows it. */
export async function openRelease(page: Page, text: string): Promise<void> {
  const before = await page.locator('html').getAttribute('data-preview-revision')
  await page.evaluate((body) => {
    const files = (globalThis as unknown as TestFilesGlobal).__releaseDeskTest
    files.put('/bench/release.release.json', body)
    files.nextOpen = '/bench/release.release.json'
  }, text)
  await page.keyboard.press('Control+o')
  await page
    .locator(`html[data-preview-revision]:not([data-preview-revision="${before ?? ''}"])`)
    .waitFor({ state: 'attached' })
}

/** How many pages the preview laid the release out on. */
export async function previewPages(page: Page): Promise<number> {
  return Number(await page.locator('html').getAttribute('data-preview-pages'))
}
