import type { TiptapEditorHTMLElement } from '@tiptap/core'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { EditorTargets } from '../../../../renderer/src/app/app-context'
import type { NarrativeEditorHandle } from '../../../../renderer/src/editor/narrative/editor-handle'
import { loadSpeller } from '../../../../renderer/src/editor/spelling/speller'
import { requestSpellingSuggestions } from '../../../../renderer/src/editor/spelling/spelling-request'
import { TextTab } from '../../../../renderer/src/editor/text/text-tab'
import { parseReleaseDocument, serializeReleaseDocument } from '../../../../renderer/src/release/load-document'
import type { TextBlock } from '../../../../renderer/src/store/store-types'
import { installRangeRects } from '../checks/dom-ranges'
import { renderWithStore } from '../helpers/render'
import { sampleDocument, sampleStore } from '../helpers/sample'

installRangeRects()

function handleOf(editors: EditorTargets, block: TextBlock): NarrativeEditorHandle {
  const target = editors.get(block)
  if (target === undefined || !('textWithPositions' in target)) throw new Error(`no editor for ${block}`)
  return target as NarrativeEditorHandle
}

const textbox = (name: string) => screen.getByRole('textbox', { name }) as TiptapEditorHTMLElement
const spelled = (name: string) => [...textbox(name).querySelectorAll('.text-mark--spelling')].map((mark) => mark.textContent)

/** Types words at the end of a block, as the editor receives them. */
function typeAtEnd(handle: NarrativeEditorHandle, words: string): void {
  const { text, positions } = handle.textWithPositions()
  const end = (positions[text.length - 1] ?? 0) + 1
  act(() => handle.replaceRange(end, end, words))
}

// Each test mounts every text block's editor and reads the whole dictionary: more than the default 5 s on a busy machine.
describe('spelling in the text blocks', { timeout: 60_000 }, () => {
  it('marks a word it does not know, and none of the sample release: its names, tickers, amounts and addresses are not words to check', async () => {
    await loadSpeller()
    const { editors } = renderWithStore(<TextTab />, sampleStore())
    // The spelling runs: a word it does not know in the safe harbor is marked, and nothing else in the release.
    typeAtEnd(handleOf(editors, 'safeHarbor'), ' Risks are unforseen.')
    await waitFor(() => expect(spelled('Safe harbor')).toEqual(['unforseen']))
    const marked = [...document.querySelectorAll('.text-mark--spelling')].map((mark) => mark.textContent)
    expect(marked).toEqual(['unforseen'])
  })

  it('marks a misspelled word, offers the suggestion from the keyboard, and applies it as one undo step', async () => {
    const user = userEvent.setup()
    await loadSpeller()
    const store = sampleStore()
    const { editors } = renderWithStore(<TextTab />, store)
    const handle = handleOf(editors, 'boilerplate')
    typeAtEnd(handle, ' We recieve orders.')
    await waitFor(() => expect(spelled('About the company')).toEqual(['recieve']))
    const { text, positions } = handle.textWithPositions()
    const inside = positions[text.indexOf('recieve') + 2] ?? 0
    act(() => handle.selectRange(inside, inside))
    // The editor takes the focus in its next frame, as when the person clicks into the word.
    await waitFor(() => expect(textbox('About the company')).toHaveFocus())
    act(() => requestSpellingSuggestions(store))
    const menu = await screen.findByRole('menu', { name: 'Spelling of \u201crecieve\u201d' })
    const first = within(menu).getAllByRole('menuitem')[0]
    expect(first).toHaveTextContent('receive')
    expect(first).toHaveFocus()
    const past = store.getState().past.length
    await user.keyboard('{Enter}')
    expect(textbox('About the company')).toHaveTextContent('We receive orders.')
    await waitFor(() => expect(spelled('About the company')).toEqual([]))
    expect(store.getState().past.length).toBe(past + 1)
  })

  it('adds a word to the release from the context menu, saved with it; Escape closes the menu', async () => {
    const user = userEvent.setup()
    await loadSpeller()
    const store = sampleStore()
    const { editors } = renderWithStore(<TextTab />, store)
    typeAtEnd(handleOf(editors, 'boilerplate'), ' Ask about Zentrofab.')
    await waitFor(() => expect(spelled('About the company')).toEqual(['Zentrofab']))
    const mark = textbox('About the company').querySelector('.text-mark--spelling')
    if (mark === null) throw new Error('no spelling mark')
    fireEvent.contextMenu(mark, { clientX: 40, clientY: 40 })
    const menu = await screen.findByRole('menu')
    await user.keyboard('{Escape}')
    expect(menu).not.toBeInTheDocument()

    fireEvent.contextMenu(mark, { clientX: 40, clientY: 40 })
    await user.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: /Add \u201cZentrofab\u201d/ }))
    await waitFor(() => expect(spelled('About the company')).toEqual([]))
    expect(store.getState().document.dictionary).toEqual(['Zentrofab'])
    const reopened = parseReleaseDocument(JSON.parse(serializeReleaseDocument(store.getState().document)))
    expect(reopened.ok && reopened.value.dictionary).toEqual(['Zentrofab'])
    act(() => store.getState().undo())
    await waitFor(() => expect(spelled('About the company')).toEqual(['Zentrofab']))
  })

  it('opens a release saved without a dictionary unchanged', () => {
    const document = sampleDocument()
    expect(document.dictionary).toBeUndefined()
    expect(serializeReleaseDocument(document)).not.toContain('dictionary')
  })
})
