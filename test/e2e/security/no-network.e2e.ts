import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { previewRevision, previewSettled, startHarness } from '../support/app-page'
import type { Harness } from '../support/app-page'
import { realErrors } from '../support/known-noise'
import { openWatchedEditor } from './security-page'

/**
 * "Nothing leaves the machine": the editor loaded with the sample, a figure edited and the release
 * exported to Word, with every request the page makes recorded. Each must go to our own server
 * on 127.0.0.1 (or stay in the page as data:/blob:); anything else is refused and counted.
 */

let harness: Harness

beforeAll(async () => {
  harness = await startHarness()
})

afterAll(async () => {
  await harness.close()
})

type TestGlobals = {
  readonly __releaseDeskTest: {
    readonly downloads: readonly { readonly name: string; readonly size: number }[]
  }
}

describe('network use', () => {
  it('loads, edits and exports DOCX without a single request beyond 127.0.0.1', async () => {
    const app = await openWatchedEditor(harness)
    const { page } = app
    try {
      const before = await previewRevision(page)
      await page.getByRole('textbox', { name: 'Revenue, Q2 fiscal 2006', exact: true }).click()
      await page.keyboard.type('5.7m')
      await page.keyboard.press('Enter')
      await previewSettled(page, before)
      await page
        .getByTestId('print-view')
        .getByText(/\$5\.7 million/)
        .first()
        .waitFor()

      await page.getByRole('button', { name: 'Word', exact: true }).click()
      await page.getByText(/Exported the Word document to .*\.docx/).waitFor()
      const downloads = await page.evaluate(
        () => (globalThis as unknown as TestGlobals).__releaseDeskTest.downloads,
      )
      expect(downloads).toEqual([
        expect.objectContaining({ name: expect.stringMatching(/\.docx$/) }),
      ])
      expect(downloads[0]?.size).toBeGreaterThan(5_000)

      const offMachine = app.requests.filter((url) => {
        const { protocol, hostname } = new URL(url)
        return !(protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1')
      })
      console.log(`[security] ${app.requests.length} requests, all to 127.0.0.1 or in-page data`)
      expect(app.requests.length).toBeGreaterThan(0)
      expect(offMachine).toEqual([])
      expect(app.blocked).toEqual([])
      expect(realErrors(app.errors)).toEqual([])
    } finally {
      await app.context.close()
    }
  })
})
