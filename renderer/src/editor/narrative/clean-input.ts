import { Extension } from '@tiptap/core'
import { Fragment, Slice } from '@tiptap/pm/model'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorState, Transaction } from '@tiptap/pm/state'
import { cleaningEdits, cleanText, needsCleaning } from '../../release/clean-text'

/**
 * Pasted, dropped and typed text is cleaned as a loaded file's is (`cleanText`: invisible
 * characters removed, fullwidth letters and digits as ASCII) the moment it arrives, so the page never shows "$6.5 million" for text the checks read as 5.6.
 * Pasted slices are cleaned before they are inserted (plain text and HTML alike); whatever else
 * changes the document (typing, input methods, drops) is cleaned right after.
 */

function cleanFragment(fragment: Fragment): Fragment {
  const nodes: ProseMirrorNode[] = []
  let changed = false
  fragment.forEach((node) => {
    if (node.isText) {
      const text = node.text ?? ''
      if (!needsCleaning(text)) {
        nodes.push(node)
        return
      }
      changed = true
      const kept = cleanText(text)
      if (kept !== '') nodes.push(node.type.schema.text(kept, node.marks))
      return
    }
    const content = cleanFragment(node.content)
    if (content === node.content) {
      nodes.push(node)
      return
    }
    changed = true
    nodes.push(node.copy(content))
  })
  return changed ? Fragment.fromArray(nodes) : fragment
}

/** A pasted slice without the characters `cleanText` removes. */
export function cleanSlice(slice: Slice): Slice {
  const content = cleanFragment(slice.content)
  return content === slice.content ? slice : new Slice(content, slice.openStart, slice.openEnd)
}

const CLEANED = 'releaseDeskCleanedText'

/** A transaction making every change `cleanText` makes to the document's text, or null when there is none. */
function cleaningTransaction(state: EditorState): Transaction | null {
  const edits: { readonly from: number; readonly to: number; readonly text: string }[] = []
  state.doc.descendants((node, position) => {
    if (!node.isText) return true
    for (const edit of cleaningEdits(node.text ?? '')) {
      edits.push({ from: position + edit.start, to: position + edit.end, text: edit.text })
    }
    return false
  })
  if (edits.length === 0) return null
  const tr = state.tr
  // From the end backwards, so the positions still to change do not move. A replacement is one
  // character for one, and keeps the marks of the text around it.
  for (const edit of edits.reverse()) {
    if (edit.text === '') tr.delete(edit.from, edit.to)
    else tr.insertText(edit.text, edit.from, edit.to)
  }
  return tr.setMeta(CLEANED, true)
}

/** Cleans pasted slices and every change to the document; one extension for every narrative editor. */
export const CleanInput = Extension.create({
  name: 'cleanInput',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('cleanInput'),
        props: { transformPasted: cleanSlice },
        appendTransaction: (transactions, _old, state) =>
          transactions.some((tr) => tr.docChanged && tr.getMeta(CLEANED) !== true)
            ? cleaningTransaction(state)
            : null,
      }),
    ]
  },
})
