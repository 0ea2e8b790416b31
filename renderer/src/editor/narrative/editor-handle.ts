import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import type { Field } from '../../release/narrative-schema'
import { findHighlightKey } from '../find/find-highlight'
import type { FindHighlight } from '../find/find-highlight'
import { markById, marksAt, marksInPlace, setMarksTransaction } from '../marks/text-marks'
import type { MarkLayer, TextMark } from '../marks/text-marks'
import { textWithPositions } from './text-positions'
import type { TextWithPositions } from './text-positions'

/** What the app can do to a narrative editor: insert a live value where the cursor is, and let checks select or fix words. */
export interface NarrativeEditorHandle {
  /** Inserts a live field at the cursor (or over the selection), after `leadingText` when given, and puts the cursor after it. */
  insertField(field: Field, leadingText?: string): void
  focus(): void
  /** The words of the cursor's paragraph before the cursor; a live field counts as one object character. */
  textBeforeCursor(): string
  /** Selects editor positions [from, to) and scrolls them into view. */
  selectRange(from: number, to: number): void
  /** Replaces editor positions [from, to) with plain text, keeping the formatting around it; the cursor goes after it. */
  replaceRange(from: number, to: number, text: string): void
  /** The user's words outside fields, with each character's editor position (see TextWithPositions). */
  textWithPositions(): TextWithPositions
  /** Highlights the find bar's matches, and scrolls the current one into view without taking the focus from the bar. */
  highlightMatches(highlight: FindHighlight): void
  /** Underlines words: one layer of marks (the checks' findings, or spelling) replaces that layer's earlier ones. */
  setMarks(layer: MarkLayer, marks: readonly TextMark[]): void
  /** The mark of a kind the caret is in, or the one with `id` (under the mouse); null if none. */
  markAt(kind: TextMark['kind'], id: string | null): TextMark | null
  /** Where a mark's words are on screen, for a menu beside them. */
  markRect(mark: TextMark): DOMRect | null
}

function clamp(editor: Editor, position: number): number {
  return Math.min(Math.max(0, Math.trunc(position)), editor.state.doc.content.size)
}

function createHandle(editor: Editor): NarrativeEditorHandle {
  return {
    insertField(field, leadingText) {
      if (editor.isDestroyed) return
      const fieldNode = { type: 'field', attrs: { ...field } }
      // One insert, so one step of undo takes the space and the field back together.
      const content =
        leadingText === undefined || leadingText === ''
          ? fieldNode
          : [{ type: 'text', text: leadingText }, fieldNode]
      editor.chain().focus().insertContent(content).run()
    },
    focus() {
      if (!editor.isDestroyed) editor.commands.focus()
    },
    textBeforeCursor() {
      if (editor.isDestroyed) return ''
      const { $from } = editor.state.selection
      return $from.parent.textBetween(0, $from.parentOffset, undefined, '\ufffc')
    },
    selectRange(from, to) {
      if (editor.isDestroyed) return
      editor
        .chain()
        .focus()
        .setTextSelection({ from: clamp(editor, from), to: clamp(editor, to) })
        .scrollIntoView()
        .run()
    },
    replaceRange(from, to, text) {
      if (editor.isDestroyed) return
      const start = clamp(editor, Math.min(from, to))
      const end = clamp(editor, Math.max(from, to))
      editor
        .chain()
        .focus()
        .command(({ tr }) => {
          if (text === '') tr.delete(start, end)
          else tr.insertText(text, start, end)
          tr.setSelection(TextSelection.create(tr.doc, start + text.length))
          return true
        })
        .run()
    },
    textWithPositions() {
      return textWithPositions(editor.state.doc)
    },
    highlightMatches(highlight) {
      if (editor.isDestroyed) return
      editor.view.dispatch(editor.state.tr.setMeta(findHighlightKey, highlight).setMeta('addToHistory', false))
      const current = editor.view.dom.querySelector('[data-find-current]')
      // jsdom has no scrolling at all.
      if (current !== null && typeof current.scrollIntoView === 'function') current.scrollIntoView({ block: 'center' })
    },
    markAt(kind, id) {
      if (editor.isDestroyed) return null
      if (id !== null) {
        const mark = markById(editor.state, id)
        return mark?.kind === kind ? mark : null
      }
      const head = editor.state.selection.head
      return marksAt(editor.state, head).find((mark) => mark.kind === kind && mark.from <= head && head <= mark.to) ?? null
    },
    markRect(mark) {
      if (editor.isDestroyed) return null
      const element = editor.view.dom.querySelector(`[data-text-mark="${CSS.escape(mark.id)}"]`)
      return element === null ? null : element.getBoundingClientRect()
    },
    setMarks(layer, marks) {
      if (editor.isDestroyed || marksInPlace(editor.state, layer, marks)) return
      editor.view.dispatch(setMarksTransaction(editor.state, layer, marks))
    },
  }
}

const handles = new WeakMap<Editor, NarrativeEditorHandle>()

/** The one handle of an editor, so the app can keep it and compare it. */
export function editorHandle(editor: Editor): NarrativeEditorHandle {
  const existing = handles.get(editor)
  if (existing !== undefined) return existing
  const handle = createHandle(editor)
  handles.set(editor, handle)
  return handle
}
