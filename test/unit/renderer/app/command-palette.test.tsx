import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { App } from '../../../../renderer/src/app/app'
import { matchesQuery } from '../../../../renderer/src/app/command-palette'
import { selectDocumentName } from '../../../../renderer/src/store/selectors'
import { fakeBridge } from '../helpers/fake-bridge'
import { sampleStore } from '../helpers/sample'

async function renderApp(host: 'browser' | 'electron' = 'browser') {
  const user = userEvent.setup()
  const store = sampleStore()
  const shell = fakeBridge({}, host)
  render(<App store={store} bridge={shell.bridge} />)
  await vi.waitFor(() => expect(document.documentElement.dataset.appReady).toBe('true'))
  return { user, store, shell }
}

describe('the command palette', () => {
  it('opens with Ctrl+Shift+P in the browser, filters as you type, and runs New quarter with Enter', async () => {
    const { user, store } = await renderApp()
    await user.keyboard('{Control>}{Shift>}p{/Shift}{/Control}')
    const palette = screen.getByRole('dialog', { name: 'Command palette' })
    const field = within(palette).getByRole('combobox', { name: 'Command' })
    expect(field).toHaveFocus()
    expect(within(palette).getAllByRole('option').map((option) => option.textContent)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^New quarter from this release/), expect.stringMatching(/^Insert standard paragraphs/)]),
    )
    await user.type(field, 'new q')
    const options = within(palette).getAllByRole('option')
    expect(options.map((option) => option.textContent)).toEqual(['New quarter from this release'])
    expect(options[0]).toHaveAttribute('aria-selected', 'true')
    expect(field).toHaveAttribute('aria-activedescendant', options[0]?.id)
    await user.keyboard('{Enter}')
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull()
    await vi.waitFor(() => expect(store.getState().document.period.quarter).toBe(3))
    expect(selectDocumentName(store.getState())).toBe('Untitled release')
  })

  it('moves with the arrows, says when nothing matches, and closes on Escape with focus back where it was', async () => {
    const { user } = await renderApp()
    const commandsButton = screen.getByRole('button', { name: 'Commands' })
    await user.click(commandsButton)
    const palette = screen.getByRole('dialog', { name: 'Command palette' })
    const field = within(palette).getByRole('combobox')
    const first = within(palette).getAllByRole('option')[0]
    expect(first).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{ArrowDown}')
    expect(within(palette).getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(within(palette).getAllByRole('option').at(-1)).toHaveAttribute('aria-selected', 'true')
    await user.type(field, 'spreadsheet')
    expect(within(palette).queryAllByRole('option')).toHaveLength(0)
    expect(within(palette).getByRole('status')).toHaveTextContent('No command is called \u201cspreadsheet\u201d.')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull()
    expect(commandsButton).toHaveFocus()
  })

  it('inserts the standard paragraphs, asking first when the results have words', async () => {
    const { user, store } = await renderApp()
    await user.keyboard('{Control>}{Shift>}p{/Shift}{/Control}')
    await user.type(screen.getByRole('combobox', { name: 'Command' }), 'standard{Enter}')
    const question = await screen.findByRole('alertdialog', { name: 'Insert the standard paragraphs' })
    const before = store.getState().document.narrative.results.content.length
    await user.click(within(question).getByRole('button', { name: 'Add after' }))
    await vi.waitFor(() => expect(store.getState().document.narrative.results.content.length).toBeGreaterThan(before))
    act(() => store.getState().undo())
    expect(store.getState().document.narrative.results.content).toHaveLength(before)
  })

  it('in Electron, leaves Ctrl+Shift+P to the menu, which opens it', async () => {
    const { user, shell } = await renderApp('electron')
    await user.keyboard('{Control>}{Shift>}p{/Shift}{/Control}')
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull()
    act(() => shell.emit('menu:command', { id: 'view.commandPalette' }))
    await screen.findByRole('dialog', { name: 'Command palette' })
  })

  it('matches every word typed', () => {
    expect(matchesQuery('New quarter from this release', 'quarter new')).toBe(true)
    expect(matchesQuery('Export PDF', 'word')).toBe(false)
  })
})

describe('the status bar and the toolbars', () => {
  it('says a release never saved is not saved, and names the Final box for what ticking it does', async () => {
    await renderApp()
    expect(screen.getByTestId('save-state')).toHaveTextContent('Not saved yet')
    const box = screen.getByRole('checkbox', { name: 'Final' })
    expect(box).not.toBeChecked()
    expect(box).toHaveAccessibleDescription('pages marked DRAFT')
  })

  it('is one Tab stop per toolbar, with the arrow keys moving within it', async () => {
    const { user } = await renderApp()
    const toolbar = screen.getByRole('toolbar', { name: 'Release commands' })
    const stops = within(toolbar)
      .getAllByRole('button')
      .filter((button) => button.tabIndex === 0 && !(button as HTMLButtonElement).disabled)
    expect(stops.map((button) => button.getAttribute('aria-label'))).toEqual(['New'])
    act(() => stops[0]?.focus())
    await user.keyboard('{ArrowRight}')
    expect(within(toolbar).getByRole('button', { name: 'Open' })).toHaveFocus()
    await user.keyboard('{End}')
    expect(within(toolbar).getByRole('button', { name: 'Commands' })).toHaveFocus()
    expect(within(toolbar).getAllByRole('button').filter((button) => button.tabIndex === 0 && !(button as HTMLButtonElement).disabled)).toHaveLength(1)
  })
})
