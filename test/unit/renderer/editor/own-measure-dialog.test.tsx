import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { FiguresTab } from '../../../../renderer/src/editor/figures/figures-tab'
import { renderWithStore } from '../helpers/render'
import { sampleStore } from '../helpers/sample'

const menu = () => screen.getByRole('combobox', { name: 'Add measure' })
const form = () => screen.getByRole('dialog', { name: 'Add your own measure' })

async function openForm() {
  const user = userEvent.setup()
  const rendered = renderWithStore(<FiguresTab />, sampleStore())
  await user.selectOptions(menu(), 'Add your own measure…')
  return { user, ...rendered }
}

describe('"Add your own measure" in the figures grid', () => {
  it('adds a segment of revenue with Enter as one undo step, and gives focus back to the menu', async () => {
    const { user, store } = await openForm()
    expect(within(form()).getByRole('textbox', { name: 'Name' })).toHaveFocus()
    await user.selectOptions(
      within(form()).getByRole('combobox', { name: 'Segment or product line of' }),
      'Revenue',
    )
    await user.click(within(form()).getByRole('textbox', { name: 'Name' }))
    await user.type(
      within(form()).getByRole('textbox', { name: 'Name' }),
      'Aerospace revenue{Enter}',
    )

    expect(screen.queryByRole('dialog')).toBeNull()
    expect(menu()).toHaveFocus()
    const cell = screen.getByRole('textbox', { name: /^Aerospace revenue, Q2 fiscal 2006/ })
    const added = store.getState().document.figures.measures.at(-1)
    expect(added?.label).toBe('Aerospace revenue')
    expect(added?.parent).toBe(store.getState().document.figures.measures[0]?.id)
    expect(added?.gaap).toBe(true)
    expect(cell).toBeInTheDocument()

    act(() => store.getState().undo())
    expect(
      store.getState().document.figures.measures.map((measure) => measure.label),
    ).not.toContain('Aerospace revenue')
    expect(screen.queryByRole('textbox', { name: /^Aerospace revenue/ })).toBeNull()
  })

  it('keeps the release as it was on Escape, and gives focus back to the menu', async () => {
    const { user, store } = await openForm()
    const before = store.getState().document
    await user.type(within(form()).getByRole('textbox', { name: 'Name' }), 'Backlog of orders')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(store.getState().document).toBe(before)
    expect(menu()).toHaveFocus()
  })

  it('says beside the name what is wrong with it, and changes nothing', async () => {
    const { user, store } = await openForm()
    const before = store.getState().document
    const name = within(form()).getByRole('textbox', { name: 'Name' })
    await user.keyboard('{Enter}')
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(name).toHaveAccessibleDescription('A measure needs a name, such as "Aerospace revenue".')

    await user.type(name, '!!!{Enter}')
    expect(name).toHaveAccessibleDescription(
      /^The name has no letters or digits; give the name the release uses for it/,
    )

    await user.clear(name)
    await user.type(name, 'revenue{Enter}')
    expect(name).toHaveAccessibleDescription(
      'The release already has a measure named Revenue; choose another name.',
    )
    expect(store.getState().document).toBe(before)
    expect(form()).toBeInTheDocument()
  })

  it('offers as parents only measures that add up and are of the same kind, and makes a non-GAAP measure', async () => {
    const { user, store } = await openForm()
    const kind = within(form()).getByRole('combobox', { name: 'Kind' })
    const parent = within(form()).getByRole('combobox', { name: 'Segment or product line of' })
    expect(within(parent).queryByRole('option', { name: 'Diluted EPS' })).toBeNull()
    await user.selectOptions(kind, 'Per share')
    expect(parent).toBeDisabled()
    await user.click(within(form()).getByRole('checkbox', { name: 'A GAAP measure' }))
    await user.type(within(form()).getByRole('textbox', { name: 'Name' }), 'Core EPS')
    await user.click(within(form()).getByRole('button', { name: 'Add measure' }))
    const added = store.getState().document.figures.measures.at(-1)
    expect(added).toMatchObject({ label: 'Core EPS', kind: 'perShare', gaap: false, parent: null })
  })

  it('asks a ratio what it is a ratio of, offering only amounts of money, and keeps both parts', async () => {
    const { user, store } = await openForm()
    expect(within(form()).queryByRole('combobox', { name: 'Of' })).toBeNull()
    await user.selectOptions(within(form()).getByRole('combobox', { name: 'Kind' }), 'Percent')
    const of = within(form()).getByRole('combobox', { name: 'Of' })
    const over = within(form()).getByRole('combobox', { name: 'Over' })
    expect(within(over).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Not given',
      'Revenue',
      'Net income (loss)',
    ])
    await user.type(within(form()).getByRole('textbox', { name: 'Name' }), 'Net income margin')
    await user.selectOptions(of, 'Net income (loss)')
    await user.click(within(form()).getByRole('button', { name: 'Add measure' }))
    // One part alone is not a ratio: the form says so under the parts and adds nothing.
    const before = store.getState().document
    expect(of).toHaveAccessibleDescription(/^Choose both parts of the ratio/)
    expect(store.getState().document).toBe(before)

    await user.selectOptions(over, 'Revenue')
    await user.click(within(form()).getByRole('button', { name: 'Add measure' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    const added = store.getState().document.figures.measures.at(-1)
    expect(added).toMatchObject({
      label: 'Net income margin',
      kind: 'ratio',
      ratioOf: { numerator: 'netIncome', denominator: 'revenue' },
    })
    // What the release file keeps for it.
    expect(store.getState().document.figures.entries.at(-1)).toMatchObject({
      kind: 'ratio',
      ratioOf: { numerator: 'netIncome', denominator: 'revenue' },
    })
  })

  it('adds a ratio with neither part as a ratio that is entered only', async () => {
    const { user, store } = await openForm()
    await user.selectOptions(within(form()).getByRole('combobox', { name: 'Kind' }), 'Percent')
    await user.type(within(form()).getByRole('textbox', { name: 'Name' }), 'Utilization rate{Enter}')
    expect(store.getState().document.figures.measures.at(-1)).toMatchObject({ label: 'Utilization rate', kind: 'ratio', ratioOf: null })
  })
})
