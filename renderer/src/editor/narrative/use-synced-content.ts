import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { useLayoutEffect } from 'react'
import type { RefObject } from 'react'
import type { RichText } from '../../release/narrative-schema'
import { editorJson, richTextFromEditor, sameRichText, singleLineRichText } from './rich-text-convert'

/**
 * Shows `value` when it changes from outside (undo, a loaded file, another view) and differs
 * from what the editor holds, without reporting it back as an edit. The editor's own edits come
 * back as the very object it emitted and are skipped at once, so typing never resets the cursor.
 */
export function useSyncedContent(
  editor: Editor,
  value: RichText,
  singleLine: boolean,
  lastEmitted: RefObject<RichText | null>,
): void {
  useLayoutEffect(() => {
    if (editor.isDestroyed || value === lastEmitted.current) return
    const shown = singleLine ? singleLineRichText(value) : value
    if (sameRichText(richTextFromEditor(editor.state.doc), shown)) return
    const { anchor, head } = editor.state.selection
    editor.commands.setContent(editorJson(shown), { emitUpdate: false })
    // Keep the cursor about where it was (undo usually changes text near it).
    const size = editor.state.doc.content.size
    const clamp = (position: number): number => Math.min(Math.max(1, position), Math.max(1, size - 1))
    const selection = TextSelection.between(
      editor.state.doc.resolve(clamp(anchor)),
      editor.state.doc.resolve(clamp(head)),
    )
    editor.view.dispatch(editor.state.tr.setSelection(selection).setMeta('preventUpdate', true))
  }, [editor, value, singleLine, lastEmitted])
}
