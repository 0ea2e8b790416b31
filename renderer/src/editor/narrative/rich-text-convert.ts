import type { JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type {
  BlockNode,
  InlineNode,
  ListItemNode,
  Mark,
  ParagraphNode,
  RichText,
  TextNode,
} from '../../release/narrative-schema'
import { fieldFromAttrs } from './field-attrs'

/**
 * Between the editor's document and the stored RichText. The stored form is canonical: adjacent
 * text with the same marks merged, marks in one order, no empty arrays and no null attributes,
 * so that "is this what the editor shows?" is a plain comparison.
 */

const MARK_ORDER: readonly Mark['type'][] = ['bold', 'italic']

function sortedMarks(types: readonly string[]): Mark[] {
  return MARK_ORDER.filter((type) => types.includes(type)).map((type) => ({ type }))
}

function textNode(text: string, marks: readonly Mark[]): TextNode {
  return marks.length === 0 ? { type: 'text', text } : { type: 'text', text, marks: [...marks] }
}

function markKey(node: TextNode): string {
  return (node.marks ?? []).map((mark) => mark.type).join(',')
}

/** Merges neighbouring text of the same marks, and drops empty text. */
function canonicalInline(nodes: readonly InlineNode[]): InlineNode[] {
  const result: InlineNode[] = []
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.text === '') continue
      const marks = sortedMarks((node.marks ?? []).map((mark) => mark.type))
      const previous = result[result.length - 1]
      const current = textNode(node.text, marks)
      if (previous?.type === 'text' && markKey(previous) === markKey(current)) {
        result[result.length - 1] = textNode(previous.text + current.text, marks)
        continue
      }
      result.push(current)
    } else {
      result.push(node)
    }
  }
  return result
}

function paragraph(content: readonly InlineNode[]): ParagraphNode {
  const inline = canonicalInline(content)
  return inline.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content: inline }
}

function canonicalBlocks(blocks: readonly BlockNode[]): BlockNode[] {
  return blocks.map((block): BlockNode => {
    if (block.type === 'paragraph') return paragraph(block.content ?? [])
    return {
      type: block.type,
      content: block.content.map(
        (item): ListItemNode => ({
          type: 'listItem',
          content: item.content.length === 0 ? [{ type: 'paragraph' }] : canonicalBlocks(item.content),
        }),
      ),
    }
  })
}

/** The canonical form of stored rich text. */
export function canonicalRichText(text: RichText): RichText {
  const content = canonicalBlocks(text.content)
  return { type: 'doc', content: content.length === 0 ? [{ type: 'paragraph' }] : content }
}

export function sameRichText(a: RichText, b: RichText): boolean {
  return JSON.stringify(canonicalRichText(a)) === JSON.stringify(canonicalRichText(b))
}

function inlineFromEditor(node: ProseMirrorNode): InlineNode[] {
  switch (node.type.name) {
    case 'text':
      return [textNode(node.text ?? '', sortedMarks(node.marks.map((mark) => mark.type.name)))]
    case 'hardBreak':
      return [{ type: 'hardBreak' }]
    case 'field': {
      const field = fieldFromAttrs(node.attrs)
      return field === null ? [] : [{ type: 'field', attrs: field }]
    }
    default:
      return node.textContent === '' ? [] : [textNode(node.textContent, [])]
  }
}

function childrenOf(node: ProseMirrorNode): ProseMirrorNode[] {
  const children: ProseMirrorNode[] = []
  node.forEach((child) => children.push(child))
  return children
}

function blocksFromEditor(node: ProseMirrorNode): BlockNode[] {
  switch (node.type.name) {
    case 'paragraph':
      return [paragraph(childrenOf(node).flatMap(inlineFromEditor))]
    case 'bulletList':
    case 'orderedList':
      return [
        {
          type: node.type.name,
          content: childrenOf(node).map(
            (item): ListItemNode => {
              const content = childrenOf(item).flatMap(blocksFromEditor)
              return { type: 'listItem', content: content.length === 0 ? [{ type: 'paragraph' }] : content }
            },
          ),
        },
      ]
    default:
      // Nothing else exists in this editor's schema; keep any words rather than lose them.
      return node.isTextblock
        ? [paragraph(childrenOf(node).flatMap(inlineFromEditor))]
        : childrenOf(node).flatMap(blocksFromEditor)
  }
}

/** The editor's document as stored rich text (it always passes `richTextSchema`). */
export function richTextFromEditor(doc: ProseMirrorNode): RichText {
  return canonicalRichText({ type: 'doc', content: childrenOf(doc).flatMap(blocksFromEditor) })
}

function inlineOf(blocks: readonly BlockNode[]): InlineNode[][] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph' ? [[...(block.content ?? [])]] : block.content.flatMap((item) => inlineOf(item.content)),
  )
}

/** One paragraph, for a single-line block (the headline): paragraphs and list items joined by spaces. */
export function singleLineRichText(text: RichText): RichText {
  const lines = inlineOf(text.content).filter((line) => line.length > 0)
  const joined = lines.flatMap((line, index) => (index === 0 ? line : [textNode(' ', []), ...line]))
  return { type: 'doc', content: [paragraph(joined)] }
}

function inlineJson(node: InlineNode): JSONContent {
  switch (node.type) {
    case 'text':
      return node.marks === undefined
        ? { type: 'text', text: node.text }
        : { type: 'text', text: node.text, marks: node.marks.map((mark) => ({ type: mark.type })) }
    case 'hardBreak':
      return { type: 'hardBreak' }
    case 'field':
      return { type: 'field', attrs: { ...node.attrs } }
  }
}

function blockJson(block: BlockNode): JSONContent {
  if (block.type === 'paragraph') {
    return block.content === undefined
      ? { type: 'paragraph' }
      : { type: 'paragraph', content: block.content.map(inlineJson) }
  }
  return {
    type: block.type,
    content: block.content.map((item) => ({ type: 'listItem', content: item.content.map(blockJson) })),
  }
}

/** Stored rich text as the editor's content. */
export function editorJson(text: RichText): JSONContent {
  const content = canonicalRichText(text).content
  return { type: 'doc', content: content.map(blockJson) }
}
