import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { previewRevision, previewSettled } from './support/app-page'
import { editorSuite } from './support/editor-suite'

/** The Text tab: typing in a block, undoing it with the figures' undo, and inserting a live comparison. */

const suite = editorSuite()

const preview = (page: Page) => page.getByTestId('print-view')
const block = (page: Page, name: string) =>
  page.getByTestId(`narrative-${name}`).getByRole('textbox')

describe('the text of the release', () => {
  it('shows typing in the headline on the page, and undo takes the whole word back', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await page.getByRole('tab', { name: 'Text' }).click()
    await block(page, 'headline').click()
    await page.keyboard.press('End')
    const before = await previewRevision(page)
    await page.keyboard.type(' Today')
    await previewSettled(page, before)
    await preview(page)
      .getByText('IEC Announces Second Quarter Results for Fiscal 2006 Today')
      .waitFor()
    await app.screenshot('11-headline-typed')

    await page.keyboard.press('Control+z')
    await preview(page)
      .getByText('IEC Announces Second Quarter Results for Fiscal 2006', { exact: true })
      .waitFor()
    await expect(block(page, 'headline').textContent()).resolves.toBe(
      'IEC Announces Second Quarter Results for Fiscal 2006',
    )
    await page.keyboard.press('Control+Shift+z')
    await preview(page)
      .getByText('IEC Announces Second Quarter Results for Fiscal 2006 Today')
      .waitFor()
  })

  it('inserts a comparison from the Comparisons tab at the cursor, as live words', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await page.getByRole('tab', { name: 'Text' }).click()
    await block(page, 'results').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    await page.keyboard.type('For the year to date, ')
    await page.getByRole('tab', { name: 'Comparisons' }).click()
    await page
      .getByRole('button', {
        name: 'Insert Revenue, 6 months fiscal 2006 vs 6 months fiscal 2005 (prior year to date)',
      })
      .click()
    await preview(page)
      .getByText(
        'For the year to date, sales decreased 16% from the first six months of fiscal 2005',
      )
      .waitFor()
    await page.getByRole('tab', { name: 'Text' }).click()
    await block(page, 'results')
      .getByText('sales decreased 16% from the first six months of fiscal 2005')
      .waitFor()
    await app.screenshot('12-comparison-inserted')

    // The inserted words are live: a different figure changes them.
    await page.getByRole('tab', { name: 'Figures' }).click()
    await page
      .getByRole('textbox', { name: '6 months fiscal 2006', exact: false })
      .first()
      .waitFor()
    await page.getByRole('textbox', { name: 'Revenue, 6 months fiscal 2006', exact: true }).click()
    await page.keyboard.type('12.0m')
    await page.keyboard.press('Enter')
    await preview(page)
      .getByText(
        'For the year to date, sales increased 10% from the first six months of fiscal 2005',
      )
      .waitFor()
  })
})
