import { act, fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { Toasts } from '../../../../renderer/src/app/toasts'
import { FiguresTab } from '../../../../renderer/src/editor/figures/figures-tab'
import { renderWithStore } from '../helpers/render'
import { sampleStore } from '../helpers/sample'
import { figureRow } from '../../../support/figure-rows'

/** Pasting a block copied from Excel or Word into the figures grid, as a person does it. */

const cell = (name: string) => screen.getByRole('textbox', { name })

function renderGrid() {
  const store = sampleStore()
  renderWithStore(
    <>
      <FiguresTab />
      <Toasts />
    </>,
    store,
  )
  return store
}

function paste(target: HTMLElement, data: Readonly<Record<string, string>>): void {
  fireEvent.paste(target, { clipboardData: { getData: (type: string) => data[type] ?? '' } })
}

describe('pasting into the figures grid', () => {
  it('fills the cells an Excel block covers, rightwards and downwards, and one undo restores them all', async () => {
    const user = userEvent.setup()
    const store = renderGrid()
    const before = store.getState().document.figures
    await user.click(cell('Revenue, Q2 fiscal 2006'))
    // What Excel puts on the clipboard: tabs between cells, CRLF after each row, a last CRLF.
    await user.paste('$12.4\t3,600,000\r\n(168)\t1,234\r\n')
    const rows = store.getState().document.figures
    expect(figureRow(rows, 'revenue').quarter).toBe('12.4')
    expect(figureRow(rows, 'revenue').previousQuarter).toBe('3600000')
    expect(figureRow(rows, 'netIncome').quarter).toBe('-168')
    expect(figureRow(rows, 'netIncome').previousQuarter).toBe('1234')
    expect(cell('Net income (loss), Q1 fiscal 2006')).toHaveValue('1,234')
    expect(screen.getByRole('status')).toHaveTextContent('Pasted 4 figures.')
    act(() => store.getState().undo())
    expect(store.getState().document.figures).toEqual(before)
    expect(cell('Revenue, Q2 fiscal 2006')).toHaveValue('5,600,000')
    expect(cell('Net income (loss), Q1 fiscal 2006')).toHaveValue('')
  })

  it('pastes nothing when a cell is not an amount, and names the row and column', async () => {
    const user = userEvent.setup()
    const store = renderGrid()
    const before = store.getState().document
    await user.click(cell('Revenue, Q2 fiscal 2006'))
    await user.paste('12.4\t3.6\n0.9\tn/a\n')
    expect(store.getState().document).toBe(before)
    expect(store.getState().past).toHaveLength(0)
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Nothing was pasted: row 2, column 2 of what was copied (for Net income (loss), Q1 fiscal 2006): "n/a" is not an amount.',
    )
    expect(cell('Revenue, Q2 fiscal 2006')).toHaveValue('5,600,000')
  })

  it('fills what fits of a block larger than the grid, and says how much was left out', async () => {
    const user = userEvent.setup()
    const store = renderGrid()
    await user.click(cell('Weighted diluted shares, 6 months fiscal 2005'))
    await user.paste('8,250,000\t1\t2\n9,000,000\t3\t4\n')
    expect(figureRow(store.getState().document.figures, 'dilutedShares').yearAgoYearToDate).toBe('8250000')
    expect(screen.getByRole('status')).toHaveTextContent(
      "Pasted 1 figure. 5 copied cells were past the grid's last row or column and left out.",
    )
  })

  it('reads a pasted Word table from its HTML when the clipboard has no plain text', async () => {
    const user = userEvent.setup()
    const store = renderGrid()
    const target = cell('Revenue, Q2 fiscal 2006')
    await user.click(target)
    paste(target, {
      'text/plain': '',
      'text/html': '<table><tr><td><p>$12.4</p></td><td>3.6</td></tr><tr><td>(0.9)</td><td>1.1</td></tr></table>',
    })
    const rows = store.getState().document.figures
    expect(figureRow(rows, 'revenue').quarter).toBe('12.4')
    expect(figureRow(rows, 'netIncome').quarter).toBe('-0.9')
    expect(figureRow(rows, 'netIncome').previousQuarter).toBe('1.1')
  })

  it('leaves no undo step when the pasted figures are the ones the grid already has', async () => {
    const user = userEvent.setup()
    const store = renderGrid()
    const before = store.getState().document
    await user.click(cell('Revenue, Q2 fiscal 2006'))
    await user.paste('5,600,000\t\r\n')
    expect(store.getState().document).toBe(before)
    expect(store.getState().past).toHaveLength(0)
  })

  it('takes a single pasted amount as typing in the cell', async () => {
    const user = userEvent.setup()
    const store = renderGrid()
    const target = cell('Revenue, Q2 fiscal 2006')
    await user.click(target)
    await user.paste('6.1m')
    expect(target).toHaveValue('6.1m')
    await user.tab()
    expect(figureRow(store.getState().document.figures, 'revenue').quarter).toBe('6100000')
  })
})
