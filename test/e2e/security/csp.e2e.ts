import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { previewRevision, previewSettled, ROOT, startHarness } from '../support/app-page'
import type { AppPage, Harness } from '../support/app-page'
import { offerFileToOpen } from '../support/test-files'
import { inlineScriptRefusals, openWatchedEditor, sentinel, violations } from './security-page'

/**
 * Text in a release comes from e-mails, spreadsheets and Word. If markup in it ever ran, it would
 * run with the editor's rights. These tests put script into the page three ways — straight into
 * the DOM, inside a release's text, and as pasted HTML — and check that none of it runs: a
 * sentinel global stays unset, and where the browser had to step in, the CSP's refusal is seen.
 */

const PAYLOAD_TEXT =
  'Sales <script>window.__pwned = "script"</script><img src=x onerror="window.__pwned = \'img\'"> rose'

let harness: Harness
let app: AppPage | null = null

beforeAll(async () => {
  harness = await startHarness()
})
afterAll(async () => {
  await harness.close()
})
afterEach(async () => {
  await app?.context.close()
  app = null
})

/** The few DOM globals the in-page steps use (this tsconfig has no DOM library). */
interface PageGlobals {
  readonly document: {
    readonly createElement: (tag: string) => {
      textContent: string | null
      setAttribute: (name: string, value: string) => void
    }
  }
  readonly DataTransfer: new () => { setData: (type: string, data: string) => void }
  readonly ClipboardEvent: new (
    type: string,
    init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean },
  ) => unknown
}

const quoteEditor = (page: Page) => page.getByTestId('narrative-quote').locator('.ProseMirror')

describe('content security', () => {
  it('refuses an inline script and an inline event handler put straight into a narrative block', async () => {
    app = await openWatchedEditor(harness)
    const { page } = app
    await page.getByRole('tab', { name: 'Text' }).click()
    const block = page.getByTestId('narrative-results')
    await block.waitFor()
    await block.evaluate((element) => {
      const { document } = globalThis as unknown as PageGlobals
      const script = document.createElement('script')
      script.textContent = 'window.__pwned = "inline script"'
      element.append(script)
      const image = document.createElement('img')
      image.setAttribute('src', 'data:image/png;base64,AAAA')
      image.setAttribute('onerror', 'window.__pwned = "event handler"')
      element.append(image)
    })
    // The refusals are reported as events; wait for both rather than for time to pass.
    await expect
      .poll(async () => inlineScriptRefusals(await violations(page)).length)
      .toBeGreaterThanOrEqual(2)
    const refused = inlineScriptRefusals(await violations(page)).map(
      (violation) => violation.directive,
    )
    expect(refused).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']))
    expect(await sentinel(page)).toBeNull()
  })

  it("shows markup in a release's text as text: nothing from the file runs or becomes an element", async () => {
    app = await openWatchedEditor(harness)
    const { page } = app
    const sample = JSON.parse(
      await readFile(join(ROOT, 'assets/samples/iec-q2-fiscal-2006.release.json'), 'utf8'),
    ) as {
      narrative: { quote: { text: unknown } }
    }
    sample.narrative.quote.text = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: PAYLOAD_TEXT }] }],
    }
    await offerFileToOpen(page, '/releases/hostile.release.json', JSON.stringify(sample))
    const before = await previewRevision(page)
    await page.keyboard.press('Control+o')
    await previewSettled(page, before)
    const preview = page.getByTestId('print-view')
    await preview
      .getByText('<script>window.__pwned = "script"</script>', { exact: false })
      .first()
      .waitFor()
    expect(await preview.locator('script, img[onerror]').count()).toBe(0)
    await page.getByRole('tab', { name: 'Text' }).click()
    await quoteEditor(page).getByText('<img src=x', { exact: false }).waitFor()
    expect(await quoteEditor(page).locator('script, img').count()).toBe(0)
    expect(await sentinel(page)).toBeNull()
    // Escaped text never reaches the point where the CSP has to refuse it.
    expect(inlineScriptRefusals(await violations(page))).toEqual([])
  })

  it('keeps the words of pasted HTML and drops its scripts and handlers before anything runs', async () => {
    app = await openWatchedEditor(harness)
    const { page } = app
    await page.getByRole('tab', { name: 'Text' }).click()
    const editor = quoteEditor(page)
    await editor.click()
    const before = await previewRevision(page)
    await editor.evaluate((element) => {
      const { DataTransfer, ClipboardEvent } = globalThis as unknown as PageGlobals
      const data = new DataTransfer()
      data.setData(
        'text/html',
        '<p>Pasted from mail <img src="x" onerror="window.__pwned = \'paste img\'"><script>window.__pwned = \'paste script\'</script>' +
          '<a href="javascript:window.__pwned=\'link\'" onclick="window.__pwned=\'click\'">with a link</a></p>',
      )
      data.setData('text/plain', 'Pasted from mail with a link')
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      )
    })
    await previewSettled(page, before)
    await page
      .getByTestId('print-view')
      .getByText(/Pasted from mail\s*with a link/)
      .first()
      .waitFor()
    expect(await editor.locator('script, img, a, [onerror], [onclick]').count()).toBe(0)
    await page
      .getByTestId('print-view')
      .getByText(/with a link/)
      .first()
      .click()
    expect(await sentinel(page)).toBeNull()
    // The image was never fetched: the HTML was parsed in a detached document, not the page.
    expect(app.requests.filter((url) => new URL(url).pathname === '/x')).toEqual([])
    // ProseMirror parses the paste in a detached document, which inherits the page's CSP, so
    // Chromium reports the inline handlers there as refused. Only such refusals may appear.
    const found = await violations(page)
    const unexpected = found.filter(
      (violation) =>
        !(violation.directive === 'script-src-attr' && violation.blocked === 'inline') &&
        !(violation.directive === 'script-src' && violation.blocked === 'eval'),
    )
    expect(unexpected).toEqual([])
  })
})
