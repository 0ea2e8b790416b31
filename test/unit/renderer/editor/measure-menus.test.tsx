import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { FiguresTab } from '../../../../renderer/src/editor/figures/figures-tab'
import { renderWithStore } from '../helpers/render'
import { sampleStore } from '../helpers/sample'

describe('the figures grid\u2019s measures', () => {
  it('adds Operating income from the catalogue as a row that takes figures, and removes it again', async () => {
    const user = userEvent.setup()
    const { store } = renderWithStore(<FiguresTab />, sampleStore())
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add measure' }), 'Operating income (loss)')
    const cell = screen.getByRole('textbox', { name: /^Operating income \(loss\), Q2 fiscal 2006/ })
    await user.type(cell, '500,000{Enter}')
    expect(store.getState().document.figures.rows['operatingIncome']?.quarter).toBe('500000')
    const grid = screen.getByRole('table', { name: 'Figures' })
    await user.click(within(grid).getByRole('button', { name: 'Remove Operating income (loss)' }))
    expect(screen.queryByRole('textbox', { name: /^Operating income/ })).toBeNull()
  })
})
