import { Extension } from '@tiptap/core'
import { Fragment, Slice } from '@tiptap/pm/model'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorState, Transaction } from '@tiptap/pm/state'
import { cleanText, hasRemovedCharacters, removedRanges } from '../../release/clean-text'

/**
 * Pasted, dropped and typed text loses the invisible characters a release never keeps, the
 * moment it arrives, so the page never shows "$6.5 million" for text the checks read as 5.6.
 * Pasted slices are cleaned before they are inserted (plain text and HTML alike); whatever else
 * changes the document (typing, input methods, drops) is cleaned right after.
 */

function cleanFragment(fragment: Fragment): Fragment {
  const nodes: ProseMirrorNode[] = []
  let changed = false
  fragment.forEach((node) => {
    if (node.isText) {
      const text = node.text ?? ''
      if (!hasRemovedCharacters(text)) {
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

/** A transaction deleting every removed character in the document, or null when there is none. */
function cleaningTransaction(state: EditorState): Transaction | null {
  const ranges: [number, number][] = []
  state.doc.descendants((node, position) => {
    if (!node.isText) return true
    for (const [start, end] of removedRanges(node.text ?? '')) ranges.push([position + start, position + end])
    return false
  })
  if (ranges.length === 0) return null
  const tr = state.tr
  // From the end backwards, so the positions still to delete do not move.
  for (const [from, to] of ranges.reverse()) tr.delete(from, to)
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
