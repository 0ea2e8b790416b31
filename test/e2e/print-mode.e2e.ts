import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, ROOT, startHarness } from './support/app-page'
import type { Harness } from './support/app-page'

/** index.html#print: the print view alone, for a release injected before the page loads (the PDF path). */

let harness: Harness

beforeAll(async () => {
  harness = await startHarness()
})

afterAll(async () => {
  await harness.close()
})

describe('print mode', () => {
  it('lays out the injected release as pages with the letterhead, and says when it is ready', async () => {
    const text = await readFile(
      join(ROOT, 'assets/samples/iec-q2-fiscal-2006.release.json'),
      'utf8',
    )
    const app = await openPage(harness, 'index.html#print', {
      initScript: `window.__RELEASE_DESK_PRINT__ = ${JSON.stringify(text)}`,
    })
    try {
      await app.page.locator('html[data-print-ready="true"]').waitFor({ state: 'attached' })
      expect(await app.page.getByTestId('page').count()).toBeGreaterThanOrEqual(1)
      await app.page.getByTestId('page').first().getByTestId('letterhead').waitFor()
      await app.page.getByTestId('letterhead-logo').waitFor()
      // Print mode shows the pages only: none of the editor's chrome.
      expect(await app.page.getByRole('toolbar').count()).toBe(0)
      await app.screenshot('07-print-mode')
      expect(app.errors).toEqual([])
      expect(app.blocked).toEqual([])
    } finally {
      await app.context.close()
    }
  })
})
