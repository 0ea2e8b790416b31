import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { editorSuite } from './support/editor-suite'

/**
 * Issue 14 in Chromium: a statement of operations inserted from the command palette, an entered
 * gross profit that does not foot typed into its cell, the Checks panel's finding taking the
 * person back to that cell, and what the gross profit sums changed by the person.
 */

const suite = editorSuite()

const COLUMN = 'Three Months Ended March 31, 2006'
const cell = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true })

async function typeEntered(page: Page, name: string, text: string): Promise<void> {
  await cell(page, name).click()
  await page.keyboard.type(text)
  await page.keyboard.press('Enter')
}

describe('financial tables in the editor, in Chromium', () => {
  it('inserts a statement of operations from the palette, takes entered figures and reports a total that does not foot', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await page.keyboard.press('Control+Shift+P')
    const palette = page.getByRole('dialog', { name: 'Command palette' })
    await palette.getByRole('combobox', { name: 'Command' }).fill('insert table statement')
    await expect(palette.getByRole('option').allTextContents()).resolves.toEqual(['Insert table: Statement of operations'])
    await page.keyboard.press('Enter')

    const grid = page.getByRole('table', { name: 'Rows of Condensed Consolidated Statements of Operations' })
    await grid.waitFor()
    await expect(grid.getByLabel(`Revenue, ${COLUMN}`).textContent()).resolves.toBe('5,600')
    await typeEntered(page, `Cost of sales, ${COLUMN}`, '4,000,000')
    await typeEntered(page, `Gross profit, ${COLUMN}`, '1,500,000')
    await grid.getByText('Sums Revenue − Cost of sales: does not foot').waitFor()
    await app.screenshot('tables-01-gross-profit-does-not-foot')

    await page.getByRole('tab', { name: /^Checks/ }).click()
    const finding = page.locator('[data-testid="finding"][data-rule="table-footing"]')
    await expect(finding.count()).resolves.toBe(1)
    await expect(finding.textContent()).resolves.toContain(`Condensed Consolidated Statements of Operations, Gross profit, ${COLUMN}`)
    await finding.getByRole('button').first().click()
    // The finding opens the Tables tab with the cell focused: what is typed next goes into it.
    await page.keyboard.type('1,600,000')
    await expect(cell(page, `Gross profit, ${COLUMN}`).inputValue()).resolves.toBe('1,600,000')
    await page.keyboard.press('Enter')
    await page.getByRole('table', { name: /Rows of/ }).getByText('Sums Revenue − Cost of sales: foots').waitFor()
    await page.getByRole('tab', { name: /^Checks/ }).click()
    await expect(finding.count()).resolves.toBe(0)

    // What gross profit sums is the person's to change: without cost of sales it no longer foots.
    await page.getByRole('tab', { name: 'Tables' }).click()
    const gross = page.getByRole('row', { name: /^Gross profit/ })
    await gross.getByText('Change what it sums').click()
    await gross.getByRole('combobox', { name: 'Cost of sales in Gross profit' }).selectOption('none')
    await gross.getByText('Sums Revenue: does not foot').waitFor()
    await app.screenshot('tables-02-gross-profit-sums-revenue-alone')
    await page.getByRole('tab', { name: /^Checks/ }).click()
    await expect(finding.count()).resolves.toBe(1)
  })
})
