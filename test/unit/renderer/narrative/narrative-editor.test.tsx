import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { NarrativeEditor } from '../../../../renderer/src/editor/narrative/narrative-editor'
import { rich } from '../../../../renderer/src/release/narrative-builders'
import { richTextSchema } from '../../../../renderer/src/release/narrative-schema'
import type { RichText } from '../../../../renderer/src/release/narrative-schema'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import { sampleDocument, withRevenueQuarter } from '../preview/release-fixtures'
import { mountEditor, selectFieldAt } from './editor-harness'

const sample = sampleDocument()
const facts = releaseFacts(sample)
const decreasedFacts = releaseFacts(withRevenueQuarter(sample, '3000000'))
const PREVIOUS_QUARTER_WORDS = 'increased by more than 50% from the previous quarter'

function expectValid(text: RichText | undefined): RichText {
  expect(text).toBeDefined()
  const parsed = richTextSchema.safeParse(text)
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
  return text as RichText
}

/** Words of the stored text as the release prints them: fields shown by kind. */
function storedWords(text: RichText): string {
  return text.content
    .map((block) =>
      block.type === 'paragraph'
        ? (block.content ?? []).map((node) => (node.type === 'text' ? node.text : node.type === 'field' ? `{${node.attrs.kind}}` : '\n')).join('')
        : `[${block.type}]`,
    )
    .join('\n')
}

