import { mergeAttributes, Node } from '@tiptap/core'
import type { Editor } from '@tiptap/core'
import { NodeSelection, Plugin, PluginKey, TextSelection } from '@tiptap/pm/state'
import type { Transaction } from '@tiptap/pm/state'
import { NodeViewWrapper, ReactNodeViewRenderer } from '@tiptap/react'
import type { ReactNodeViewProps } from '@tiptap/react'
import { useContext } from 'react'
import { fieldText } from '../../release/field-text'
import type { Field } from '../../release/narrative-schema'
import type { ReleaseFacts } from '../../release/release-facts'
import {
  dataAttributeName,
  FIELD_ATTRIBUTES,
  fieldDataAttributes,
  fieldFromAttrs,
  fieldFromElement,
  parseDataAttribute,
} from './field-attrs'
import { fieldDescription } from './field-description'
import { FieldFactsContext } from './field-facts'
import type { FieldStorage } from './field-facts'

const UNKNOWN_FIELD = '[unknown field]'

function wordsOf(field: Field | null, facts: ReleaseFacts | null): string {
  if (field === null) return UNKNOWN_FIELD
  return facts === null ? `[${field.kind}]` : fieldText(field, facts)
}

/** Replaces the field at `pos` with its current words as ordinary text, on purpose. */
function makePlainText(editor: Editor, pos: number, words: string): void {
  editor
    .chain()
    .focus()
    .command(({ tr, state }) => {
      const node = state.doc.nodeAt(pos)
      if (node?.type.name !== 'field') return false
      if (words === '') tr.delete(pos, pos + node.nodeSize)
      else tr.replaceWith(pos, pos + node.nodeSize, state.schema.text(words))
      tr.setSelection(TextSelection.create(tr.doc, pos + words.length))
      return true
    })
    .run()
}

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
/** The keys that make the selected live value plain text, so the keyboard can do what the button does. */
export const PLAIN_TEXT_KEYS = 'Mod-Shift-Enter'
const PLAIN_TEXT_HINT = MAC ? '\u21e7\u2318\u21a9' : 'Ctrl+Shift+Enter'

/** "Make plain text" for the field the keyboard selected (arrow keys onto it select it whole). */
function makeSelectedPlainText(editor: Editor): boolean {
  const selection = editor.state.selection
  if (!(selection instanceof NodeSelection) || selection.node.type.name !== 'field') return false
  const words = wordsOf(fieldFromAttrs(selection.node.attrs), editor.storage.field.facts ?? null)
  makePlainText(editor, selection.from, words)
  return true
}

function FieldView(props: ReactNodeViewProps) {
  const facts = useContext(FieldFactsContext)
  const field = fieldFromAttrs(props.node.attrs)
  const words = wordsOf(field, facts)
  return (
    <NodeViewWrapper
      as="span"
      className="narrative-field"
      data-field=""
      data-field-kind={field?.kind}
      title={field === null ? 'Not a known live value' : fieldDescription(field, facts?.resolution.figures.measures ?? [])}
    >
      {words}
      {props.selected && (
        <button
          type="button"
          className="narrative-field__plain"
          title={`Replace this live value with its current words, which will no longer follow the figures (${PLAIN_TEXT_HINT})`}
          aria-keyshortcuts={MAC ? 'Shift+Meta+Enter' : 'Control+Shift+Enter'}
          onClick={() => {
            const pos = props.getPos()
            if (typeof pos === 'number') makePlainText(props.editor, pos, words)
          }}
        >
          Make plain text
        </button>
      )}
    </NodeViewWrapper>
  )
}

/** The stored schema has no marks on fields; bold or italic applied across one are taken off it. */
function stripFieldMarks(transactions: readonly Transaction[], doc: Transaction['doc'], tr: () => Transaction): Transaction | null {
  if (!transactions.some((transaction) => transaction.docChanged)) return null
  let result: Transaction | null = null
  doc.descendants((node, pos) => {
    if (node.type.name === 'field' && node.marks.length > 0) {
      result = result ?? tr()
      result.removeMark(pos, pos + node.nodeSize)
    }
    return node.isBlock
  })
  return result
}

/**
 * A live value in the text: an inline atom whose words come from the figures. Not editable inside,
 * deleted as a unit, copied as `span[data-field]` with its words (other apps get the words).
 */
export const FieldNode = Node.create<Record<string, never>, FieldStorage>({
  name: 'field',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addStorage() {
    return { facts: null }
  },

  addAttributes() {
    return Object.fromEntries(
      FIELD_ATTRIBUTES.map((name) => [
        name,
        {
          default: null,
          parseHTML: (element: HTMLElement) => parseDataAttribute(element, name),
          renderHTML: (attributes: Record<string, unknown>) => {
            const value = attributes[name]
            return value == null ? {} : { [dataAttributeName(name)]: String(value) }
          },
        },
      ]),
    )
  },

  parseHTML() {
    // A span that names no valid field is not one, nor one naming a measure this release does not
    // report (pasted from another release): its words are kept as ordinary text.
    const facts = (): ReleaseFacts | null => this.editor?.storage.field.facts ?? null
    return [
      {
        tag: 'span[data-field]',
        getAttrs: (element) => {
          const field = fieldFromElement(element)
          if (field === null) return false
          const known = facts()
          if (known === null || (field.kind !== 'amount' && field.kind !== 'comparison')) return null
          return known.resolution.figures.measures.some((measure) => measure.id === field.measure) ? null : false
        },
      },
    ]
  },

  renderHTML({ node, HTMLAttributes }) {
    const field = fieldFromAttrs(node.attrs)
    const words = wordsOf(field, this.editor?.storage.field.facts ?? null)
    const data = field === null ? {} : fieldDataAttributes(field)
    return ['span', mergeAttributes(HTMLAttributes, data), words]
  },

  renderText({ node }) {
    return wordsOf(fieldFromAttrs(node.attrs), this.editor?.storage.field.facts ?? null)
  },

  addKeyboardShortcuts() {
    return { [PLAIN_TEXT_KEYS]: ({ editor }) => makeSelectedPlainText(editor) }
  },

  addNodeView() {
    return ReactNodeViewRenderer(FieldView, { as: 'span', className: 'narrative-field-view' })
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('fieldWithoutMarks'),
        appendTransaction: (transactions, _oldState, state) =>
          stripFieldMarks(transactions, state.doc, () => state.tr),
      }),
    ]
  },
})
