import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { previewRevision, previewSettled } from './support/app-page'
import { editorSuite } from './support/editor-suite'

/**
 * The figures grid in the system Chromium: a cell whose text is not an amount never changes the
 * release, the page shows a placeholder naming the cell, Escape goes back, and one edit is one undo.
 */

const suite = editorSuite()

const preview = (page: Page) => page.getByTestId('print-view')
const cell = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true })
const PREVIOUS = 'Revenue, Q1 fiscal 2006'
const PLACEHOLDER = '[Revenue, previous quarter: not an amount]'

/** Clicks into a cell (which selects its value), types as a person does, and leaves it with `leave`. */
async function typeInto(page: Page, name: string, text: string, leave: 'Tab' | 'Enter'): Promise<void> {
  const before = await previewRevision(page)
  await cell(page, name).click()
  await page.keyboard.type(text)
  await page.keyboard.press(leave)
  await previewSettled(page, before)
}

describe('figures cells in Chromium', () => {
  it('keeps the previous-quarter revenue when "13 050 000" is typed and tabbed out of, and the page says so', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await preview(page).getByText(/sales increased by more than 50% from the previous quarter/).waitFor()
    await typeInto(page, PREVIOUS, '13 050 000', 'Tab')

    const previous = cell(page, PREVIOUS)
    await expect(previous.getAttribute('aria-invalid')).resolves.toBe('true')
    await expect(previous.inputValue()).resolves.toBe('13 050 000')
    await page.getByText('The release still uses the derived 3,600,000.', { exact: false }).first().waitFor({ state: 'attached' })
    await preview(page).getByText(PLACEHOLDER, { exact: false }).first().waitFor()
    const words = (await preview(page).textContent()) ?? ''
    expect(words).not.toMatch(/\$13\b|95384500%/)
    await expect(page.getByTestId('figure-warnings').textContent()).resolves.toContain(
      'Revenue, previous quarter: \u201c13 050 000\u201d is not an amount',
    )
    await app.screenshot('figure-cells-01-refused')

    // Escape in the cell goes back to the figure it had, and the words with it.
    const before = await previewRevision(page)
    await previous.click()
    await page.keyboard.press('Escape')
    await previewSettled(page, before)
    await expect(previous.inputValue()).resolves.toBe('')
    await expect(previous.getAttribute('placeholder')).resolves.toBe('3,600,000')
    await expect(previous.getAttribute('aria-invalid')).resolves.toBe('false')
    await preview(page).getByText(/sales increased by more than 50% from the previous quarter/).waitFor()
    await expect(preview(page).getByText(PLACEHOLDER, { exact: false }).count()).resolves.toBe(0)
    await expect(page.getByTestId('save-state').textContent()).resolves.toBe('Not saved yet')
  })

  it('refuses "(0,020)" in diluted EPS with a message that quotes it', async () => {
    const app = await suite.openEditor()
    const { page } = app
    const eps = cell(page, 'Diluted EPS, Q2 fiscal 2006')
    await eps.click()
    await page.keyboard.type('(0,020)')
    await page.keyboard.press('Enter')
    await expect(eps.getAttribute('aria-invalid')).resolves.toBe('true')
    const message = page.getByRole('alert').filter({ hasText: '0,020' }).first()
    await message.waitFor({ state: 'attached' })
    await expect(message.textContent()).resolves.toContain('The release still uses (0.02).')
    await preview(page).getByText('[Diluted EPS, this quarter: not an amount]', { exact: false }).first().waitFor()
    await expect(preview(page).getByText(/\$\(20\.00\)/).count()).resolves.toBe(0)
    await app.screenshot('figure-cells-02-eps-refused')
  })

  it('takes back a whole cell edit with one undo, and exports nothing while a cell is not an amount', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await typeInto(page, 'Revenue, Q2 fiscal 2006', '4.25m', 'Tab')
    await preview(page).getByText(/on revenue of \$4\.3 million for the quarter/).waitFor()
    const before = await previewRevision(page)
    await page.keyboard.press('Control+z')
    await previewSettled(page, before)
    await expect(cell(page, 'Revenue, Q2 fiscal 2006').inputValue()).resolves.toBe('5,600,000')
    await preview(page).getByText(/on revenue of \$5\.6 million for the quarter/).waitFor()
    await expect(page.getByTestId('save-state').textContent()).resolves.toBe('Not saved yet')

    await typeInto(page, PREVIOUS, 'abc', 'Tab')
    await page.locator('[data-command="file.exportDocx"]').click()
    const dialog = page.getByRole('alertdialog')
    await dialog.waitFor()
    await expect(dialog.textContent()).resolves.toContain('the Word document cannot be exported until it is fixed')
    await expect(dialog.textContent()).resolves.toContain('Revenue, previous quarter: \u201cabc\u201d')
    await app.screenshot('figure-cells-03-export-refused')
    await dialog.getByRole('button', { name: 'Fix the figure' }).click()
    await dialog.waitFor({ state: 'detached' })
    await expect(page.getByRole('tab', { name: /Figures/ }).getAttribute('aria-selected')).resolves.toBe('true')
  })
})
