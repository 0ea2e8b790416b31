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
    await findBar(page).locator('input[aria-label="Find in the text"]:focus').waitFor()
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
    await page.locator('[data-testid="narrative-boilerplate"] [contenteditable]:focus').waitFor()
    await page.keyboard.press('Control+z')
    await block(page, 'quote').getByText('We added three new customers this quarter', { exact: false }).waitFor()
    await block(page, 'boilerplate').getByText('The Company offers its customers a wide range', { exact: false }).waitFor()
    await preview(page).getByText('We added three new customers this quarter', { exact: false }).waitFor()
    await expect(page.getByText('clients', { exact: false }).count()).resolves.toBe(0)
  })
})

describe('findings marked in the text', () => {
  it("underlines a finding's words and shows its message when the caret is in them, from the keyboard", async () => {
    const app = await suite.openEditor()
    const { page } = app
    await page.getByRole('tab', { name: 'Text' }).click()
    const mark = block(page, 'webReference').locator('.text-mark--error')
    await mark.waitFor()
    await expect(mark.textContent()).resolves.toBe('3rd-quarter06')

    // From the Checks tab by keyboard: the finding goes to its words, and the caret in them shows the message.
    await page.getByRole('tab', { name: /^Checks/ }).click()
    await page.getByRole('button', { name: /3rd-quarter06/ }).focus()
    await page.keyboard.press('Enter')
    await page.locator('[data-testid="narrative-webReference"] [contenteditable]:focus').waitFor()
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    const tooltip = page.getByTestId('narrative-webReference').getByRole('tooltip')
    await tooltip.waitFor()
    await expect(tooltip.textContent()).resolves.toMatch(/^Error: .*this release is the second quarter/)
    const described = await block(page, 'webReference').getAttribute('aria-describedby')
    await expect(tooltip.getAttribute('id')).resolves.toBe(described)
    // Inside the window, not cut off at its edges.
    const box = await tooltip.boundingBox()
    const viewport = page.viewportSize()
    expect(box !== null && viewport !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height).toBe(true)
    await app.screenshot('word-habits-03-finding-mark')
  })
})

describe('spelling', () => {
  it('marks a misspelled word with the bundled dictionary, and its suggestion applies from the keyboard', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await page.getByRole('tab', { name: 'Text' }).click()
    await block(page, 'boilerplate').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' We recieve orders.')
    const mark = block(page, 'boilerplate').locator('.text-mark--spelling')
    await mark.waitFor()
    await expect(mark.textContent()).resolves.toBe('recieve')
    // The words of the sample (its names, ticker, amounts, addresses) are not marked: only this one.
    await expect(page.locator('.text-mark--spelling').count()).resolves.toBe(1)
    await app.screenshot('word-habits-04-misspelled')

    for (let step = 0; step < ' orders.'.length + 2; step += 1) await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('F7')
    const menu = page.getByRole('menu', { name: 'Spelling of \u201crecieve\u201d' })
    await menu.waitFor()
    await menu.locator('[role="menuitem"]:focus', { hasText: 'receive' }).waitFor()
    await app.screenshot('word-habits-05-suggestions')
    const before = await previewRevision(page)
    await page.keyboard.press('Enter')
    await previewSettled(page, before)
    await preview(page).getByText('We receive orders.', { exact: false }).waitFor()
    await mark.waitFor({ state: 'detached' })
    await page.keyboard.press('Control+z')
    await block(page, 'boilerplate').getByText('We recieve orders.', { exact: false }).waitFor()
  })
})
