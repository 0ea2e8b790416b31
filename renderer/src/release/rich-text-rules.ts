import type { z } from 'zod'
import { countInWords, INPUT_LIMITS } from './input-limits'
import type { BlockNode, InlineNode } from './narrative-schema'

/**
 * The messages and limits of the narrative's rich text: what a file may hold in a block and a
 * paragraph, and what the person reads when it holds something else.
 */

const count = countInWords

/** Refuses a list of paragraphs (a block, or a list item) longer than any release has. */
export function checkParagraphCount(content: readonly unknown[], ctx: z.RefinementCtx): void {
  if (content.length <= INPUT_LIMITS.blockParagraphs) return
  ctx.addIssue({
    code: 'custom',
    message: `${count(content.length)} paragraphs and lists in one place; a block can have at most ${count(INPUT_LIMITS.blockParagraphs)}`,
  })
}

/** Refuses a paragraph with more pieces, or more characters, than any real one. */
export function checkParagraphSize(
  paragraph: { readonly content?: readonly InlineNode[] | undefined },
  ctx: z.RefinementCtx,
): void {
  const pieces = paragraph.content ?? []
  if (pieces.length > INPUT_LIMITS.paragraphPieces) {
    ctx.addIssue({
      code: 'custom',
      path: ['content'],
      message: `${count(pieces.length)} pieces of text and fields in one paragraph; a paragraph can have at most ${count(INPUT_LIMITS.paragraphPieces)}`,
    })
    return
  }
  const characters = pieces.reduce(
    (sum, piece) => sum + (piece.type === 'text' ? piece.text.length : 0),
    0,
  )
  if (characters > INPUT_LIMITS.paragraphCharacters) {
    ctx.addIssue({
      code: 'custom',
      message: `a paragraph of ${count(characters)} characters; a paragraph can have at most ${count(INPUT_LIMITS.paragraphCharacters)}`,
    })
  }
}

function blockCharacters(blocks: readonly BlockNode[]): number {
  let sum = 0
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      for (const piece of block.content ?? []) if (piece.type === 'text') sum += piece.text.length
    } else {
      for (const item of block.content) sum += blockCharacters(item.content)
    }
  }
  return sum
}

/** Refuses a block of the narrative longer than any release's. */
export function checkBlockSize(
  doc: { readonly content: readonly BlockNode[] },
  ctx: z.RefinementCtx,
): void {
  const characters = blockCharacters(doc.content)
  if (characters > INPUT_LIMITS.blockCharacters) {
    ctx.addIssue({
      code: 'custom',
      message: `${count(characters)} characters in one block; a block can have at most ${count(INPUT_LIMITS.blockCharacters)}`,
    })
  }
}
