import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ComparisonsPanel } from '../../../../renderer/src/editor/comparisons/comparisons-panel'
import { FiguresTab } from '../../../../renderer/src/editor/figures/figures-tab'
import { renderWithStore } from '../helpers/render'
import { sampleStore } from '../helpers/sample'

const grid = () => screen.getByRole('table', { name: 'Figures' })
const label = (name: string) => within(grid()).getByRole('button', { name })
const field = (name: string) =>
  within(grid()).getByRole('textbox', { name: `New name for ${name}` })

describe('renaming a row of the figures grid in place', () => {
  it('renames on F2 and Enter as one undo step; the cells and the Comparisons tab follow', async () => {
    const user = userEvent.setup()
    const { store } = renderWithStore(
      <>
        <FiguresTab />
        <ComparisonsPanel />
      </>,
      sampleStore(),
    )
    label('Revenue').focus()
    await user.keyboard('{F2}')
    expect(field('Revenue')).toHaveFocus()
    expect(field('Revenue')).toHaveValue('Revenue')
    // The whole name is selected, so typing replaces it.
    await user.keyboard('Net sales{Enter}')

    expect(label('Net sales')).toHaveFocus()
    expect(screen.getByRole('textbox', { name: /^Net sales, Q2 fiscal 2006/ })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Net sales' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Revenue' })).toBeNull()

    act(() => store.getState().undo())
    expect(label('Revenue')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Revenue' })).toBeInTheDocument()
  })

  it('opens on a double-click, and Escape keeps the name it had', async () => {
    const user = userEvent.setup()
    const { store } = renderWithStore(<FiguresTab />, sampleStore())
    const before = store.getState().document
    await user.dblClick(label('Net income (loss)'))
    await user.keyboard('Profit{Escape}')
    expect(label('Net income (loss)')).toHaveFocus()
    expect(store.getState().document).toBe(before)
  })

  it('refuses an empty name or one another row has, saying so beside the field', async () => {
    const user = userEvent.setup()
    const { store } = renderWithStore(<FiguresTab />, sampleStore())
    const before = store.getState().document
    await user.dblClick(label('Net income (loss)'))
    await user.keyboard('{Backspace}{Enter}')
    expect(field('Net income (loss)')).toHaveAccessibleDescription(
      'A measure needs a name; press Escape to keep the one it had.',
    )
    await user.keyboard('revenue{Enter}')
    expect(field('Net income (loss)')).toHaveAttribute('aria-invalid', 'true')
    expect(field('Net income (loss)')).toHaveAccessibleDescription(
      'The release already has a measure named Revenue; choose another name.',
    )
    expect(store.getState().document).toBe(before)
  })

  it('is reached by Tab, its name the row’s, and starts renaming on Enter', async () => {
    const user = userEvent.setup()
    renderWithStore(<FiguresTab />, sampleStore())
    within(grid()).getByRole('button', { name: 'Remove Net income (loss)' }).focus()
    await user.tab()
    expect(label('Diluted EPS')).toHaveFocus()
    expect(label('Diluted EPS')).toHaveAttribute('aria-keyshortcuts', 'F2')
    await user.keyboard('{Enter}')
    expect(field('Diluted EPS')).toHaveFocus()
  })
})
