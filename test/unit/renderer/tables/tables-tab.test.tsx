import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ChecksPanel } from '../../../../renderer/src/editor/checks/checks-panel'
import { TablesTab } from '../../../../renderer/src/editor/tables/tables-tab'
import { renderWithStore } from '../helpers/render'
import { createReleaseStore } from '../../../../renderer/src/store/release-store'
import { sampleDocument } from '../helpers/sample'

const COLUMN = 'Three Months Ended March 31, 2006'

function renderTablesAndChecks() {
  return renderWithStore(
    <>
      <TablesTab />
      <ChecksPanel />
    </>,
    // The sample without its own statement of operations, so each test inserts one afresh.
    createReleaseStore({ document: { ...sampleDocument(), tables: [] }, path: null, stamp: null }),
  )
}

const footingFindings = () =>
  within(screen.getByTestId('checks-panel'))
    .queryAllByTestId('finding')
    .filter((item) => item.dataset['rule'] === 'table-footing')

describe('the Tables panel', () => {
  it('inserts the statement of operations with the grid\u2019s figures read-only and rows to enter', async () => {
    const user = userEvent.setup()
    renderTablesAndChecks()
    expect(screen.getByText(/The release has no financial tables/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Insert table' }))
    const grid = screen.getByRole('table', { name: 'Rows of Condensed Consolidated Statements of Operations' })
    // The sample's revenue, in thousands, from the figures grid: no field to type in.
    const netSales = within(grid).getByLabelText(`Revenue, ${COLUMN}`)
    expect(netSales.tagName).toBe('TD')
    expect(netSales).toHaveTextContent('5,600')
    expect(within(grid).getByLabelText(`Cost of sales, ${COLUMN}`).tagName).toBe('INPUT')
    expect(within(grid).getByText('Sums Revenue − Cost of sales')).toBeInTheDocument()
  })

  it('reports a typed gross profit that does not foot at its cell, takes the person there, and undo restores it', async () => {
    const user = userEvent.setup()
    const { store } = renderTablesAndChecks()
    await user.click(screen.getByRole('button', { name: 'Insert table' }))
    const grid = screen.getByRole('table', { name: /Rows of/ })
    await user.type(within(grid).getByLabelText(`Cost of sales, ${COLUMN}`), '4,000,000{Enter}')
    await user.type(within(grid).getByLabelText(`Gross profit, ${COLUMN}`), '1,500,000{Enter}')
    // Revenue of 5,600 less 4,000 is 1,600 in thousands, not 1,500.
    expect(within(grid).getByText(/Sums Revenue − Cost of sales: does not foot/)).toBeInTheDocument()
    const [finding, ...others] = footingFindings()
    expect(others).toHaveLength(0)
    expect(finding).toHaveTextContent(`Condensed Consolidated Statements of Operations, Gross profit, ${COLUMN}`)

    await user.click(within(finding as HTMLElement).getAllByRole('button')[0] as HTMLElement)
    expect(store.getState().activeTab).toBe('tables')
    expect(store.getState().tableSelection).toEqual({ table: 'operations', row: 'gross-profit', column: 0 })
    expect(screen.getByLabelText(`Gross profit, ${COLUMN}`)).toHaveFocus()

    store.getState().undo()
    expect(await screen.findByLabelText(`Gross profit, ${COLUMN}`)).toHaveValue('')
    expect(footingFindings()).toHaveLength(0)
  })

  it('keeps text that is not an amount in the cell with its message, and Escape puts the figure back', async () => {
    const user = userEvent.setup()
    const { store } = renderTablesAndChecks()
    await user.click(screen.getByRole('button', { name: 'Insert table' }))
    const cell = screen.getByLabelText(`Cost of sales, ${COLUMN}`)
    await user.type(cell, 'about 4m{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent('"about 4m" is not an amount.')
    expect(cell).toHaveFocus()
    const steps = store.getState().past.length
    await user.keyboard('{Escape}')
    expect(cell).toHaveValue('')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(store.getState().past).toHaveLength(steps)
  })

  it('adds an entered row below the selected one and removes it', async () => {
    const user = userEvent.setup()
    const { store } = renderTablesAndChecks()
    await user.click(screen.getByRole('button', { name: 'Insert table' }))
    await user.click(screen.getByLabelText(`Cost of sales, ${COLUMN}`))
    await user.type(screen.getByRole('textbox', { name: 'Row label' }), 'Restructuring')
    await user.click(screen.getByRole('button', { name: 'Add row' }))
    const ids = () => store.getState().document.tables[0]?.rows.map((row) => row.id) ?? []
    expect(ids().slice(1, 3)).toEqual(['cost-of-sales', 'restructuring'])
    await user.click(screen.getByRole('button', { name: 'Remove Restructuring' }))
    expect(ids()).not.toContain('restructuring')
  })

  it('changes what a subtotal sums, row by row, each change one undo step that the footing line follows', async () => {
    const user = userEvent.setup()
    const { store } = renderTablesAndChecks()
    await user.click(screen.getByRole('button', { name: 'Insert table' }))
    const grossSums = () => store.getState().document.tables[0]?.rows.find((row) => row.id === 'gross-profit')
    // A row the statement's gross profit does not yet subtract.
    await user.click(screen.getByLabelText(`Cost of sales, ${COLUMN}`))
    await user.type(screen.getByRole('textbox', { name: 'Row label' }), 'Freight')
    await user.click(screen.getByRole('button', { name: 'Add row' }))
    const gross = screen.getByRole('row', { name: /^Gross profit/ })
    await user.click(within(gross).getByText('Change what it sums'))
    expect(within(gross).getByRole('combobox', { name: 'Revenue in Gross profit' })).toHaveValue('add')
    expect(within(gross).getByRole('combobox', { name: 'Freight in Gross profit' })).toHaveValue('none')

    const steps = store.getState().past.length
    await user.selectOptions(within(gross).getByRole('combobox', { name: 'Freight in Gross profit' }), 'subtract')
    expect(within(gross).getByText('Sums Revenue − Cost of sales − Freight')).toBeInTheDocument()
    await user.selectOptions(within(gross).getByRole('combobox', { name: 'Cost of sales in Gross profit' }), 'none')
    expect(within(gross).getByText('Sums Revenue − Freight')).toBeInTheDocument()
    expect(grossSums()).toMatchObject({ sums: [{ row: 'net-sales', sign: 1 }, { row: 'freight', sign: -1 }] })
    expect(store.getState().past).toHaveLength(steps + 2)

    store.getState().undo()
    expect(await screen.findByText('Sums Revenue − Cost of sales − Freight')).toBeInTheDocument()
  })
})
