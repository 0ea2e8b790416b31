import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { FiguresTab } from '../../../../renderer/src/editor/figures/figures-tab'
import { selectContent } from '../../../../renderer/src/store/selectors'
import { paragraphText } from '../../../../renderer/src/release/release-content'
import { renderWithStore } from '../helpers/render'
import { sampleStore } from '../helpers/sample'
import { figureRow } from '../../../support/figure-rows'

const cell = (name: string) => screen.getByRole('textbox', { name })

function previewWords(store: ReturnType<typeof sampleStore>): string {
  return selectContent(store.getState()).paragraphs.map(paragraphText).join('\n')
}

describe('the figures form', () => {
  it('heads the columns with the periods in words', () => {
    renderWithStore(<FiguresTab />, sampleStore())
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent)
    expect(headers.slice(1)).toEqual([
      'Q2 fiscal 2006This quarter',
      'Q1 fiscal 2006Previous quarter',
      'Q2 fiscal 2005Year-ago quarter',
      '6 months fiscal 2006Year to date',
      '6 months fiscal 2005Prior year to date',
    ])
  })

  it('names the year to date by its months at Q1 and Q3, and the fiscal year at Q4', async () => {
    const user = userEvent.setup()
    const { store } = renderWithStore(<FiguresTab />, sampleStore())
    await user.selectOptions(screen.getByRole('combobox', { name: 'Quarter' }), '4')
    expect(screen.getByRole('columnheader', { name: /Fiscal 2006Year to date/ })).toBeInTheDocument()
    expect(screen.getByRole('columnheader', { name: /Q3 fiscal 2006Previous quarter/ })).toBeInTheDocument()
    store.getState().setPeriod({ quarter: 1 })
    expect(await screen.findByRole('columnheader', { name: /3 months fiscal 2006Year to date/ })).toBeInTheDocument()
    expect(screen.getByRole('columnheader', { name: /Q4 fiscal 2005Previous quarter/ })).toBeInTheDocument()
    store.getState().setPeriod({ quarter: 3 })
    expect(await screen.findByRole('columnheader', { name: /9 months fiscal 2005Prior year to date/ })).toBeInTheDocument()
  })

  it('accepts 5.6m and (168,000), shows them exactly, and updates the release', async () => {
    const user = userEvent.setup()
    const { store } = renderWithStore(<FiguresTab />, sampleStore())
    const yearAgo = cell('Revenue, Q2 fiscal 2005')
    await user.clear(yearAgo)
    await user.type(yearAgo, '5.6m')
    await user.tab()
    expect(yearAgo).toHaveValue('5,600,000')
    expect(yearAgo).toHaveAttribute('aria-invalid', 'false')
    expect(figureRow(store.getState().document.figures, 'revenue').yearAgoQuarter).toBe('5600000')
    expect(previewWords(store)).toContain('on revenue of $5.6 million for the same quarter a year ago')
    expect(previewWords(store)).toContain('were unchanged from the same quarter in fiscal 2005')

    const netIncome = cell('Net income (loss), Q2 fiscal 2006')
    await user.clear(netIncome)
    await user.type(netIncome, '(250,000)')
    await user.keyboard('{Enter}')
    expect(netIncome).toHaveValue('(250,000)')
    expect(figureRow(store.getState().document.figures, 'netIncome').quarter).toBe('-250000')
    expect(previewWords(store)).toContain('a net loss of $(250,000)')
  })

  it('shows an error next to a cell it cannot read, and keeps the release as it was', async () => {
    const user = userEvent.setup()
    const { store } = renderWithStore(<FiguresTab />, sampleStore())
    const revenue = cell('Revenue, Q2 fiscal 2006')
    await user.clear(revenue)
    await user.type(revenue, 'abc')
    // Not while typing: "3." is on its way to "3.5m".
    expect(revenue).toHaveAttribute('aria-invalid', 'false')
    await user.keyboard('{Enter}')
    expect(revenue).toHaveFocus()
    expect(revenue).toHaveAttribute('aria-invalid', 'true')
    expect(revenue).toHaveAccessibleDescription(
      '"abc" is not an amount. Type it like 5,600,000, 5.6m or (168,000). The release still uses 5,600,000.',
    )
    expect(figureRow(store.getState().document.figures, 'revenue').quarter).toBe('5600000')
    // The words that rest on the cell no longer word the old figure as if it were meant.
    expect(previewWords(store)).toContain('on revenue of [Revenue, this quarter: not an amount] for the quarter')
    const warnings = screen.getByTestId('figure-warnings')
    expect(within(warnings).getByText(/Revenue, this quarter: “abc” is not an amount/)).toBeInTheDocument()

    await user.clear(revenue)
    await user.type(revenue, '5.7m')
    expect(revenue).toHaveAttribute('aria-invalid', 'false')
    expect(figureRow(store.getState().document.figures, 'revenue').quarter).toBe('5700000')
    expect(screen.getByTestId('figure-warnings')).toHaveTextContent('The figures agree with each other.')
  })

  it('blanks a figure when its cell is emptied and left, not while a new value is on its way', async () => {
    const user = userEvent.setup()
    const { store } = renderWithStore(<FiguresTab />, sampleStore())
    const yearAgo = cell('Revenue, Q2 fiscal 2005')
    await user.clear(yearAgo)
    expect(figureRow(store.getState().document.figures, 'revenue').yearAgoQuarter).toBe('4700000')
    await user.tab()
    expect(figureRow(store.getState().document.figures, 'revenue').yearAgoQuarter).toBeNull()
    expect(previewWords(store)).toContain('[revenue for the same quarter a year ago not entered]')
  })

  it('goes back to the figure it had on Escape', async () => {
    const user = userEvent.setup()
    const { store } = renderWithStore(<FiguresTab />, sampleStore())
    const revenue = cell('Revenue, Q2 fiscal 2006')
    await user.clear(revenue)
    await user.type(revenue, '3.1m')
    expect(figureRow(store.getState().document.figures, 'revenue').quarter).toBe('3100000')
    await user.keyboard('{Escape}')
    expect(revenue).toHaveValue('5,600,000')
    expect(figureRow(store.getState().document.figures, 'revenue').quarter).toBe('5600000')
    expect(previewWords(store)).toContain('on revenue of $5.6 million for the quarter')
  })

  it('moves like a spreadsheet: Enter down the column, Shift+Enter up, Tab across the row', async () => {
    const user = userEvent.setup()
    renderWithStore(<FiguresTab />, sampleStore())
    await user.click(cell('Revenue, Q2 fiscal 2006'))
    await user.keyboard('{Enter}')
    expect(cell('Net income (loss), Q2 fiscal 2006')).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(cell('Diluted EPS, Q2 fiscal 2006')).toHaveFocus()
    await user.keyboard('{Shift>}{Enter}{/Shift}')
    expect(cell('Net income (loss), Q2 fiscal 2006')).toHaveFocus()
    await user.tab()
    expect(cell('Net income (loss), Q1 fiscal 2006')).toHaveFocus()
    await user.tab({ shift: true })
    expect(cell('Net income (loss), Q2 fiscal 2006')).toHaveFocus()
    // Past the last row, Enter starts the next column.
    await user.click(cell('Weighted diluted shares, Q2 fiscal 2006'))
    await user.keyboard('{Enter}')
    expect(cell('Revenue, Q1 fiscal 2006')).toHaveFocus()
  })

  it('shows a derived figure greyed with its rule, and makes it entered once typed into', async () => {
    const user = userEvent.setup()
    const { store } = renderWithStore(<FiguresTab />, sampleStore())
    const previous = cell('Revenue, Q1 fiscal 2006')
    expect(previous).toHaveValue('')
    expect(previous).toHaveAttribute('placeholder', '3,600,000')
    expect(previous).toHaveAccessibleDescription('derived')
    const marker = within(previous.closest('td') as HTMLElement).getByText('derived')
    expect(marker).toHaveAttribute('title', 'Derived: the previous quarter is year to date minus this quarter')

    await user.type(previous, '3.5m')
    await user.tab()
    expect(figureRow(store.getState().document.figures, 'revenue').previousQuarter).toBe('3500000')
    expect(previous).toHaveValue('3,500,000')
    expect(within(previous.closest('td') as HTMLElement).queryByText('derived')).toBeNull()
    // An entered figure that disagrees with the derived one is reported, not silently resolved.
    expect(screen.getByTestId('figure-warnings')).toHaveTextContent(
      'Revenue for the previous quarter is entered as $3.5 million, but the previous quarter is year to date minus this quarter, which gives $3.6 million.',
    )
  })

  it('refuses a fiscal year that is not one, saying which year the release still uses', async () => {
    const user = userEvent.setup()
    const { store } = renderWithStore(<FiguresTab />, sampleStore())
    const year = screen.getByRole('textbox', { name: 'Fiscal year' })
    await user.clear(year)
    await user.type(year, '20')
    // Nothing is said while "20" may still become "2007".
    expect(year).toHaveAttribute('aria-invalid', 'false')
    await user.tab()
    expect(year).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('alert')).toHaveTextContent('The release still says fiscal 2006.')
    expect(store.getState().document.period.fiscalYear).toBe(2006)
    await user.type(year, '07')
    expect(year).toHaveAttribute('aria-invalid', 'false')
    expect(store.getState().document.period.fiscalYear).toBe(2007)
    expect(screen.getByRole('columnheader', { name: /Q2 fiscal 2007This quarter/ })).toBeInTheDocument()
  })
})
