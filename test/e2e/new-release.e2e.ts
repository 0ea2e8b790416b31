import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { previewRevision, previewSettled } from './support/app-page'
import { editorSuite } from './support/editor-suite'
import { offerFileToOpen } from './support/test-files'

/**
 * Starting a release as a new user does, in Chromium through the browser host: New for another
 * quarter, a figures file from finance opened as a new release, and the command palette.
 */

const suite = editorSuite()
const preview = (page: Page) => page.getByTestId('print-view')

async function settle(page: Page, act: () => Promise<void>): Promise<void> {
  const before = await previewRevision(page)
  await act()
  await previewSettled(page, before)
}

describe('a new release in the browser', () => {
  it('New for fiscal 2025 Q3 with a December year end states that quarter\u2019s end and writes the results', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await settle(page, () => page.getByRole('button', { name: 'New', exact: true }).click())
    await settle(page, async () => {
      await page.getByRole('textbox', { name: 'Fiscal year' }).fill('2025')
    })
    await settle(page, async () => {
      await page.getByRole('combobox', { name: 'Quarter' }).selectOption('3')
    })
    await settle(page, async () => {
      await page.getByRole('combobox', { name: 'Fiscal year ends' }).selectOption('12')
    })
    await preview(page).getByText(/third quarter of fiscal 2025, ending September 30, 2025/).waitFor()
    await preview(page).getByText(/The Company reported \[net income for this quarter not entered\]/).waitFor()
    await settle(page, async () => {
      await page.getByRole('textbox', { name: 'Net income (loss), Q3 fiscal 2025', exact: true }).click()
      await page.keyboard.type('(250,000)')
      await page.keyboard.press('Enter')
    })
    // A new release writes the loss in words, not "$(250,000)", which reads as a double negative.
    await preview(page).getByText(/The Company reported a net loss of \$250,000/).waitFor()
    expect(await preview(page).getByText(/\$\(/).count()).toBe(0)
    expect(await preview(page).getByText(/2006/).count()).toBe(0)
    await app.screenshot('20-new-release-q3-2025')
  })

  it('opens a figures file as a new, unsaved release with the standard paragraphs', async () => {
    const app = await suite.openEditor()
    const { page } = app
    const figures = {
      company: { name: 'Northwind Traders Inc.', shortName: 'Northwind', datelineCity: 'Portland, OR' },
      fiscalYear: 2025,
      quarter: 3,
      fiscalYearEndMonth: 12,
      releaseDate: '2025-10-23',
      figures: { revenue: { quarter: '12.5m', yearAgoQuarter: '10m' }, netIncome: { quarter: '400000' } },
    }
    await offerFileToOpen(page, '/finance/northwind-q3.figures.json', JSON.stringify(figures))
    await settle(page, () => page.keyboard.press('Control+o'))
    await preview(page).getByText('Northwind Announces Third Quarter Results for Fiscal 2025').waitFor()
    await preview(page).getByText(/Portland, OR \u2013 October 23, 2025 \u2013 Northwind Traders Inc\./).waitFor()
    await preview(page).getByText(/on revenue of \$12\.5 million for the quarter/).waitFor()
    await expect(page.getByTestId('save-state').textContent()).resolves.toBe('Unsaved changes')
    await expect(page.title()).resolves.toBe('Untitled release \u2022 unsaved \u2014 Release Desk')
    await app.screenshot('21-figures-file-opened')
  })

  it('runs New quarter from the command palette (Ctrl+Shift+P)', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await page.keyboard.press('Control+Shift+P')
    const palette = page.getByRole('dialog', { name: 'Command palette' })
    await palette.getByRole('combobox', { name: 'Command' }).fill('new quarter')
    await expect(palette.getByRole('option').allTextContents()).resolves.toEqual(['New quarter from this release'])
    await app.screenshot('22-command-palette')
    await settle(page, () => page.keyboard.press('Enter'))
    await expect(palette.count()).resolves.toBe(0)
    await preview(page).getByText('IEC Announces Third Quarter Results for Fiscal 2006').waitFor()
  })
})
