import { act, fireEvent, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { rich } from '../../../../renderer/src/release/narrative-builders'
import { richTextSchema } from '../../../../renderer/src/release/narrative-schema'
import type { RichText } from '../../../../renderer/src/release/narrative-schema'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import { sampleDocument } from '../preview/release-fixtures'
import { mountEditor } from './editor-harness'
import type { MountedEditor } from './editor-harness'

const facts = releaseFacts(sampleDocument())

declare global {
  interface Window {
    __pasteRan?: number
  }
}

/** Pastes as a browser does: a paste event carrying HTML (and its plain text) on the editor. */
function paste(editor: MountedEditor, html: string, text = ''): void {
  const event = new Event('paste', { bubbles: true, cancelable: true })
  const data: Record<string, string> = { 'text/html': html, 'text/plain': text }
  Object.defineProperty(event, 'clipboardData', {
    value: { types: Object.keys(data), getData: (type: string) => data[type] ?? '', files: [] },
  })
  act(() => {
    editor.content.dispatchEvent(event)
  })
}

function valid(text: RichText | undefined): RichText {
  const parsed = richTextSchema.safeParse(text)
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
  return text as RichText
}

function eventHandlerAttributes(root: Element): string[] {
  return Array.from(root.querySelectorAll('*')).flatMap((element) =>
    Array.from(element.attributes)
      .filter((attribute) => attribute.name.toLowerCase().startsWith('on'))
      .map((attribute) => `${element.tagName}[${attribute.name}]`),
  )
}

describe('pasting into a narrative editor', () => {
  it('keeps the words and formatting of pasted HTML and nothing that could run', async () => {
    const editor = await mountEditor(rich.doc(rich.paragraph('Start. ')), facts)
    const handle = await editor.focus()
    act(() => handle.selectRange(8, 8))
    paste(
      editor,
      '<p>Sales <b onclick="window.__pasteRan = 1">rose</b><script>window.__pasteRan = 2</script>' +
        '<img src="x" onerror="window.__pasteRan = 3"><a href="javascript:window.__pasteRan = 4">here</a>' +
        '<iframe src="javascript:window.__pasteRan = 5"></iframe><span style="color:red" onmouseover="x()">.</span></p>',
    )
    const stored = valid(editor.lastChange())
    expect(stored).toEqual(rich.doc(rich.paragraph('Start. Sales ', rich.text('rose', 'bold'), 'here.')))
    expect(editor.root.querySelector('script, iframe, a, img:not(.ProseMirror-separator), [style*="color"]')).toBeNull()
    expect(eventHandlerAttributes(editor.root)).toEqual([])
    expect(window.__pasteRan).toBeUndefined()
  })

  it('turns a copied live field back into a field, and a forged one into plain words', async () => {
    const editor = await mountEditor(rich.doc(rich.paragraph('')), facts)
    await editor.focus()
    paste(
      editor,
      '<p>Revenue <span data-field="" data-kind="amount" data-measure="revenue" data-period="quarter" data-text-case="asIs">$5.6 million</span> ' +
        'and <span data-field="" data-kind="amount" data-measure="profit" data-period="quarter">$9 billion</span></p>',
    )
    expect(valid(editor.lastChange())).toEqual(
      rich.doc(rich.paragraph('Revenue ', rich.amount('revenue', 'quarter'), ' and $9 billion')),
    )
    expect(await within(editor.content).findByText('$5.6 million')).toHaveAttribute('data-field-kind', 'amount')
  })
})

describe('copying from a narrative editor', () => {
  it('gives other apps the words of live fields, and this app the fields themselves', async () => {
    const editor = await mountEditor(rich.doc(rich.paragraph('Revenue ', rich.comparison('revenue', 'previousQuarter'), '.')), facts)
    const handle = await editor.focus()
    act(() => handle.selectRange(1, handle.textWithPositions().text.length + 1))
    const copied: Record<string, string> = {}
    const event = new Event('copy', { bubbles: true, cancelable: true })
    Object.defineProperty(event, 'clipboardData', {
      value: { clearData: () => undefined, setData: (type: string, value: string) => (copied[type] = value) },
    })
    act(() => {
      editor.content.dispatchEvent(event)
    })
    expect(copied['text/plain']).toBe('Revenue increased by more than 50% from the previous quarter.')
    const html = new DOMParser().parseFromString(copied['text/html'] ?? '', 'text/html')
    const field = html.querySelector('span[data-field]')
    expect(field?.textContent).toBe('increased by more than 50% from the previous quarter')
    expect(field?.getAttribute('data-kind')).toBe('comparison')
    expect(field?.getAttribute('data-pair')).toBe('previousQuarter')
  })
})

describe('a single-line editor (the headline)', () => {
  it('ignores Enter and offers no lists', async () => {
    const editor = await mountEditor(rich.doc(rich.paragraph('IEC Announces Results')), facts, { singleLine: true })
    const handle = await editor.focus()
    act(() => handle.selectRange(4, 4))
    const notCancelled = fireEvent.keyDown(editor.content, { key: 'Enter', code: 'Enter' })
    expect(notCancelled).toBe(false)
    expect(editor.changes).toHaveLength(0)
    expect(editor.content.querySelectorAll('p')).toHaveLength(1)
    expect(within(editor.root).queryByRole('button', { name: 'Bulleted list' })).toBeNull()
    expect(within(editor.root).getByRole('button', { name: 'Bold' })).toBeInTheDocument()
    expect(editor.content).toHaveAttribute('aria-multiline', 'false')
  })

  it('joins pasted paragraphs and list items into its one line', async () => {
    const editor = await mountEditor(rich.doc(rich.paragraph('Headline: ')), facts, { singleLine: true })
    const handle = await editor.focus()
    act(() => handle.selectRange(11, 11))
    paste(editor, '<p>Record <i>quarter</i></p><ul><li><p>sales up</p></li></ul><p>again</p>')
    expect(valid(editor.lastChange())).toEqual(
      rich.doc(rich.paragraph('Headline: Record ', rich.text('quarter', 'italic'), ' sales up again')),
    )
  })

  it('shows a stored multi-paragraph value on one line', async () => {
    const editor = await mountEditor(rich.doc(rich.paragraph('First'), rich.paragraph('second')), facts, { singleLine: true })
    expect(editor.content.querySelectorAll('p')).toHaveLength(1)
    expect(editor.content).toHaveTextContent('First second')
  })
})
