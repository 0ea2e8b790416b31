import { access } from 'node:fs/promises'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { pdfOptions, toPlaywrightPdfOptions } from '../../renderer/src/export/pdf-options'
import type { ReleaseDocument } from '../../renderer/src/release/document-schema'
import { serializeReleaseDocument } from '../../renderer/src/release/load-document'
import { CHROMIUM_ARGS } from './chromium'
import { CliError } from './cli-error'
import { serveFolder } from './static-server'

/** The built renderer: its `#print` route renders exactly the pages the app's preview shows. */
export const RENDERER_DIR = resolve(__dirname, '../../out/renderer')

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
  const render = async (document: ReleaseDocument): Promise<Uint8Array> => {
    const page = await context.newPage()
    try {
      // The print view reads the release from this global before its first render.
      await page.addInitScript({
        content: `window.__RELEASE_DESK_PRINT__ = ${JSON.stringify(serializeReleaseDocument(document))}`,
      })
      await page.goto(`${server.origin}/index.html#print`)
      // The print view signals on <html> when its pages are laid out, or why it could not lay them out.
      // (A locator, not a string predicate: the page's CSP rightly forbids eval.)
      const root = page.locator('html')
      await page
        .locator('html[data-print-ready="true"], html[data-print-error]')
        .waitFor({ state: 'attached' })
      const problem = await root.getAttribute('data-print-error')
      if (problem !== null)
        throw new CliError(`the print view could not lay out the release: ${problem}`)
      return await page.pdf(toPlaywrightPdfOptions(pdfOptions(document.layout.pageSize)))
    } finally {
      await page.close()
    }
  }
  return {
    render,
    close: async () => {
      await browser.close()
      await server.close()
    },
  }
}
