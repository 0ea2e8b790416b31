import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { App } from '../../../../renderer/src/app/app'
import { fakeBridge } from '../helpers/fake-bridge'
import { sampleStore } from '../helpers/sample'

/** The whole editor around a scripted Electron bridge: what the shell sees and sends. */
describe('the editor in its shell', () => {
  it('reports its title and unsaved state, runs menu commands, and leaves menu shortcuts to the menu', async () => {
    const user = userEvent.setup()
    const store = sampleStore()
    const shell = fakeBridge({}, 'electron')
    render(<App store={store} bridge={shell.bridge} />)
    await vi.waitFor(() => expect(document.documentElement.dataset.appReady).toBe('true'))
    expect(shell.calls.filter((call) => call.channel === 'window:state').at(-1)?.request).toEqual({
      title: 'Untitled release',
      dirty: false,
    })
    expect(document.title).toBe('Untitled release \u2014 Release Desk')

    act(() => shell.emit('menu:command', { id: 'view.togglePreprinted' }))
    expect(store.getState().document.layout.preprinted).toBe(true)
    await vi.waitFor(() =>
      expect(shell.calls.filter((call) => call.channel === 'window:state').at(-1)?.request).toEqual({
        title: 'Untitled release',
        dirty: true,
      }),
    )
    expect(document.title).toBe('\u2022 Untitled release \u2014 Release Desk')
    expect(screen.getByTestId('save-state')).toHaveTextContent('Unsaved changes')

    // Ctrl+S belongs to the menu's accelerator in Electron; the page must not save a second time.
    await user.keyboard('{Control>}s{/Control}')
    expect(shell.calls.some((call) => call.channel === 'document:save')).toBe(false)
    // Undo is the page's own, so a text field's native undo cannot run instead; the menu's echo is ignored.
    act(() => shell.emit('menu:command', { id: 'view.togglePreprinted' }))
    expect(store.getState().document.layout.preprinted).toBe(false)
    await user.keyboard('{Control>}z{/Control}')
    expect(store.getState().document.layout.preprinted).toBe(true)
    act(() => shell.emit('menu:command', { id: 'edit.undo' }))
    expect(store.getState().document.layout.preprinted).toBe(true)
    // A shell from another version might send an id this renderer does not know: it is ignored.
    act(() => shell.emit('menu:command', { id: 'no.such.command' } as unknown as { id: 'file.new' }))
    expect(store.getState().past).toHaveLength(1)
  })
})
