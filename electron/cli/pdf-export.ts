import { access, readdir, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import type { Page } from 'playwright-core'
import {
  pdfOptions,
  PRINT_DOCUMENT_GLOBAL,
  PRINT_NEXT_EVENT,
  toPlaywrightPdfOptions,
} from '../../renderer/src/export/pdf-options'
import { finishPdf } from '../../renderer/src/export/pdf-finish'
import { pdfProperties } from '../../renderer/src/export/pdf-properties'
import type { ReleaseDocument } from '../../renderer/src/release/document-schema'
import { serializeReleaseDocument } from '../../renderer/src/release/load-document'
import { CHROMIUM_ARGS } from './chromium'
import { CliError } from './cli-error'
import { serveFolder } from './static-server'

/** The built renderer: its `#print` route renders exactly the pages the app's preview shows. */
export const RENDERER_DIR = resolve(__dirname, '../../out/renderer')

/** The renderer's sources, beside the build in a checkout; a packaged app has none. */
const RENDERER_SOURCES = resolve(__dirname, '../../renderer/src')

/**
 * In a checkout, whether the build is older than the renderer's sources: a print view built before
 * the sources were last changed may not read the releases this command line writes.
 */
export async function buildIsStale(rendererDir: string, sourcesDir = RENDERER_SOURCES): Promise<boolean> {
  try {
    const built = (await stat(resolve(rendererDir, 'index.html'))).mtimeMs
    const files = await readdir(sourcesDir, { recursive: true })
    for (const file of files) {
      const source = await stat(resolve(sourcesDir, file))
      if (source.isFile() && source.mtimeMs > built) return true
    }
    return false
  } catch {
    return false
  }
}

/** A Chromium kept open across PDFs, so that a batch or a benchmark pays its start-up once. */
export interface PdfRenderer {
  readonly render: (document: ReleaseDocument) => Promise<Uint8Array>
  readonly close: () => Promise<void>
}

/** Starts a headless Chromium on the built print view. */
export async function openPdfRenderer(
  chromiumPath: string,
  rendererDir = RENDERER_DIR,
): Promise<PdfRenderer> {
  try {
    await access(resolve(rendererDir, 'index.html'))
  } catch {
    throw new CliError(`${rendererDir}: the print view is not built; run "npm run build" first`)
  }
  const server = await serveFolder(rendererDir)
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS] })
  const context = await browser.newContext()
  // The release must print offline: anything not served by our own server is refused.
  await context.route('**/*', (route) =>
    route.request().url().startsWith(server.origin)
      ? route.continue()
      : route.abort('blockedbyclient'),
  )
  // One print page serves every PDF: the app loads once, then each release is swapped in.
  let page: Page | null = null
  let revision = 0
  const swapIn = async (json: string): Promise<Page> => {
    revision += 1
    if (page === null) {
      page = await context.newPage()
      await page.addInitScript({
        content: `window.${PRINT_DOCUMENT_GLOBAL} = ${JSON.stringify(json)}`,
      })
      await page.goto(`${server.origin}/index.html#print`)
    } else {
      await page.evaluate(
        ([event, detail]) =>
          (globalThis as unknown as EventTarget).dispatchEvent(new CustomEvent(event, { detail })),
        [PRINT_NEXT_EVENT, json] as const,
      )
    }
    return page
  }
  let queue: Promise<unknown> = Promise.resolve()
  const renderNow = async (document: ReleaseDocument): Promise<Uint8Array> => {
    const current = await swapIn(serializeReleaseDocument(document))
    // The print view signals on <html> when this release's pages are laid out, or why it could not
    // lay them out. (A locator, not a string predicate: the page's CSP rightly forbids eval.)
    await current
      .locator(
        `html[data-print-ready="true"][data-print-revision="${revision}"], html[data-print-error]`,
      )
      .waitFor({ state: 'attached' })
    const problem = await current.locator('html').getAttribute('data-print-error')
    if (problem !== null) {
      const stale = (await buildIsStale(rendererDir))
        ? `; the print view in ${rendererDir} is older than the sources: run "npm run build" and try again`
        : ''
      throw new CliError(`the print view could not lay out the release: ${problem}${stale}`)
    }
    const pdf = await current.pdf(toPlaywrightPdfOptions(pdfOptions(document.layout.pageSize)))
    return finishPdf(pdf, pdfProperties(document))
  }
  // Renders one release at a time: they share the page.
  const render = (document: ReleaseDocument): Promise<Uint8Array> => {
    const next = queue.then(() => renderNow(document))
    queue = next.catch(() => undefined)
    return next
  }
  return {
    render,
    close: async () => {
      await browser.close()
      await server.close()
    },
  }
}
