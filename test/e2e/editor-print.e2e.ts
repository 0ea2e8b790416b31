import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfOptions, toPlaywrightPdfOptions } from '../../renderer/src/export/pdf-options'
import {
  openEditor,
  previewRevision,
  previewSettled,
  SCREENSHOTS,
  startHarness,
} from './support/app-page'
import type { Harness } from './support/app-page'

/**
 * In Electron, Export PDF and Print print the editor window itself. Printing the editor page here,
 * as Chromium does for printToPDF, must give the preview's pages and none of the editor around them.
 */

const run = promisify(execFile)
let harness: Harness

beforeAll(async () => {
  harness = await startHarness()
})

afterAll(async () => {
  await harness.close()
})

describe('printing the editor window', () => {
  it('prints exactly the preview pages, with what was typed, and no editor chrome', async () => {
    const app = await openEditor(harness)
    try {
      const { page } = app
      await page.getByRole('textbox', { name: 'Revenue, Q2 fiscal 2006', exact: true }).click()
      const before = await previewRevision(page)
      await page.keyboard.type('3.0m')
      await page.keyboard.press('Enter')
      await previewSettled(page, before)
      await page
        .getByTestId('print-view')
        .getByText(/Second quarter sales decreased/)
        .waitFor()
      const pages = await page.getByTestId('page').count()

      const pdf = join(SCREENSHOTS, 'editor-window.pdf')
      await writeFile(pdf, await page.pdf(toPlaywrightPdfOptions(pdfOptions('letter'))))
      const info = (await run('pdfinfo', [pdf])).stdout
      expect(info).toMatch(/Page size:\s+612 x 792 pts/)
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(pages)
      const text = (await run('pdftotext', ['-layout', pdf, '-'])).stdout.replace(/\s+/g, ' ')
      expect(text).toContain('IEC Announces Second Quarter Results for Fiscal 2006')
      expect(text).toContain(
        'Second quarter sales decreased by more than 50% from the previous quarter',
      )
      for (const chrome of [
        'Release Desk',
        'Comparisons',
        'Company & letterhead',
        'Unsaved changes',
        'Pre-printed letterhead',
      ]) {
        expect(text, chrome).not.toContain(chrome)
      }
      expect(app.errors).toEqual([])
    } finally {
      await app.context.close()
    }
  })
})
