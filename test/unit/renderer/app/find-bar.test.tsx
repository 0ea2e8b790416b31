import { act, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { App } from '../../../../renderer/src/app/app'
import type { RichText } from '../../../../renderer/src/release/narrative-schema'
import { fakeBridge } from '../helpers/fake-bridge'
import { installRangeRects } from '../checks/dom-ranges'
import { sampleStore } from '../helpers/sample'

installRangeRects()

/** A block's typed words, paragraphs joined with spaces (live fields left out). */
function richTextPlain(text: RichText): string {
  return JSON.stringify(text)
    .match(/"text":"[^"]*"/g)
    ?.map((piece) => piece.slice(8, -1))
    .join('') ?? ''
}

async function renderApp() {
  const store = sampleStore()
  render(<App store={store} bridge={fakeBridge().bridge} />)
  await vi.waitFor(() => expect(document.documentElement.dataset.appReady).toBe('true'))
  // The text editors are built just after the first paint, in the hidden Text tab.
  await vi.waitFor(() => expect(document.querySelector('[data-testid="narrative-boilerplate"] .ProseMirror')).not.toBeNull(), { timeout: 20_000 })
  return store
}

function bar(): HTMLElement {
  return screen.getByRole('search', { name: 'Find and replace' })
}

// Each test mounts every text block's editor; on a busy shared machine that takes more than the default 5 s.
describe('find and replace across the text blocks', { timeout: 30_000 }, () => {
  it('Ctrl+F opens the bar instead of the browser find, counts matches and steps through them', async () => {
    const user = userEvent.setup()
    const store = await renderApp()
    const event = new KeyboardEvent('keydown', { key: 'f', code: 'KeyF', ctrlKey: true, bubbles: true, cancelable: true })
    act(() => {
      window.dispatchEvent(event)
    })
    expect(event.defaultPrevented).toBe(true)
    const find = within(bar()).getByRole('textbox', { name: 'Find in the text' })
    expect(find).toHaveFocus()
    expect(within(bar()).queryByRole('textbox', { name: 'Replace with' })).toBeNull()
    await user.paste('customers')
    expect(screen.getByTestId('find-count')).toHaveTextContent(/^1 of [2-9]$/)
    expect(store.getState().activeTab).toBe('text')
    const total = Number((screen.getByTestId('find-count').textContent ?? '').split(' of ')[1])
    await user.keyboard('{Enter}')
    expect(screen.getByTestId('find-count')).toHaveTextContent(`2 of ${total}`)
    await user.keyboard('{Shift>}{Enter}{/Shift}{Shift>}{Enter}{/Shift}')
    expect(screen.getByTestId('find-count')).toHaveTextContent(`${total} of ${total}`)
    // The current match is marked in its block, apart from the others.
    expect(document.querySelectorAll('.find-match').length).toBe(total)
    expect(document.querySelectorAll('.find-match--current')).toHaveLength(1)
    await user.click(within(bar()).getByRole('checkbox', { name: 'Match case' }))
    await user.clear(find)
    await user.paste('Customers')
    expect(screen.getByTestId('find-count')).toHaveTextContent('No matches')
  })

  it('Replace all changes every block as one undo step, and says which matches in live fields it left', async () => {
    const user = userEvent.setup()
    const store = await renderApp()
    const boilerplate = screen.getByTestId('narrative-boilerplate').querySelector<HTMLElement>('[contenteditable]')
    boilerplate?.focus()
    await user.keyboard('{Control>}h{/Control}')
    await user.click(within(bar()).getByRole('textbox', { name: 'Find in the text' }))
    await user.paste('IEC')
    await user.click(within(bar()).getByRole('checkbox', { name: 'Whole word' }))
    // Without it, the web address and the e-mail address (iec-electronics.com) would change too.
    await user.click(within(bar()).getByRole('checkbox', { name: 'Match case' }))
    expect(screen.getByTestId('find-note')).toHaveTextContent(/matches are in live fields, which replace leaves as they are/)
    await user.click(within(bar()).getByRole('textbox', { name: 'Replace with' }))
    await user.paste('ACME')
    const pastBefore = store.getState().past.length
    const before = store.getState().document.narrative
    await user.click(within(bar()).getByRole('button', { name: 'Replace all' }))
    const after = store.getState().document.narrative
    expect(richTextPlain(after.boilerplate)).toMatch(/^ACME is a full service/)
    expect(richTextPlain(after.contact)).toContain('ACME Electronics Corp.')
    expect(after.headline).toBe(before.headline)
    expect(store.getState().past.length).toBe(pastBefore + 1)
    expect(screen.getByTestId('find-note')).toHaveTextContent(/^Replaced 2 matches in 2 blocks\. \d+ matches are in live fields and were left/)
    expect(screen.getByTestId('narrative-boilerplate')).toHaveTextContent('ACME is a full service')

    await user.keyboard('{Control>}z{/Control}')
    expect(store.getState().document.narrative).toBe(before)
    expect(screen.getByTestId('narrative-contact')).toHaveTextContent('IEC Electronics Corp.')

    // Escape closes the bar and gives the focus back to the block it came from.
    fireEvent.keyDown(within(bar()).getByRole('textbox', { name: 'Replace with' }), { key: 'Escape' })
    expect(screen.queryByRole('search', { name: 'Find and replace' })).toBeNull()
    expect(boilerplate).toHaveFocus()
    expect(document.querySelectorAll('.find-match')).toHaveLength(0)
  })

  it('Replace changes the current match only and moves on to the next', async () => {
    const user = userEvent.setup()
    const store = await renderApp()
    await user.keyboard('{Control>}h{/Control}')
    await user.click(within(bar()).getByRole('textbox', { name: 'Find in the text' }))
    await user.paste('customers')
    const total = Number((screen.getByTestId('find-count').textContent ?? '').split(' of ')[1])
    await user.click(within(bar()).getByRole('textbox', { name: 'Replace with' }))
    await user.paste('clients')
    await user.click(within(bar()).getByRole('button', { name: 'Replace' }))
    expect(richTextPlain(store.getState().document.narrative.quote.text)).toContain('three new clients')
    expect(screen.getByTestId('find-count')).toHaveTextContent(`1 of ${total - 1}`)
  })
})
