import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { previewRevision, previewSettled } from './support/app-page'
import { editorSuite } from './support/editor-suite'

/**
 * "Import figures from workbook…" in the system Chromium through the browser host: the file comes
 * through the page's file input, ExcelJS reads it in the page, and Apply fills the grid.
 */

const suite = editorSuite()

type Emit = { readonly __releaseDeskTest: { readonly emit: (event: string, payload: unknown) => void } }

const cell = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true })

async function financeWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Q2')
  sheet.getCell('A1').value = '(in thousands, except per share data)'
  sheet.getRow(4).values = ['', 'Q2 FY2006', 'Q1 FY2006']
  sheet.getRow(5).values = ['Net sales', 6100, 3600]
  sheet.getRow(6).values = ['Net income (loss)', -210, -48]
  return Buffer.from(await book.xlsx.writeBuffer())
}

describe('importing a workbook in Chromium', () => {
  it('reads the chosen XLSX in the page, shows each mapped figure, and Apply fills the grid as one undo step', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await cell(page, 'Revenue, Q2 fiscal 2006').waitFor()
    const chooser = page.waitForEvent('filechooser')
    await page.evaluate(() => (globalThis as unknown as Emit).__releaseDeskTest.emit('menu:command', { id: 'file.importWorkbook' }))
    await (await chooser).setFiles({
      name: 'q2.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await financeWorkbook(),
    })
    const dialog = page.getByRole('dialog', { name: 'Import figures from q2.xlsx' })
    await dialog.waitFor()
    await dialog.getByRole('combobox', { name: /amounts are/ }).selectOption('thousands')
    await dialog.getByRole('textbox', { name: 'Revenue, Q2 fiscal 2006: cell' }).fill('B5')
    await dialog.getByRole('textbox', { name: 'Revenue, Q1 fiscal 2006: cell' }).fill('C5')
    await dialog.getByRole('textbox', { name: 'Net income (loss), Q2 fiscal 2006: cell' }).fill('B6')
    await dialog.getByTestId('workbook-cell-revenue-quarter-value').getByText('6,100,000').waitFor()
    await dialog.getByTestId('workbook-cell-netIncome-quarter-value').getByText('(210,000)').waitFor()
    await app.screenshot('workbook-import-01-mapping')

    const before = await previewRevision(page)
    await dialog.getByRole('button', { name: 'Apply' }).click()
    await previewSettled(page, before)
    await expect(cell(page, 'Revenue, Q2 fiscal 2006').inputValue()).resolves.toBe('6,100,000')
    await expect(cell(page, 'Revenue, Q1 fiscal 2006').inputValue()).resolves.toBe('3,600,000')
    await expect(cell(page, 'Net income (loss), Q2 fiscal 2006').inputValue()).resolves.toBe('(210,000)')
    await page.getByRole('status').getByText('Imported 3 figures from q2.xlsx.', { exact: false }).waitFor()
    await app.screenshot('workbook-import-02-applied')

    const imported = await previewRevision(page)
    await page.getByRole('button', { name: 'Undo', exact: false }).first().click()
    await previewSettled(page, imported)
    await expect(cell(page, 'Revenue, Q2 fiscal 2006').inputValue()).resolves.toBe('5,600,000')
    await expect(cell(page, 'Revenue, Q1 fiscal 2006').inputValue()).resolves.toBe('')
  })
})
