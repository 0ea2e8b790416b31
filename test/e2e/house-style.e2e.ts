import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { previewRevision, previewSettled } from './support/app-page'
import { editorSuite } from './support/editor-suite'

/** The House style tab in Chromium: reached by keyboard, each change on the page at once, one Undo each. */

const suite = editorSuite()
const preview = (page: Page) => page.getByTestId('print-view')

describe('the House style tab', () => {
  it('writes the sample\u2019s losses in words from the keyboard, the preview following, and Undo puts the parentheses back', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await preview(page).getByText(/The Company reported a net loss of \$\(168,000\) or \$\(0\.02\) per share/).waitFor()
    // From the Comparisons tab, the arrow key moves to House style, as along every tab.
    await page.getByRole('tab', { name: 'Comparisons' }).click()
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('tab', { name: 'House style' }).getAttribute('aria-selected')).resolves.toBe('true')
    const losses = page.getByRole('combobox', { name: 'Losses are written' })
    await losses.focus()
    const before = await previewRevision(page)
    await losses.selectOption('words')
    await previewSettled(page, before)
    await preview(page).getByText(/The Company reported a net loss of \$168,000 or \$0\.02 per share/).waitFor()
    await expect(page.getByTestId('house-style-negative-example').textContent()).resolves.toBe('a net loss of $1.3 million or $0.02 per share')
    await app.screenshot('30-house-style-tab')

    await page.keyboard.press('Control+z')
    await preview(page).getByText(/The Company reported a net loss of \$\(168,000\) or \$\(0\.02\) per share/).waitFor()
    await expect(losses.inputValue()).resolves.toBe('parenInside')
  })

  it('writes amounts in full below a typed threshold, on the page as it is typed', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await page.getByRole('tab', { name: 'House style' }).click()
    const threshold = page.getByRole('textbox', { name: 'Written in full below ($)' })
    await threshold.fill('100,000')
    await preview(page).getByText(/The Company reported a net loss of \$\(0\.2\) million/).waitFor()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Control+z')
    await preview(page).getByText(/The Company reported a net loss of \$\(168,000\)/).waitFor()
    await expect(threshold.inputValue()).resolves.toBe('1,000,000')
  })
})
