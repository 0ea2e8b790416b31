import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { previewRevision, previewSettled } from './support/app-page'
import { editorSuite } from './support/editor-suite'

/** The habits people bring from a word processor: find and replace, findings marked in the text, spelling. */

const suite = editorSuite()

const preview = (page: Page) => page.getByTestId('print-view')
const block = (page: Page, name: string) => page.getByTestId(`narrative-${name}`).getByRole('textbox')
const findBar = (page: Page) => page.getByRole('search', { name: 'Find and replace' })

describe('find and replace', () => {
  it('changes a word in two blocks with one Replace all, and one Ctrl+Z restores both', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await page.getByRole('tab', { name: 'Text' }).click()
    await block(page, 'boilerplate').click()
    // The browser's own find bar must not take Ctrl+F: the app's opens, with the focus in it.
    await page.keyboard.press('Control+f')
    await findBar(page).getByRole('textbox', { name: 'Find in the text' }).waitFor()
    await expect(findBar(page).getByRole('textbox', { name: 'Find in the text' }).evaluate((input) => input === document.activeElement)).resolves.toBe(true)
    await page.keyboard.type('customers')
    await findBar(page).getByText(/^1 of \d+$/).waitFor()
    await page.locator('.find-match--current').waitFor()
    await app.screenshot('word-habits-01-find')

    await page.keyboard.press('Control+h')
    await findBar(page).getByRole('textbox', { name: 'Replace with' }).fill('clients')
    const before = await previewRevision(page)
    await findBar(page).getByRole('button', { name: 'Replace all' }).click()
    await previewSettled(page, before)
    await findBar(page).getByText(/^Replaced \d+ matches in \d+ blocks\./).waitFor()
    await block(page, 'quote').getByText('We added three new clients this quarter', { exact: false }).waitFor()
    await block(page, 'boilerplate').getByText('The Company offers its clients a wide range', { exact: false }).waitFor()
    await preview(page).getByText('We added three new clients this quarter', { exact: false }).waitFor()
    await preview(page).getByText('The Company offers its clients a wide range', { exact: false }).waitFor()
    await app.screenshot('word-habits-02-replaced')

    // Escape gives the focus back to the block it came from; one undo takes back every block.
    await page.keyboard.press('Escape')
    await findBar(page).waitFor({ state: 'detached' })
    await expect(block(page, 'boilerplate').evaluate((editor) => editor === document.activeElement)).resolves.toBe(true)
    await page.keyboard.press('Control+z')
    await block(page, 'quote').getByText('We added three new customers this quarter', { exact: false }).waitFor()
    await block(page, 'boilerplate').getByText('The Company offers its customers a wide range', { exact: false }).waitFor()
    await preview(page).getByText('We added three new customers this quarter', { exact: false }).waitFor()
    await expect(page.getByText('clients', { exact: false }).count()).resolves.toBe(0)
  })
})
