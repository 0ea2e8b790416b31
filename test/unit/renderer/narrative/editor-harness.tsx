import type { TiptapEditorHTMLElement } from '@tiptap/core'
import { act, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { vi } from 'vitest'
import type { NarrativeEditorHandle } from '../../../../renderer/src/editor/narrative/narrative-editor'
import { NarrativeEditor } from '../../../../renderer/src/editor/narrative/narrative-editor'
import type { RichText } from '../../../../renderer/src/release/narrative-schema'
import type { ReleaseFacts } from '../../../../renderer/src/release/release-facts'

/**
 * jsdom lays nothing out and its Range has no rectangles; ProseMirror asks for them to scroll the
 * selection into view. Empty rectangles are the honest answer for a page with no layout.
 */
function installRangeRects(): void {
  const empty = (): DOMRectList => {
    const list = Object.assign([] as DOMRect[], { item: () => null })
    return list as unknown as DOMRectList
  }
  if (typeof Range.prototype.getClientRects !== 'function') Range.prototype.getClientRects = empty
  if (typeof Range.prototype.getBoundingClientRect !== 'function') {
    Range.prototype.getBoundingClientRect = () => new DOMRect(0, 0, 0, 0)
  }
}
installRangeRects()

/** A parent that keeps the editor's value the way the app's store does: what onChange gave it. */
function StatefulEditor(props: {
  readonly initial: RichText
  readonly outside: RichText | null
  readonly keep: (next: RichText) => RichText
  readonly facts: ReleaseFacts
  readonly singleLine?: boolean
  readonly onChange: (next: RichText) => void
  readonly onFocusEditor: (handle: NarrativeEditorHandle) => void
}) {
  const [value, setValue] = useState(props.initial)
  const [outside, setOutside] = useState(props.outside)
  if (props.outside !== outside) {
    setOutside(props.outside)
    if (props.outside !== null) setValue(props.outside)
  }
  return (
    <NarrativeEditor
      value={value}
      facts={props.facts}
      label="Results"
      singleLine={props.singleLine ?? false}
      testId="editor"
      onFocusEditor={props.onFocusEditor}
      onChange={(next) => {
        props.onChange(next)
        setValue(props.keep(next))
      }}
    />
  )
}

export interface MountedEditor {
  readonly root: HTMLElement
  /** The contenteditable element. */
  readonly content: HTMLElement
  readonly changes: RichText[]
  readonly lastChange: () => RichText | undefined
  /** The handle the editor hands over when it gets the focus. */
  readonly focus: () => Promise<NarrativeEditorHandle>
  /** Re-renders with other facts, as the store does when a figure changes. */
  readonly setFacts: (facts: ReleaseFacts) => void
  /** Re-renders with a value from outside, as undo or opening a file does. */
  readonly setValue: (value: RichText) => void
}

/**
 * Selects the field at `pos` as a whole, as clicking it does in a browser (jsdom cannot click by
 * coordinates). Goes through the editor TipTap attaches to its element.
 */
export function selectFieldAt(content: HTMLElement, pos: number): void {
  const editor = (content as TiptapEditorHTMLElement).editor
  if (editor === undefined) throw new Error('no editor on this element')
  act(() => {
    editor.commands.setNodeSelection(pos)
  })
}

export interface MountOptions {
  readonly singleLine?: boolean
  /** How the parent stores what onChange gives it: as is (default), or e.g. a structural copy. */
  readonly keep?: (next: RichText) => RichText
}

export async function mountEditor(
  initial: RichText,
  facts: ReleaseFacts,
  options: MountOptions = {},
): Promise<MountedEditor> {
  const changes: RichText[] = []
  const onFocusEditor = vi.fn<(handle: NarrativeEditorHandle) => void>()
  const element = (currentFacts: ReleaseFacts, outside: RichText | null) => (
    <StatefulEditor
      initial={initial}
      outside={outside}
      keep={options.keep ?? ((next) => next)}
      facts={currentFacts}
      singleLine={options.singleLine ?? false}
      onChange={(next) => changes.push(next)}
      onFocusEditor={onFocusEditor}
    />
  )
  let shownFacts = facts
  let shownOutside: RichText | null = null
  const view = render(element(facts, null))
  const root = screen.getByTestId('editor')
  const content = await screen.findByRole('textbox', { name: 'Results' })
  return {
    root,
    content,
    changes,
    lastChange: () => changes[changes.length - 1],
    focus: async () => {
      await act(async () => {
        content.focus()
      })
      const handle = onFocusEditor.mock.lastCall?.[0]
      if (handle === undefined) throw new Error('the editor handed over no handle on focus')
      return handle
    },
    setFacts: (next) => {
      shownFacts = next
      view.rerender(element(shownFacts, shownOutside))
    },
    setValue: (next) => {
      shownOutside = next
      view.rerender(element(shownFacts, shownOutside))
    },
  }
}