describe('NarrativeEditor', () => {
  it('shows the sample results with live fields in their current words', async () => {
    const editor = await mountEditor(sample.narrative.results, facts)
    const field = within(editor.content).getByText(PREVIOUS_QUARTER_WORDS)
    expect(field).toHaveAttribute('data-field-kind', 'comparison')
    expect(field).toHaveAttribute('title', 'Live: revenue, this quarter vs the previous quarter')
    expect(editor.content).toHaveTextContent('The Company reported a net loss of $(168,000) or $(0.02) per share')
    expect(editor.changes).toHaveLength(0)
  })

  it('turns the words of its fields when the figures change, without changing the text', async () => {
    const editor = await mountEditor(sample.narrative.results, facts)
    act(() => editor.setFacts(decreasedFacts))
    expect(within(editor.content).queryByText(PREVIOUS_QUARTER_WORDS)).toBeNull()
    expect(editor.content).toHaveTextContent(/Second quarter sales decreased/)
    expect(editor.content).toHaveTextContent('on revenue of $3.0 million for the quarter')
    expect(editor.changes).toHaveLength(0)
  })

  it('changes the words in every editor showing the same figures', async () => {
    const both = (current: typeof facts) => (
      <>
        <NarrativeEditor value={sample.narrative.headline} onChange={() => undefined} facts={current} label="Headline" singleLine />
        <NarrativeEditor value={sample.narrative.results} onChange={() => undefined} facts={current} label="Results" />
      </>
    )
    const view = render(both(facts))
    view.rerender(both(decreasedFacts))
    const results = screen.getByRole('textbox', { name: 'Results' })
    expect(await within(results).findAllByText(/^decreased by/)).not.toHaveLength(0)
    expect(screen.getByRole('textbox', { name: 'Headline' })).toHaveTextContent('IEC Announces Second Quarter Results for Fiscal 2006')
  })

  it('reports edits as stored rich text that passes the schema, fields and all', async () => {
    const editor = await mountEditor(sample.narrative.results, facts)
    const handle = await editor.focus()
    const { text, positions } = handle.textWithPositions()
    const start = text.indexOf('per share')
    act(() => handle.replaceRange(positions[start] ?? 0, (positions[start + 'per share'.length - 1] ?? 0) + 1, 'a share'))
    const stored = expectValid(editor.lastChange())
    expect(storedWords(stored)).toContain('The Company reported {result} or {amount} a share on revenue of {amount}')
    // Fields keep exactly their attributes: no nulls from the editor's node.
    const first = stored.content[0]
    expect(first?.type === 'paragraph' && first.content?.[2]).toEqual({
      type: 'field',
      attrs: { kind: 'comparison', measure: 'revenue', pair: 'previousQuarter', withSubject: false, textCase: 'asIs' },
    })
  })

  it('inserts a field at the cursor', async () => {
    const editor = await mountEditor(rich.doc(rich.paragraph('Revenue was  in the quarter.')), facts)
    const handle = await editor.focus()
    const { text, positions } = handle.textWithPositions()
    const at = (positions[text.indexOf('was ') + 4] ?? 0)
    act(() => handle.selectRange(at, at))
    act(() => handle.insertField({ kind: 'amount', measure: 'revenue', period: 'quarter', textCase: 'asIs' }))
    await within(editor.content).findByText('$5.6 million')
    expect(editor.content).toHaveTextContent('Revenue was $5.6 million in the quarter.')
    expect(expectValid(editor.lastChange())).toEqual(
      rich.doc(rich.paragraph('Revenue was ', rich.amount('revenue', 'quarter'), ' in the quarter.')),
    )
  })

  it('keeps the cursor after the words just typed when the parent stores each edit', async () => {
    for (const keep of [(next: RichText) => next, (next: RichText) => structuredClone(next)]) {
      const editor = await mountEditor(rich.doc(rich.paragraph('Sales grew.')), facts, { keep })
      const handle = await editor.focus()
      const { positions } = handle.textWithPositions()
      const afterSales = (positions[4] ?? 0) + 1
      act(() => handle.selectRange(afterSales, afterSales))
      act(() => handle.replaceRange(afterSales, afterSales, ' quickly'))
      // The next insertion lands where the cursor was left: right after the typed words.
      act(() => handle.insertField({ kind: 'period', part: 'quarter', textCase: 'asIs' }))
      expect(storedWords(expectValid(editor.lastChange()))).toBe('Sales quickly{period} grew.')
      editor.root.parentElement?.remove()
    }
  })

  it('shows a value changed from outside (undo, a loaded file) without reporting an edit', async () => {
    const editor = await mountEditor(rich.doc(rich.paragraph('First words.')), facts)
    act(() => editor.setValue(rich.doc(rich.paragraph('Other words, '), rich.paragraph(rich.amount('revenue', 'quarter')))))
    expect(await within(editor.content).findByText('$5.6 million')).toHaveAttribute('data-field-kind', 'amount')
    expect(editor.content).toHaveTextContent('Other words, $5.6 million')
    expect(editor.changes).toHaveLength(0)
  })

  it('toggles bold with the keyboard shortcut and italic from the toolbar', async () => {
    const editor = await mountEditor(rich.doc(rich.paragraph('Revenue grew.')), facts)
    const handle = await editor.focus()
    act(() => handle.selectRange(1, 8))
    fireEvent.keyDown(editor.content, { key: 'b', code: 'KeyB', ctrlKey: true })
    expect(expectValid(editor.lastChange())).toEqual(rich.doc(rich.paragraph(rich.text('Revenue', 'bold'), ' grew.')))
    expect(within(editor.root).getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true')
    fireEvent.click(within(editor.root).getByRole('button', { name: 'Italic' }))
    expect(editor.lastChange()).toEqual(rich.doc(rich.paragraph(rich.text('Revenue', 'bold', 'italic'), ' grew.')))
    expect(editor.content.querySelector('strong em, em strong')).toHaveTextContent('Revenue')
  })

  it('leaves undo to the app: the editor neither handles nor blocks its shortcut', async () => {
    const editor = await mountEditor(rich.doc(rich.paragraph('Revenue grew.')), facts)
    await editor.focus()
    const notCancelled = fireEvent.keyDown(editor.content, { key: 'z', code: 'KeyZ', ctrlKey: true })
    expect(notCancelled).toBe(true)
    expect(editor.changes).toHaveLength(0)
  })

  it('turns a field into plain text with the same words, on purpose', async () => {
    const editor = await mountEditor(rich.doc(rich.paragraph('Revenue was ', rich.amount('revenue', 'quarter'), '.')), facts)
    const handle = await editor.focus()
    const { text, positions } = handle.textWithPositions()
    selectFieldAt(editor.content, positions[text.indexOf('\uFFFC')] ?? 0)
    const button = await within(editor.content).findByRole('button', { name: 'Make plain text' })
    fireEvent.click(button)
    expect(expectValid(editor.lastChange())).toEqual(rich.doc(rich.paragraph('Revenue was $5.6 million.')))
    expect(editor.content.querySelector('[data-field]')).toBeNull()
    expect(editor.content).toHaveTextContent('Revenue was $5.6 million.')
  })

  it('turns a selected field into plain text from the keyboard too (Ctrl+Shift+Enter)', async () => {
    const editor = await mountEditor(rich.doc(rich.paragraph('Revenue was ', rich.amount('revenue', 'quarter'), '.')), facts)
    const handle = await editor.focus()
    const { text, positions } = handle.textWithPositions()
    selectFieldAt(editor.content, positions[text.indexOf('\uFFFC')] ?? 0)
    const button = await within(editor.content).findByRole('button', { name: 'Make plain text' })
    expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+Enter')
    fireEvent.keyDown(editor.content, { key: 'Enter', code: 'Enter', ctrlKey: true, shiftKey: true })
    expect(expectValid(editor.lastChange())).toEqual(rich.doc(rich.paragraph('Revenue was $5.6 million.')))
  })

  it('is one Tab stop before the text, not four: the arrow keys move along its formatting toolbar', async () => {
    const editor = await mountEditor(rich.doc(rich.paragraph('Revenue grew.')), facts)
    const toolbar = within(editor.root).getByRole('toolbar', { name: 'Results formatting' })
    const buttons = within(toolbar).getAllByRole('button')
    expect(buttons).toHaveLength(4)
    expect(buttons.map((button) => button.tabIndex)).toEqual([0, -1, -1, -1])
    act(() => buttons[0]?.focus())
    fireEvent.keyDown(buttons[0] as HTMLElement, { key: 'ArrowRight' })
    expect(buttons[1]).toHaveFocus()
    expect(buttons.map((button) => button.tabIndex)).toEqual([-1, 0, -1, -1])
    fireEvent.keyDown(buttons[1] as HTMLElement, { key: 'ArrowLeft' })
    fireEvent.keyDown(buttons[0] as HTMLElement, { key: 'ArrowLeft' })
    expect(buttons[3]).toHaveFocus()
  })

  it('deletes a selected field as a unit', async () => {
    const editor = await mountEditor(rich.doc(rich.paragraph('Revenue was ', rich.amount('revenue', 'quarter'), '.')), facts)
    const handle = await editor.focus()
    const { text, positions } = handle.textWithPositions()
    selectFieldAt(editor.content, positions[text.indexOf('\uFFFC')] ?? 0)
    fireEvent.keyDown(editor.content, { key: 'Backspace', code: 'Backspace' })
    expect(expectValid(editor.lastChange())).toEqual(rich.doc(rich.paragraph('Revenue was .')))
  })

  it('lets a check find, select and fix the exact words a finding points at', async () => {
    const editor = await mountEditor(sample.narrative.webReference, facts)
    const handle = await editor.focus()
    const { text, positions } = handle.textWithPositions()
    // Fields stand as one placeholder each, so the user's words are never confused with computed ones.
    expect(text).toBe('Information regarding \uFFFC\u2019s \uFFFC results can be found on its web site at www.iec-electronics.com/3rd-quarter06release')
    const wrong = '3rd-quarter06release'
    const start = text.indexOf(wrong)
    const from = positions[start] ?? 0
    const to = (positions[start + wrong.length - 1] ?? 0) + 1
    act(() => handle.selectRange(from, to))
    act(() => handle.replaceRange(from, to, '2nd-quarter06release'))
    expect(editor.content).toHaveTextContent('web site at www.iec-electronics.com/2nd-quarter06release')
    expect(storedWords(expectValid(editor.lastChange()))).toBe(
      'Information regarding {company}\u2019s {period} results can be found on its web site at www.iec-electronics.com/2nd-quarter06release',
    )
  })
})
