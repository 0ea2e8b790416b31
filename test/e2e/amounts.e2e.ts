import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { editorSuite } from './support/editor-suite'

/**
 * Amounts a person could mean two ways, typed into the figures grid in Chromium: each is refused
 * next to its cell with the reason, and the release keeps the figure it had.
 */

const suite = editorSuite()

const preview = (page: Page) => page.getByTestId('print-view')

function cell(page: Page, name: string) {
  return page.getByRole('textbox', { name, exact: true })
}

async function typeInto(page: Page, name: string, text: string): Promise<void> {
  await page.getByRole('tab', { name: 'Figures' }).click()
  await cell(page, name).click()
  await page.keyboard.type(text)
  await page.keyboard.press('Enter')
}

describe('the figures grid reads what people mean, or refuses', () => {
  it('refuses "(0,020)" in diluted EPS with its reason: the page names the cell, never $(20.00)', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await typeInto(page, 'Diluted EPS, Q2 fiscal 2006', '(0,020)')
    await expect(
      cell(page, 'Diluted EPS, Q2 fiscal 2006').getAttribute('aria-invalid'),
    ).resolves.toBe('true')
    await page
      .getByRole('alert')
      .filter({ hasText: '"(0,020)" is not an amount: a group of thousands cannot start with 0' })
      .first()
      .waitFor()
    // The words resting on the refused cell name it until it is fixed (the figure stays $(0.02)).
    await expect(preview(page).getByText(/\[Diluted EPS[^\]]*: not an amount\]/).count()).resolves.toBeGreaterThan(0)
    await expect(preview(page).getByText(/\$\(20\.00\)/).count()).resolves.toBe(0)
    await app.screenshot('amounts-leading-zero-group')
  })

  it('refuses a scale on a per-share figure: "5.6 B" is not $5,600,000,000.00 a share', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await typeInto(page, 'Diluted EPS, Q2 fiscal 2006', '5.6 B')
    await page
      .getByRole('alert')
      .filter({ hasText: 'per-share figures are in dollars and take no scale' })
      .first()
      .waitFor()
    await expect(preview(page).getByText(/5,600,000,000/).count()).resolves.toBe(0)
  })
})
