import { cleanText, needsCleaning } from './clean-text'
import type { BlockNode, InlineNode, ParagraphNode, RichText } from './narrative-schema'

/**
 * Rich text and company details as a release keeps them, for text that arrives without passing
 * the file schema (typing, the editor): each piece of text through `cleanText`, and the same
 * object back when nothing changes, so an edit without such characters costs no copy.
 */

function cleanInline(content: readonly InlineNode[]): readonly InlineNode[] {
  if (!content.some((node) => node.type === 'text' && needsCleaning(node.text))) return content
  return content.flatMap((node): InlineNode[] => {
    if (node.type !== 'text') return [node]
    const text = cleanText(node.text)
    return text === '' ? [] : [{ ...node, text }]
  })
}

function cleanParagraph(paragraph: ParagraphNode): ParagraphNode {
  if (paragraph.content === undefined) return paragraph
  const content = cleanInline(paragraph.content)
  if (content === paragraph.content) return paragraph
  return content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content }
}

function cleanBlocks(blocks: readonly BlockNode[]): readonly BlockNode[] {
  let changed = false
  const cleaned = blocks.map((block): BlockNode => {
    const next: BlockNode =
      block.type === 'paragraph'
        ? cleanParagraph(block)
        : {
            type: block.type,
            content: block.content.map((item) => {
              const content = cleanBlocks(item.content)
              return content === item.content ? item : { type: 'listItem', content }
            }),
          }
    const same =
      next === block ||
      (next.type !== 'paragraph' &&
        block.type !== 'paragraph' &&
        next.content.every((item, index) => item === block.content[index]))
    if (!same) changed = true
    return same ? block : next
  })
  return changed ? cleaned : blocks
}

/** The rich text through `cleanText`; the same object when there is nothing to change. */
export function cleanRichText(text: RichText): RichText {
  const content = cleanBlocks(text.content)
  return content === text.content ? text : { type: 'doc', content }
}

/** A patch of plain text values (company details, the quote's speaker) without those characters. */
export function cleanTextPatch<T extends object>(patch: T): T {
  const entries = Object.entries(patch).map(([key, value]: [string, unknown]) => {
    if (typeof value === 'string') return [key, cleanText(value)] as const
    if (
      Array.isArray(value) &&
      value.some((item) => typeof item === 'string' && needsCleaning(item))
    ) {
      return [
        key,
        value.map((item: unknown) => (typeof item === 'string' ? cleanText(item) : item)),
      ] as const
    }
    return [key, value] as const
  })
  // Object.fromEntries loses the key types; every key and value type is the patch's own.
  return Object.fromEntries(entries) as T
}
