import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { createCommands } from '../../../../renderer/src/app/commands'
import { DialogHost } from '../../../../renderer/src/app/dialog-host'
import { Toasts } from '../../../../renderer/src/app/toasts'
import { WorkbookDialogHost } from '../../../../renderer/src/editor/figures/workbook-dialog'
import { FiguresTab } from '../../../../renderer/src/editor/figures/figures-tab'
import { readReleaseDocument } from '../../../../renderer/src/release/load-document'
import type { ReleaseStore } from '../../../../renderer/src/store/release-store'
import { selectDocumentText } from '../../../../renderer/src/store/selectors'
import { addStatement, encryptedWorkbookBytes, Q2_2006, Q3_2006, xlsxBytes } from '../../files/workbook-builders'
import type { QuarterSheet } from '../../files/workbook-builders'
import { fakeBridge } from '../helpers/fake-bridge'
import { renderWithStore } from '../helpers/render'
import { sampleStore } from '../helpers/sample'
import { figureRow } from '../../../support/figure-rows'

/** "Import figures from workbook…" as a person uses it: the mapping once, then next quarter in one step. */

async function workbook(quarter: QuarterSheet, sheet = 'Q2'): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  book.addWorksheet('Notes').getCell('A1').value = 'Prepared by finance'
  addStatement(book, sheet, quarter)
  return xlsxBytes(book)
}

/** The grid and the app's dialogs, with the open dialog handing over each of `files` in turn. */
function renderImport(files: { readonly name: string; readonly bytes: Uint8Array }[], store: ReleaseStore = sampleStore()) {
  const handed = [...files]
  const shell = fakeBridge({
    'workbook:open': () => {
      const file = handed.shift()
      return { ok: true, value: file === undefined ? null : { name: file.name, data: Buffer.from(file.bytes).toString('base64') } }
    },
  })
  const commands = createCommands({ store, bridge: shell.bridge, editors: new Map() }, async () => async () => new Uint8Array())
  renderWithStore(
    <>
      <FiguresTab />
      <DialogHost />
      <WorkbookDialogHost />
      <Toasts />
    </>,
    store,
    { bridge: shell.bridge },
  )
  const importCommand = commands.get('file.importWorkbook')
  if (importCommand === undefined) throw new Error('the import command is not registered')
  return { store, run: () => importCommand.run() }
}

const field = (name: string) => screen.getByRole('textbox', { name: `${name}: cell` })

// A hang guard, not a speed limit: the first import loads the workbook reader, which takes seconds on a loaded machine.
const OPENED = { timeout: 15_000 }

/** Types the cells of revenue and net income, this quarter and the previous one, on sheet Q2 in thousands. */
async function mapFirstWorkbook(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  const dialog = await screen.findByRole('dialog', { name: 'Import figures from q2.xlsx' }, OPENED)
  await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Sheet' }), 'Q2')
  await user.selectOptions(within(dialog).getByRole('combobox', { name: /amounts are/ }), 'thousands')
  await user.type(field('Revenue, Q2 fiscal 2006'), 'B5')
  await user.type(field('Revenue, Q1 fiscal 2006'), 'C5')
  await user.type(field('Net income (loss), Q2 fiscal 2006'), 'B6')
  await user.type(field('Net income (loss), Q1 fiscal 2006'), 'c6')
}

