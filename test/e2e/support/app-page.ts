import { access, mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { CHROMIUM_ARGS } from '../../../electron/cli/chromium'
import { serveFolder } from './static-server'
import type { Served } from './static-server'

export const ROOT = resolve(__dirname, '../../..')
export const RENDERER_DIR = join(ROOT, 'out/renderer')
export const SCREENSHOTS = join(ROOT, 'test-results/e2e')
export const CHROMIUM = '/usr/bin/chromium'

export interface Harness {
  readonly served: Served
  readonly browser: Browser
  readonly close: () => Promise<void>
}

/** Serves the built renderer and starts Chromium once per test file. */
export async function startHarness(): Promise<Harness> {
  try {
    await access(join(RENDERER_DIR, 'index.html'))
  } catch {
    throw new Error(`${RENDERER_DIR} is not built: run "npm run test:e2e", which builds it first.`)
  }
  await mkdir(SCREENSHOTS, { recursive: true })
  const served = await serveFolder(RENDERER_DIR)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] })
  return {
    served,
    browser,
    close: async () => {
      await browser.close()
      await served.close()
    },
  }
}

/** One fresh browser profile and page, with everything a test checks afterwards. */
export interface AppPage {
  readonly page: Page
  readonly context: BrowserContext
  /** Console errors and uncaught exceptions, in the words the browser printed. */
  readonly errors: string[]
  /** Every request the page made. */
  readonly requests: string[]
  /** Requests refused because they went anywhere but our own server. */
  readonly blocked: string[]
  readonly screenshot: (name: string) => Promise<string>
}

export async function openPage(
  harness: Harness,
  path: string,
  options: { readonly initScript?: string } = {},
): Promise<AppPage> {
  const context = await harness.browser.newContext({ viewport: { width: 1440, height: 900 } })
  if (options.initScript !== undefined) await context.addInitScript({ content: options.initScript })
  const origin = harness.served.origin
  const errors: string[] = []
  const requests: string[] = []
  const blocked: string[] = []
  // Nothing may leave the machine: any other address is refused and recorded.
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue()
    blocked.push(url)
    return route.abort('blockedbyclient')
  })
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(`${origin}/${path}`)
  return {
    page,
    context,
    errors,
    requests,
    blocked,
    screenshot: async (name) => {
      const file = join(SCREENSHOTS, `${name}.png`)
      await page.screenshot({ path: file })
      return file
    },
  }
}

/** Opens the editor and waits for its readiness signal. */
export async function openEditor(harness: Harness): Promise<AppPage> {
  const app = await openPage(harness, 'index.html?e2e')
  await app.page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' })
  // The checks' first run follows the first paint; the tests read what they found.
  await app.page.locator('html[data-checks-ready="true"]').waitFor({ state: 'attached' })
  await previewSettled(app.page, 0)
  return app
}

/** The preview's revision counter, from <html data-preview-revision>. */
export async function previewRevision(page: Page): Promise<number> {
  return Number((await page.locator('html').getAttribute('data-preview-revision')) ?? '0')
}

/** Waits until the preview has laid out content newer than revision `after`. */
export async function previewSettled(page: Page, after: number): Promise<void> {
  await page
    .locator(`html[data-preview-revision]:not([data-preview-revision="${after}"])`)
    .waitFor({ state: 'attached' })
  await page
    .locator('[data-testid="print-view"][data-paginated="true"]')
    .waitFor({ state: 'attached' })
}
