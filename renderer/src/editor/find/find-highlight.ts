import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { findInLine } from '../../release/find-text'
import type { FindQuery, LinePiece } from '../../release/find-text'

/** What the find bar asks an editor to show: the search, and which of this block's matches is the current one. */
export interface FindHighlight {
  readonly query: FindQuery | null
  readonly current: number | null
}

interface HighlightState extends FindHighlight {
  readonly decorations: DecorationSet
}

export const findHighlightKey = new PluginKey<HighlightState>('findHighlight')

/** The editor ranges of the query's matches in a document, in reading order, as the stored text counts them. */
export function editorMatches(doc: ProseMirrorNode, query: FindQuery): readonly { readonly from: number; readonly to: number }[] {
  const ranges: { from: number; to: number }[] = []
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    const pieces: LinePiece[] = []
    const starts: number[] = []
    node.forEach((child, offset) => {
      starts.push(pos + 1 + offset)
      if (child.isText) pieces.push({ kind: 'text', text: child.text ?? '' })
      // The bar counts fields' words from the figures; here only typed words are marked.
      else if (child.type.name === 'field') pieces.push({ kind: 'field', words: '' })
      else pieces.push({ kind: 'break' })
    })
    for (const match of findInLine(pieces, query).matches) {
      const start = starts[match.piece]
      if (start !== undefined) ranges.push({ from: start + match.start, to: start + match.end })
    }
    return false
  })
  return ranges
}

function decorate(doc: ProseMirrorNode, highlight: FindHighlight): DecorationSet {
  if (highlight.query === null || highlight.query.text === '') return DecorationSet.empty
  const decorations = editorMatches(doc, highlight.query).map((range, index) =>
    Decoration.inline(range.from, range.to, {
      class: index === highlight.current ? 'find-match find-match--current' : 'find-match',
      ...(index === highlight.current ? { 'data-find-current': 'true' } : {}),
    }),
  )
  return DecorationSet.create(doc, decorations)
}

/** The find bar's matches, highlighted in a text block; the current one stands out. */
export const FindHighlightExtension = Extension.create({
  name: 'findHighlight',
  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key: findHighlightKey,
        state: {
          init: () => ({ query: null, current: null, decorations: DecorationSet.empty }),
          apply: (tr, previous) => {
            const asked = tr.getMeta(findHighlightKey) as FindHighlight | undefined
            if (asked !== undefined) return { ...asked, decorations: decorate(tr.doc, asked) }
            return tr.docChanged ? { ...previous, decorations: decorate(tr.doc, previous) } : previous
          },
        },
        props: {
          decorations: (state: EditorState) => findHighlightKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
      }),
    ]
  },
})
