import type { TiptapEditorHTMLElement } from '@tiptap/core'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { EditorTargets } from '../../../../renderer/src/app/app-context'
import { ChecksPanel } from '../../../../renderer/src/editor/checks/checks-panel'
import type { NarrativeEditorHandle } from '../../../../renderer/src/editor/narrative/editor-handle'
import { TextTab } from '../../../../renderer/src/editor/text/text-tab'
import { createReleaseStore } from '../../../../renderer/src/store/release-store'
import type { TextBlock } from '../../../../renderer/src/store/store-types'
import { renderWithStore } from '../helpers/render'
import { sampleDocument, sampleStore } from '../helpers/sample'
import { installRangeRects } from './dom-ranges'
import { withRows } from '../../../support/figure-rows'

installRangeRects()

const panel = () => screen.getByTestId('checks-panel')
const findings = () => within(panel()).queryAllByTestId('finding')

/** The text block's editor handle, as the text tab registers it when it mounts. */
function handleOf(editors: EditorTargets, block: TextBlock): NarrativeEditorHandle {
  const target = editors.get(block)
  if (target === undefined || !('textWithPositions' in target)) throw new Error(`no editor for ${block}`)
  return target as NarrativeEditorHandle
}

/** Types words at the end of a block, as the editor receives them. */
function typeAtEnd(handle: NarrativeEditorHandle, words: string): void {
  const { text, positions } = handle.textWithPositions()
  const end = (positions[text.length - 1] ?? 0) + 1
  act(() => handle.replaceRange(end, end, words))
}

function renderTextAndChecks(store = sampleStore()) {
  return renderWithStore(
    <>
      <TextTab />
      <ChecksPanel />
    </>,
    store,
  )
}

describe('the checks panel', () => {
  it("lists the sample's one error — the stale web reference — and is clear after its fix, which undo takes back", async () => {
    const user = userEvent.setup()
    const { store } = renderTextAndChecks()
    const [only, ...others] = findings()
    expect(others).toHaveLength(0)
    expect(only).toHaveTextContent('Error')
    expect(only).toHaveTextContent('Web reference')
    expect(within(only as HTMLElement).getByText('3rd-quarter06').tagName).toBe('Q')
    expect(only).toHaveTextContent('names the third quarter of fiscal 2006; this release is the second quarter')
    expect(within(panel()).getByTestId('checks-summary')).toHaveTextContent(/^1 error\. Click one/)

    await user.click(within(panel()).getByRole('button', { name: 'Replace with 2nd-quarter06' }))
    expect(within(panel()).getByText('No problems found')).toBeInTheDocument()
    await waitFor(() => expect(panel()).toHaveFocus())
    expect(findings()).toHaveLength(0)
    expect(screen.getByRole('textbox', { name: 'Web reference' })).toHaveTextContent('www.iec-electronics.com/2nd-quarter06release')
    expect(store.getState().toasts.map((toast) => toast.text)).toContain(
      'Replaced \u201c3rd-quarter06\u201d with \u201c2nd-quarter06\u201d in Web reference.',
    )

    act(() => store.getState().undo())
    expect(findings()).toHaveLength(1)
    expect(screen.getByRole('textbox', { name: 'Web reference' })).toHaveTextContent('/3rd-quarter06release')
  })

  it('adds an error as a wrong percent is typed into the results, errors before warnings, with both fixes', async () => {
    const user = userEvent.setup()
    const { store, editors } = renderTextAndChecks()
    typeAtEnd(handleOf(editors, 'results'), ' Sales rose 21% from the same quarter in fiscal 2005.')
    const [percent, web] = findings()
    expect(findings()).toHaveLength(2)
    expect(percent).toHaveTextContent('Results, paragraph 3')
    expect(percent).toHaveTextContent('19% ahead of the same quarter in fiscal 2005, not 21%')
    expect(web).toHaveTextContent('Web reference')

    await user.click(within(percent as HTMLElement).getByRole('button', { name: 'Replace with 19%' }))
    expect(findings()).toHaveLength(1)
    expect(screen.getByRole('textbox', { name: 'Results' })).toHaveTextContent('Sales rose 19% from the same quarter in fiscal 2005.')

    // The same words again, now made a live comparison: the figures will keep them right.
    act(() => store.getState().undo())
    const [again] = findings()
    await user.click(within(again as HTMLElement).getByRole('button', { name: 'Make it a live field' }))
    expect(findings()).toHaveLength(1)
    const results = screen.getByRole('textbox', { name: 'Results' })
    expect(results).toHaveTextContent('fiscal 2005. Sales were 19% ahead of the same quarter in fiscal 2005.')
    expect(within(results).getAllByText('were 19% ahead of the same quarter in fiscal 2005').at(-1)).toHaveAttribute(
      'data-field-kind',
      'comparison',
    )
  })

  it("selects the finding's exact words through the editor handle, on the Text tab", async () => {
    const user = userEvent.setup()
    const { store, editors } = renderTextAndChecks()
    store.getState().setActiveTab('checks')
    const handle = handleOf(editors, 'webReference')
    const selectRange = vi.spyOn(handle, 'selectRange')
    // The editor's own text: "Information regarding ￼’s ￼ results … /3rd-quarter06release".
    const { text, positions } = handle.textWithPositions()
    const at = text.indexOf('3rd-quarter06')
    expect(at).toBeGreaterThan(0)

    await user.click(within(panel()).getByRole('button', { name: /3rd-quarter06/ }))
    expect(selectRange).toHaveBeenCalledExactlyOnceWith(positions[at], (positions[at + 12] ?? 0) + 1)
    expect(store.getState().activeTab).toBe('text')
    const editor = (screen.getByRole('textbox', { name: 'Web reference' }) as TiptapEditorHTMLElement).editor
    const selection = editor?.state.selection
    expect(selection && editor?.state.doc.textBetween(selection.from, selection.to)).toBe('3rd-quarter06')
  })

  it('focuses the editor of an empty block it reports, with no words to select', async () => {
    const user = userEvent.setup()
    const sample = sampleDocument()
    const store = createReleaseStore({
      document: { ...sample, narrative: { ...sample.narrative, contact: { type: 'doc', content: [{ type: 'paragraph' }] } } },
    })
    const { editors } = renderTextAndChecks(store)
    const handle = handleOf(editors, 'contact')
    const focus = vi.spyOn(handle, 'focus')
    const selectRange = vi.spyOn(handle, 'selectRange')
    const empty = findings().find((item) => item.textContent?.includes('The contact is empty'))
    expect(empty).toHaveTextContent('Contact')
    await user.click(within(empty as HTMLElement).getByRole('button'))
    expect(focus).toHaveBeenCalledOnce()
    expect(selectRange).not.toHaveBeenCalled()
    expect(store.getState().activeTab).toBe('text')
  })

  it("takes a problem of the figures themselves to the Figures tab", async () => {
    const user = userEvent.setup()
    const sample = sampleDocument()
    // EPS of $(0.01) a year ago against net income of $73,000: the sign does not match.
    const changed = withRows(sample.figures, { dilutedEps: { yearAgoQuarter: '-0.01' } })
    const store = createReleaseStore({ document: { ...sample, figures: changed } })
    store.getState().setActiveTab('checks')
    renderTextAndChecks(store)
    const [figures] = findings()
    expect(figures).toHaveTextContent('Figures')
    await user.click(within(figures as HTMLElement).getAllByRole('button')[0] as HTMLElement)
    expect(store.getState().activeTab).toBe('figures')
  })
})
