import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { previewRevision, previewSettled } from './support/app-page'
import { editorSuite } from './support/editor-suite'

/**
 * Issue 12 in Chromium: a measure the sample does not report is added from the catalogue, its five
 * figures typed, its comparison read in the Comparisons tab and inserted into the text as a live
 * sentence that follows its figures.
 */

const suite = editorSuite()

const preview = (page: Page) => page.getByTestId('print-view')
const block = (page: Page, name: string) => page.getByTestId(`narrative-${name}`).getByRole('textbox')
const cell = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true })
const OPERATING = 'Operating income (loss)'

/** The five columns of the sample's second quarter, as the grid names them. */
const FIGURES: readonly (readonly [string, string])[] = [
  ['Q2 fiscal 2006', '560,000'],
  ['Q1 fiscal 2006', '400,000'],
  ['Q2 fiscal 2005', '500,000'],
  ['6 months fiscal 2006', '960,000'],
  ['6 months fiscal 2005', '900,000'],
]

async function showTab(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('tab', { name }).click()
}

/** Types a figure into a cell and leaves it with Enter, waiting for the preview to take it. */
async function typeFigure(page: Page, name: string, text: string): Promise<void> {
  const before = await previewRevision(page)
  await cell(page, name).click()
  await page.keyboard.type(text)
  await page.keyboard.press('Enter')
  await previewSettled(page, before)
}

describe('a measure added in the figures grid, in Chromium', () => {
  it('adds Operating income from the catalogue, words its comparison and keeps its live sentence in step', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await showTab(page, /^Figures$/)
    await page.getByRole('combobox', { name: 'Add measure' }).selectOption({ label: OPERATING })
    await cell(page, `${OPERATING}, Q2 fiscal 2006`).waitFor()
    for (const [column, value] of FIGURES) await typeFigure(page, `${OPERATING}, ${column}`, value)
    await expect(cell(page, `${OPERATING}, Q2 fiscal 2006`).inputValue()).resolves.toBe('560,000')
    await app.screenshot('measures-01-operating-income-added')

    // The Comparisons tab words it against the year-ago quarter.
    await showTab(page, /^Text$/)
    await block(page, 'results').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    await page.keyboard.insertText('For the second quarter, ')
    await showTab(page, /^Comparisons$/)
    const pair = `${OPERATING}, Q2 fiscal 2006 vs Q2 fiscal 2005 (year-ago quarter)`
    const row = page.getByRole('listitem', { name: pair, exact: true })
    // The row's words leave the subject to its heading, the measure's name.
    await page.getByRole('heading', { name: OPERATING, exact: true }).waitFor()
    await expect(row.getByTestId(/-words$/).textContent()).resolves.toBe(
      'increased 12% from the same quarter in fiscal 2005',
    )
    await app.screenshot('measures-02-comparison')

    // Inserted at the cursor, it is a live sentence in the preview.
    const before = await previewRevision(page)
    await page.getByRole('button', { name: `Insert ${pair}` }).click()
    await previewSettled(page, before)
    await preview(page).getByText('For the second quarter, operating income increased 12% from the same quarter in fiscal 2005').waitFor()
    await app.screenshot('measures-03-live-sentence')

    // A different figure changes the words.
    await showTab(page, /^Figures$/)
    await typeFigure(page, `${OPERATING}, Q2 fiscal 2006`, '600,000')
    await preview(page).getByText('For the second quarter, operating income increased 20% from the same quarter in fiscal 2005').waitFor()
    await expect(preview(page).getByText(/operating income increased 12%/).count()).resolves.toBe(0)
    await app.screenshot('measures-04-sentence-follows')
  })

  it('makes a measure of the person’s own, a segment of revenue, and renames it in place with F2', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await showTab(page, /^Figures$/)
    const menu = page.getByRole('combobox', { name: 'Add measure' })
    await menu.selectOption({ label: 'Add your own measure…' })
    const form = page.getByRole('dialog', { name: 'Add your own measure' })
    await form.getByRole('combobox', { name: 'Segment or product line of' }).selectOption({ label: 'Revenue' })
    await form.getByRole('textbox', { name: 'Name' }).fill('Aerospace revenue')
    await app.screenshot('measures-05-own-measure-form')
    await form.getByRole('textbox', { name: 'Name' }).press('Enter')
    await form.waitFor({ state: 'detached' })
    await page.locator('select:focus[aria-label="Add measure"]').waitFor()
    await typeFigure(page, 'Aerospace revenue, Q2 fiscal 2006', '2,000,000')
    await typeFigure(page, 'Aerospace revenue, Q2 fiscal 2005', '1,600,000')

    // F2 on the row's name renames it; the Comparisons tab follows.
    const grid = page.getByRole('table', { name: 'Figures' })
    await grid.getByRole('button', { name: 'Aerospace revenue', exact: true }).focus()
    await page.keyboard.press('F2')
    await page.keyboard.insertText('Aircraft revenue')
    await page.keyboard.press('Enter')
    await grid.getByRole('button', { name: 'Aircraft revenue', exact: true }).waitFor()
    await cell(page, 'Aircraft revenue, Q2 fiscal 2006').waitFor()
    await app.screenshot('measures-06-renamed')
    await showTab(page, /^Comparisons$/)
    await page.getByRole('heading', { name: 'Aircraft revenue', exact: true }).waitFor()
    const row = page.getByRole('listitem', {
      name: 'Aircraft revenue, Q2 fiscal 2006 vs Q2 fiscal 2005 (year-ago quarter)',
      exact: true,
    })
    await expect(row.getByTestId(/-percent$/).textContent()).resolves.toBe('+25.0%')
  })
})