describe('importing figures from a workbook', () => {
  it('maps a first workbook in the dialog, showing each cell\'s figure, and Apply fills the grid as one undo step', async () => {
    const user = userEvent.setup()
    const { store, run } = renderImport([{ name: 'q2.xlsx', bytes: await workbook(Q2_2006) }])
    const before = store.getState().document
    const running = run()
    await mapFirstWorkbook(user)
    expect(screen.getByTestId('workbook-cell-revenue-previousQuarter-value')).toHaveTextContent('3,600,000')
    expect(screen.getByTestId('workbook-cell-netIncome-previousQuarter-value')).toHaveTextContent('(48,000)')
    // Nothing changes before Apply.
    expect(store.getState().document).toBe(before)
    await user.click(screen.getByRole('button', { name: 'Apply' }))
    await running
    const figures = store.getState().document.figures
    expect(figureRow(figures, 'revenue')).toMatchObject({ quarter: '5600000', previousQuarter: '3600000' })
    expect(figureRow(figures, 'netIncome')).toMatchObject({ quarter: '-168000', previousQuarter: '-48000' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByRole('status')).toHaveTextContent('Imported 4 figures from q2.xlsx.')
    // The mapping is remembered in the release file.
    const saved = readReleaseDocument(selectDocumentText(store.getState()))
    expect(saved.ok && saved.value.workbookMapping).toMatchObject({ sheet: 'Q2', unit: 'thousands' })
    act(() => store.getState().undo())
    expect(store.getState().document).toBe(before)
  })

  it('imports next quarter\'s workbook of the same layout in one step, after listing what changes', async () => {
    const user = userEvent.setup()
    const { store, run } = renderImport([
      { name: 'q2.xlsx', bytes: await workbook(Q2_2006) },
      { name: 'q3.xlsx', bytes: await workbook(Q3_2006) },
    ])
    const first = run()
    await mapFirstWorkbook(user)
    await user.click(screen.getByRole('button', { name: 'Apply' }))
    await first
    const second = run()
    const confirm = await screen.findByRole('alertdialog', { name: 'Import figures from q3.xlsx' }, OPENED)
    expect(confirm).toHaveTextContent('4 figures change from q3.xlsx, through the mapping this release remembers:')
    expect(confirm).toHaveTextContent('Revenue, Q2 fiscal 2006: 5,600,000 \u2192 6,100,000')
    expect(confirm).toHaveTextContent('Net income (loss), Q1 fiscal 2006: (48,000) \u2192 (168,000)')
    expect(screen.queryByRole('dialog')).toBeNull()
    await user.click(within(confirm).getByRole('button', { name: 'Import' }))
    await second
    const figures = store.getState().document.figures
    expect(figureRow(figures, 'revenue')).toMatchObject({ quarter: '6100000', previousQuarter: '5600000' })
    expect(figureRow(figures, 'netIncome')).toMatchObject({ quarter: '85000', previousQuarter: '-168000' })
    // The figures the mapping leaves out keep theirs.
    expect(figureRow(figures, 'revenue').yearAgoQuarter).toBe('4700000')
  })

  it('refuses Apply while a mapped cell holds text, naming the sheet and cell, and changes nothing', async () => {
    const user = userEvent.setup()
    const { store, run } = renderImport([{ name: 'q2.xlsx', bytes: await workbook(Q2_2006) }])
    const before = store.getState().document
    const running = run()
    await mapFirstWorkbook(user)
    await user.clear(field('Revenue, Q2 fiscal 2006'))
    await user.type(field('Revenue, Q2 fiscal 2006'), 'A5')
    expect(screen.getByTestId('workbook-cell-revenue-quarter-value')).toHaveTextContent('Q2!A5 holds "Net sales", expected a figure')
    expect(field('Revenue, Q2 fiscal 2006')).toHaveAttribute('aria-invalid', 'true')
    await user.click(screen.getByRole('button', { name: 'Apply' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      'q2.xlsx: Q2!A5 holds "Net sales", expected a figure (revenue, quarter). Nothing was imported.',
    )
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    await running
    expect(store.getState().document).toBe(before)
  })

  it('says a remembered mapping\'s sheet is missing from the new workbook, and changes nothing', async () => {
    const user = userEvent.setup()
    const { store, run } = renderImport([
      { name: 'q2.xlsx', bytes: await workbook(Q2_2006) },
      { name: 'q3.xlsx', bytes: await workbook(Q3_2006, 'Q3 2006') },
    ])
    const first = run()
    await mapFirstWorkbook(user)
    await user.click(screen.getByRole('button', { name: 'Apply' }))
    await first
    const before = store.getState().document
    const second = run()
    const refusal = await screen.findByRole('alertdialog', { name: 'q3.xlsx does not fit the remembered mapping' }, OPENED)
    expect(refusal).toHaveTextContent('q3.xlsx has no sheet "Q2"; its sheets are "Notes", "Q3 2006".')
    expect(refusal).toHaveTextContent('Nothing was imported.')
    await user.click(within(refusal).getByRole('button', { name: 'Cancel' }))
    await second
    expect(store.getState().document).toBe(before)
  })

  it('refuses a password-protected workbook with one message, and changes nothing', async () => {
    const { store, run } = renderImport([{ name: 'locked.xlsx', bytes: encryptedWorkbookBytes() }])
    const before = store.getState().document
    await run()
    expect(screen.getByRole('alert')).toHaveTextContent(
      'locked.xlsx is password-protected: remove the password in Excel (File > Info > Protect Workbook) and save again. Nothing was imported.',
    )
    expect(store.getState().document).toBe(before)
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})
