import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { editorSuite } from './support/editor-suite'

/** What a keyboard user does on the Text tab, in Chromium: one stop per toolbar, and a live value made plain text. */

const suite = editorSuite()
const block = (page: Page, name: string) => page.getByTestId(`narrative-${name}`).getByRole('textbox')

/** The name of what has the focus, as a screen reader would announce it. */
const focused = (page: Page): Promise<string | null> => page.locator(':focus').getAttribute('aria-label')

describe('the Text tab by keyboard', () => {
  it('passes one toolbar stop between one text block and the next, not four', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await page.getByRole('tab', { name: 'Text' }).click()
    await block(page, 'dateline').click()
    await expect(focused(page)).resolves.toBe('Dateline')
    await page.keyboard.press('Tab')
    // One stop: the Results toolbar's Bold button (the arrow keys reach the other three).
    await expect(page.getByRole('toolbar', { name: 'Results formatting' }).locator(':focus').getAttribute('aria-label')).resolves.toBe('Bold')
    await page.keyboard.press('Tab')
    await expect(focused(page)).resolves.toBe('Results')
  })

  it('makes a live value plain text with the keyboard alone: the arrow key selects it, Ctrl+Shift+Enter', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await page.getByRole('tab', { name: 'Text' }).click()
    const results = block(page, 'results')
    await results.click()
    await page.keyboard.press('Control+Home')
    const fields = results.locator('[data-field]')
    const count = await fields.count()
    expect(count).toBeGreaterThan(0)
    // The arrow keys walk the text until they land on a live value, which they select whole.
    for (let step = 0; step < 200 && (await results.locator('.ProseMirror-selectednode').count()) === 0; step += 1) {
      await page.keyboard.press('ArrowRight')
    }
    const plain = results.getByRole('button', { name: 'Make plain text' })
    await plain.waitFor()
    const words = (await results.locator('.ProseMirror-selectednode').textContent())?.replace('Make plain text', '') ?? ''
    expect(words).not.toBe('')
    await app.screenshot('31-live-value-selected-by-keyboard')
    const before = (await results.textContent())?.replace('Make plain text', '')
    await page.keyboard.press('Control+Shift+Enter')
    await plain.waitFor({ state: 'detached' })
    await expect(fields.count()).resolves.toBe(count - 1)
    await expect(results.textContent()).resolves.toBe(before)
    // The same words, now typed text: no live value holds them any more.
    expect(before).toContain(words)
    await expect(fields.filter({ hasText: words }).count()).resolves.toBe(0)
  })
})
