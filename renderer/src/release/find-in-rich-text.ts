import { findInLine, findPattern, matchesIn } from './find-text'
import type { FindQuery, LinePiece } from './find-text'
import type { BlockNode, Field, InlineNode, Mark, ParagraphNode, RichText, TextNode } from './narrative-schema'

/** A field's words as the release shows them now. */
export type FieldWords = (field: Field) => string

export interface BlockFindings {
  readonly count: number
  readonly inFields: number
}

function linePieces(content: readonly InlineNode[], fieldWords: FieldWords): readonly LinePiece[] {
  return content.map((node): LinePiece => {
    if (node.type === 'text') return { kind: 'text', text: node.text }
    if (node.type === 'field') return { kind: 'field', words: fieldWords(node.attrs) }
    return { kind: 'break' }
  })
}

/** The paragraphs of a block in reading order, list items' paragraphs included: the editor's textblocks. */
function paragraphsOf(blocks: readonly BlockNode[]): readonly ParagraphNode[] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph' ? [block] : block.content.flatMap((item) => paragraphsOf(item.content)),
  )
}

/** How many matches a block's typed words hold, and how many more its live fields' words. */
export function findInRichText(text: RichText, query: FindQuery, fieldWords: FieldWords): BlockFindings {
  let count = 0
  let inFields = 0
  for (const paragraph of paragraphsOf(text.content)) {
    const found = findInLine(linePieces(paragraph.content ?? [], fieldWords), query)
    count += found.matches.length
    inFields += found.inFields
  }
  return { count, inFields }
}

function sameMarks(a: readonly Mark[] | undefined, b: readonly Mark[] | undefined): boolean {
  const left = (a ?? []).map((mark) => mark.type).sort().join()
  const right = (b ?? []).map((mark) => mark.type).sort().join()
  return left === right
}

/** A run of text nodes with spans [start, end) of its joined words replaced; the replacement takes the marks where it starts. */
function replaceInRun(nodes: readonly TextNode[], spans: readonly (readonly [number, number])[], replacement: string): TextNode[] {
  const out: TextNode[] = []
  let offset = 0
  let next = 0
  for (const node of nodes) {
    let text = ''
    for (let unit = 0; unit < node.text.length; unit += 1) {
      const at = offset + unit
      while (next < spans.length && (spans[next]?.[1] ?? 0) <= at) next += 1
      const span = spans[next]
      const inside = span !== undefined && span[0] <= at && at < span[1]
      if (inside && span[0] === at) text += replacement
      if (!inside) text += node.text.charAt(unit)
    }
    offset += node.text.length
    if (text === '') continue
    const last = out[out.length - 1]
    if (last !== undefined && sameMarks(last.marks, node.marks)) out[out.length - 1] = { ...last, text: last.text + text }
    else out.push({ ...node, text })
  }
  return out
}

interface Replacing {
  readonly pattern: RegExp
  readonly replacement: string
  /** Which of the block's matches to replace, counted from 0 in reading order; null for all of them. */
  readonly only: number | null
  seen: number
  replaced: number
}

function replaceInParagraph(paragraph: ParagraphNode, job: Replacing): ParagraphNode {
  const content = paragraph.content
  if (content === undefined) return paragraph
  const out: InlineNode[] = []
  let changed = false
  for (let index = 0; index < content.length; ) {
    const node = content[index]
    if (node === undefined) break
    if (node.type !== 'text') {
      out.push(node)
      index += 1
      continue
    }
    const run: TextNode[] = []
    for (let cursor = content[index]; cursor?.type === 'text'; cursor = content[index]) {
      run.push(cursor)
      index += 1
    }
    const spans = matchesIn(run.map((piece) => piece.text).join(''), job.pattern).filter(() => {
      const wanted = job.only === null || job.only === job.seen
      job.seen += 1
      return wanted
    })
    if (spans.length === 0) {
      out.push(...run)
      continue
    }
    job.replaced += spans.length
    changed = true
    out.push(...replaceInRun(run, spans, job.replacement))
  }
  if (!changed) return paragraph
  return out.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content: out }
}

function replaceInBlocks(blocks: readonly BlockNode[], job: Replacing): readonly BlockNode[] {
  let changed = false
  const next = blocks.map((block): BlockNode => {
    const replaced: BlockNode =
      block.type === 'paragraph'
        ? replaceInParagraph(block, job)
        : {
            type: block.type,
            content: block.content.map((item) => {
              const content = replaceInBlocks(item.content, job)
              return content === item.content ? item : { type: 'listItem', content }
            }),
          }
    const same = replaced === block || (replaced.type !== 'paragraph' && block.type !== 'paragraph' && replaced.content.every((item, i) => item === block.content[i]))
    if (!same) changed = true
    return same ? block : replaced
  })
  return changed ? next : blocks
}

export interface BlockReplacement {
  /** The block's text afterwards: the same object when nothing was replaced. */
  readonly text: RichText
  readonly replaced: number
}

/**
 * Replaces the matches of `query` in a block's typed words (all of them, or only the `only`-th in
 * reading order); a live field's words are never touched.
 */
export function replaceInRichText(text: RichText, query: FindQuery, replacement: string, only: number | null): BlockReplacement {
  const pattern = findPattern(query)
  if (pattern === null) return { text, replaced: 0 }
  const job: Replacing = { pattern, replacement, only, seen: 0, replaced: 0 }
  const content = replaceInBlocks(text.content, job)
  return { text: content === text.content ? text : { type: 'doc', content }, replaced: job.replaced }
}
