import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorState, Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

/** What a mark in the text says: a check's error or warning, or a word the dictionary does not know. */
export type MarkKind = 'error' | 'warning' | 'spelling'

/** Marks come in layers that are set apart: the checks' findings, and spelling. */
export type MarkLayer = 'findings' | 'spelling'

export interface TextMark {
  readonly id: string
  readonly from: number
  readonly to: number
  readonly kind: MarkKind
  /** What the tooltip says. */
  readonly message: string
  /** The misspelled word, for suggestions; absent for findings. */
  readonly word?: string
}

interface SetMarks {
  readonly marks: readonly TextMark[]
}

const LAYER_KEYS: Readonly<Record<MarkLayer, PluginKey<DecorationSet>>> = {
  findings: new PluginKey<DecorationSet>('findingMarks'),
  spelling: new PluginKey<DecorationSet>('spellingMarks'),
}

const KIND_CLASS: Readonly<Record<MarkKind, string>> = {
  error: 'text-mark text-mark--error',
  warning: 'text-mark text-mark--warning',
  spelling: 'text-mark text-mark--spelling',
}

function decorations(state: { readonly doc: EditorState['doc'] }, marks: readonly TextMark[]): DecorationSet {
  const size = state.doc.content.size
  const kept = marks.filter((mark) => mark.from < mark.to && mark.from >= 0 && mark.to <= size)
  return DecorationSet.create(
    state.doc,
    kept.map((mark) => Decoration.inline(mark.from, mark.to, { class: KIND_CLASS[mark.kind], 'data-text-mark': mark.id }, { mark })),
  )
}

function sameMark(a: TextMark, b: TextMark): boolean {
  return a.id === b.id && a.from === b.from && a.to === b.to && a.kind === b.kind && a.message === b.message && a.word === b.word
}

/**
 * Whether a layer already shows exactly these marks where they stand: every keystroke re-reads the
 * checks for every block, and a block whose marks did not change is left alone (no transaction, no
 * redraw of its editor).
 */
export function marksInPlace(state: EditorState, layer: MarkLayer, marks: readonly TextMark[]): boolean {
  const size = state.doc.content.size
  const wanted = marks.filter((mark) => mark.from < mark.to && mark.from >= 0 && mark.to <= size)
  const shown = (LAYER_KEYS[layer].getState(state) ?? DecorationSet.empty).find()
  if (shown.length !== wanted.length) return false
  const placed = shown
    .map((decoration) => ({ ...(decoration.spec as { readonly mark: TextMark }).mark, from: decoration.from, to: decoration.to }))
    .sort((a, b) => a.from - b.from || a.to - b.to || a.id.localeCompare(b.id))
  const sorted = [...wanted].sort((a, b) => a.from - b.from || a.to - b.to || a.id.localeCompare(b.id))
  return placed.every((mark, index) => {
    const other = sorted[index]
    return other !== undefined && sameMark(mark, other)
  })
}

/** Sets one layer of marks in an editor's state. */
export function setMarksTransaction(state: EditorState, layer: MarkLayer, marks: readonly TextMark[]): Transaction {
  const request: SetMarks = { marks }
  return state.tr.setMeta(LAYER_KEYS[layer], request).setMeta('addToHistory', false)
}

/** The marks touching positions [from, to], as they stand after the edits since they were set; findings before spelling. */
export function marksAt(state: EditorState, from: number, to: number = from): readonly TextMark[] {
  return (['findings', 'spelling'] as const).flatMap((layer) =>
    (LAYER_KEYS[layer].getState(state) ?? DecorationSet.empty).find(from, to).map((decoration) => {
      const mark = (decoration.spec as { readonly mark: TextMark }).mark
      return { ...mark, from: decoration.from, to: decoration.to }
    }),
  )
}

/** The mark with this id, where it stands now. */
export function markById(state: EditorState, id: string): TextMark | null {
  return marksAt(state, 0, state.doc.content.size).find((mark) => mark.id === id) ?? null
}

function layerPlugin(layer: MarkLayer): Plugin<DecorationSet> {
  const key = LAYER_KEYS[layer]
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, previous) => {
        const request = tr.getMeta(key) as SetMarks | undefined
        if (request !== undefined) return decorations(tr, request.marks)
        return tr.docChanged ? previous.map(tr.mapping, tr.doc) : previous
      },
    },
    props: {
      decorations: (state) => key.getState(state) ?? DecorationSet.empty,
    },
  })
}

/**
 * Wavy underlines on words: the checks' findings (red for errors, amber for warnings) and
 * misspellings (blue). Edits move them with the words until the next set replaces them.
 */
export const TextMarksExtension = Extension.create({
  name: 'textMarks',
  addProseMirrorPlugins() {
    return [layerPlugin('findings'), layerPlugin('spelling')]
  },
})
