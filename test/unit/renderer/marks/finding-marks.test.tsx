import type { TiptapEditorHTMLElement } from '@tiptap/core'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { EditorTargets } from '../../../../renderer/src/app/app-context'
import { ChecksPanel } from '../../../../renderer/src/editor/checks/checks-panel'
import type { NarrativeEditorHandle } from '../../../../renderer/src/editor/narrative/editor-handle'
import { TextTab } from '../../../../renderer/src/editor/text/text-tab'
import type { TextBlock } from '../../../../renderer/src/store/store-types'
import { installRangeRects } from '../checks/dom-ranges'
import { renderWithStore } from '../helpers/render'
import { sampleStore } from '../helpers/sample'

installRangeRects()

function handleOf(editors: EditorTargets, block: TextBlock): NarrativeEditorHandle {
  const target = editors.get(block)
  if (target === undefined || !('textWithPositions' in target)) throw new Error(`no editor for ${block}`)
  return target as NarrativeEditorHandle
}

const textbox = (name: string) => screen.getByRole('textbox', { name }) as TiptapEditorHTMLElement
const tooltipOf = (name: string) => within(textbox(name).closest('.narrative-editor') as HTMLElement).getByRole('tooltip', { hidden: true })

// Each test mounts every text block's editor; on a busy shared machine that takes more than the default 5 s.
describe('findings marked in the text', { timeout: 30_000 }, () => {
  it('underlines the words of an error in their block, and the mark goes with the fix', async () => {
    const user = userEvent.setup()
    renderWithStore(
      <>
        <TextTab />
        <ChecksPanel />
      </>,
      sampleStore(),
    )
    const mark = textbox('Web reference').querySelector('.text-mark--error')
    expect(mark).toHaveTextContent(/^3rd-quarter06$/)
    expect(document.querySelectorAll('.text-mark')).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: 'Replace with 2nd-quarter06' }))
    expect(document.querySelectorAll('.text-mark')).toHaveLength(0)
  })

  it('shows the message when the caret is inside the words, describing the text box, and on hover', async () => {
    const { editors } = renderWithStore(<TextTab />, sampleStore())
    const web = textbox('Web reference')
    const tooltip = tooltipOf('Web reference')
    expect(tooltip).not.toBeVisible()
    expect(web).not.toHaveAttribute('aria-describedby')

    const handle = handleOf(editors, 'webReference')
    const { text, positions } = handle.textWithPositions()
    const inside = positions[text.indexOf('3rd-quarter06') + 3] ?? 0
    act(() => handle.selectRange(inside, inside))
    // The editor takes the focus in its next frame.
    await waitFor(() => expect(tooltip).toBeVisible())
    expect(tooltip).toHaveTextContent(/^Error: .*third quarter of fiscal 2006; this release is the second quarter/)
    expect(web).toHaveAttribute('aria-describedby', tooltip.id)

    // The caret moves out of the words: the tooltip goes, and the box is no longer described by it.
    act(() => handle.selectRange(2, 2))
    expect(tooltip).not.toBeVisible()
    expect(web).not.toHaveAttribute('aria-describedby')

    const mark = web.querySelector('.text-mark--error')
    if (mark === null) throw new Error('no mark')
    fireEvent.mouseOver(mark)
    expect(tooltip).toBeVisible()
    expect(tooltip).toHaveTextContent('this release is the second quarter')
    fireEvent.mouseLeave(web)
    expect(tooltip).not.toBeVisible()
  })

  it('marks a wrong percent as it is typed, where it was typed', () => {
    const { editors } = renderWithStore(<TextTab />, sampleStore())
    const handle = handleOf(editors, 'results')
    const { text, positions } = handle.textWithPositions()
    const end = (positions[text.length - 1] ?? 0) + 1
    act(() => handle.replaceRange(end, end, ' Sales rose 21% from the same quarter in fiscal 2005.'))
    const marks = [...textbox('Results').querySelectorAll('.text-mark--error')].map((mark) => mark.textContent)
    expect(marks).toEqual(['21%'])
  })
})
