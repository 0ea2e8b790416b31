import type { TiptapEditorHTMLElement } from '@tiptap/core'
import { act } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { needsCleaning } from '../../../../renderer/src/release/clean-text'
import { rich } from '../../../../renderer/src/release/narrative-builders'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import { createReleaseStore } from '../../../../renderer/src/store/release-store'
import { sampleDocument } from '../preview/release-fixtures'
import { mountEditor } from './editor-harness'
import type { MountedEditor } from './editor-harness'

/** Pasted text, typed text and company details lose the invisible characters a release never keeps. */

const facts = releaseFacts(sampleDocument())

/** Pastes as a browser does; an empty `html` is a plain-text paste. */
function paste(editor: MountedEditor, html: string, text: string): void {
  const event = new Event('paste', { bubbles: true, cancelable: true })
  const data: Record<string, string> =
    html === '' ? { 'text/plain': text } : { 'text/html': html, 'text/plain': text }
  Object.defineProperty(event, 'clipboardData', {
    value: { types: Object.keys(data), getData: (type: string) => data[type] ?? '', files: [] },
  })
  act(() => {
    editor.content.dispatchEvent(event)
  })
}

/** Types as ProseMirror's input handling does: one text insertion at the cursor. */
function type(editor: MountedEditor, text: string): void {
  const tiptap = (editor.content as TiptapEditorHTMLElement).editor
  if (tiptap === undefined) throw new Error('no editor on this element')
  act(() => {
    tiptap.view.dispatch(tiptap.state.tr.insertText(text))
  })
}

const OVERRIDDEN = 'Revenue was $\u202E5.6\u202C million, up 2\u200B5%.'
const AS_SHOWN = 'Revenue was $5.6 million, up 25%.'

describe('pasting text with invisible characters into a narrative editor', () => {
  it('keeps the words of pasted plain text and none of the invisible characters', async () => {
    const editor = await mountEditor(rich.doc(rich.paragraph('')), facts)
    await editor.focus()
    paste(editor, '', `${OVERRIDDEN}\n\nA year ago: $4\uFEFF.7 million\u00AD.`)
    expect(editor.lastChange()).toEqual(
      rich.doc(rich.paragraph(AS_SHOWN), rich.paragraph('A year ago: $4.7 million.')),
    )
    expect(needsCleaning(editor.content.textContent ?? '')).toBe(false)
    expect(editor.content).toHaveTextContent(AS_SHOWN)
  })

  it('keeps the words and bold of pasted HTML, with entities, a <bdo> override and controls gone', async () => {
    const editor = await mountEditor(rich.doc(rich.paragraph('')), facts)
    await editor.focus()
    paste(
      editor,
      '<p>Revenue was <b>$&#x202E;5.6&#x202C; million</b>, <bdo dir="rtl">up</bdo> 2&#8203;5%.&#xFFFE;</p>',
      OVERRIDDEN,
    )
    expect(editor.lastChange()).toEqual(
      rich.doc(rich.paragraph('Revenue was ', rich.text('$5.6 million', 'bold'), ', up 25%.')),
    )
  })

  it('joins a pasted override into the headline’s one line without it', async () => {
    const editor = await mountEditor(rich.doc(rich.paragraph('Headline: ')), facts, {
      singleLine: true,
    })
    const handle = await editor.focus()
    act(() => handle.selectRange(11, 11))
    paste(editor, '<p>Sales of $&#x202E;5.6&#x202C; million</p><p>and more\u200B</p>', '')
    expect(editor.lastChange()).toEqual(
      rich.doc(rich.paragraph('Headline: Sales of $5.6 million and more')),
    )
  })
})

describe('typing invisible characters into a narrative editor', () => {
  it('removes them as they arrive, and writes a fullwidth digit as ASCII, wherever the cursor is', async () => {
    const editor = await mountEditor(rich.doc(rich.paragraph('Revenue was $5.6 million.')), facts)
    const handle = await editor.focus()
    act(() => handle.selectRange(15, 15))
    type(editor, '\u200B')
    type(editor, '\u202E')
    type(editor, '0\u2066')
    type(editor, '\uFF17')
    expect(editor.lastChange()).toEqual(rich.doc(rich.paragraph('Revenue was $507.6 million.')))
    expect(editor.content).toHaveTextContent('Revenue was $507.6 million.')
  })
})

describe('typing invisible characters into company details and the quote', () => {
  it('keeps the details as a reader sees them', () => {
    const store = createReleaseStore({ document: sampleDocument() })
    store.getState().setCompany({
      name: 'IEC\u200B Electronics\u202E Corp.',
      addressLines: ['105\uFEFF Norton Street'],
    })
    store.getState().setQuoteAttribution({ speaker: 'W. Barry\u00AD Gilbert' })
    store.getState().setLayout({ exhibitLabel: 'Exhibit\u2060 99.1' })
    store
      .getState()
      .setNarrativeBlock('contact', rich.doc(rich.paragraph('Call \u202E(315) 332-4262')))
    const { company, narrative, layout } = store.getState().document
    expect([
      company.name,
      company.addressLines,
      narrative.quote.speaker,
      layout.exhibitLabel,
    ]).toEqual(['IEC Electronics Corp.', ['105 Norton Street'], 'W. Barry Gilbert', 'Exhibit 99.1'])
    expect(narrative.contact).toEqual(rich.doc(rich.paragraph('Call (315) 332-4262')))
  })
})
