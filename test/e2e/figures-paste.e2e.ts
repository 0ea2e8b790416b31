import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { previewRevision, previewSettled } from './support/app-page'
import { editorSuite } from './support/editor-suite'

/** Pasting a block copied from Excel into the figures grid in the system Chromium: one undo step. */

const suite = editorSuite()

const cell = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true })

/** What the paste below uses of the page's globals (the tests are typed without the DOM's types). */
type PasteGlobals = {
  readonly DataTransfer: new () => { setData(type: string, value: string): void }
  readonly ClipboardEvent: new (type: string, init: Readonly<Record<string, unknown>>) => object
}

/** Dispatches the paste event Chromium fires when Excel's tab-separated text is on the clipboard. */
async function pasteText(page: Page, name: string, text: string): Promise<void> {
  await cell(page, name).click()
  await cell(page, name).evaluate((input, pasted) => {
    const page = globalThis as unknown as PasteGlobals
    const data = new page.DataTransfer()
    data.setData('text/plain', pasted)
    input.dispatchEvent(new page.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, text)
}

describe('pasting from Excel into the figures grid in Chromium', () => {
  it('fills the cells the block covers, and one undo restores them all', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await cell(page, 'Revenue, Q2 fiscal 2006').waitFor()
    const before = await previewRevision(page)
    await pasteText(page, 'Revenue, Q2 fiscal 2006', '6,100,000\t3,900,000\r\n(210,000)\t(95,000)\r\n')
    await previewSettled(page, before)
    await expect(cell(page, 'Revenue, Q2 fiscal 2006').inputValue()).resolves.toBe('6,100,000')
    await expect(cell(page, 'Revenue, Q1 fiscal 2006').inputValue()).resolves.toBe('3,900,000')
    await expect(cell(page, 'Net income (loss), Q2 fiscal 2006').inputValue()).resolves.toBe('(210,000)')
    await expect(cell(page, 'Net income (loss), Q1 fiscal 2006').inputValue()).resolves.toBe('(95,000)')
    await page.getByRole('status').getByText('Pasted 4 figures.').waitFor()
    await app.screenshot('figures-paste-01-filled')

    const pasted = await previewRevision(page)
    await page.getByRole('button', { name: 'Undo', exact: false }).first().click()
    await previewSettled(page, pasted)
    await expect(cell(page, 'Revenue, Q2 fiscal 2006').inputValue()).resolves.toBe('5,600,000')
    await expect(cell(page, 'Revenue, Q1 fiscal 2006').inputValue()).resolves.toBe('')
    await expect(cell(page, 'Net income (loss), Q2 fiscal 2006').inputValue()).resolves.toBe('(168,000)')
    await expect(cell(page, 'Net income (loss), Q1 fiscal 2006').inputValue()).resolves.toBe('')
  })

  it('pastes nothing when a copied cell is not an amount, and says which', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await cell(page, 'Revenue, Q2 fiscal 2006').waitFor()
    await pasteText(page, 'Revenue, Q2 fiscal 2006', '6,100,000\tTBD\r\n')
    await page.getByRole('alert').getByText('Nothing was pasted: row 1, column 2', { exact: false }).waitFor()
    await expect(cell(page, 'Revenue, Q2 fiscal 2006').inputValue()).resolves.toBe('5,600,000')
    await app.screenshot('figures-paste-02-refused')
  })
})
