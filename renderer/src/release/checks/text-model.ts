import type { Field } from '../narrative-schema'
import type { ContentParagraph } from '../release-content'
import { checkableText } from './checkable-text'
import type { FindingBlock, TextLocation } from './finding'

/** A stretch of a paragraph: typed words, a field's words, words the layout adds, or a line break. */
export interface TextSegment {
  readonly kind: 'free' | 'field' | 'generated' | 'break'
  readonly field: Field | null
  /** Offset of the segment in the paragraph's whole text. */
  readonly start: number
  readonly end: number
  /** Offset in the paragraph's free text where the segment starts (or, if not free, where it sits). */
  readonly freeStart: number
}

/**
 * A paragraph as the checks read it: its whole text (fields and breaks included, as
 * `paragraphText` gives it, in the compatibility forms of `checkableText`) and which stretches
 * of it the user typed.
 */
export interface TextParagraph {
  readonly block: FindingBlock
  readonly paragraph: number
  readonly text: string
  readonly segments: readonly TextSegment[]
}

/** The checks' view of one laid-out paragraph of a release. */
export function contentTextParagraph(paragraph: ContentParagraph): TextParagraph {
  const segments: TextSegment[] = []
  let text = ''
  let free = 0
  for (const run of paragraph.runs) {
    if (run.breakBefore) {
      segments.push({
        kind: 'break',
        field: null,
        start: text.length,
        end: text.length + 1,
        freeStart: free,
      })
      text += '\n'
    }
    const kind = run.generated ? 'generated' : run.field === null ? 'free' : 'field'
    const start = text.length
    text += run.text
    segments.push({ kind, field: run.field, start, end: text.length, freeStart: free })
    if (kind === 'free') free += run.text.length
  }
  return { block: paragraph.block, paragraph: paragraph.index, text: checkableText(text), segments }
}

/** The checks' view of one paragraph of a Word or plain-text draft: all of it typed. */
export function draftTextParagraph(text: string, index: number): TextParagraph {
  return {
    block: 'draft',
    paragraph: index,
    text: checkableText(text),
    segments: [{ kind: 'free', field: null, start: 0, end: text.length, freeStart: 0 }],
  }
}

function segmentAt(paragraph: TextParagraph, offset: number): TextSegment | undefined {
  for (const segment of paragraph.segments) if (offset < segment.end) return segment
  return paragraph.segments[paragraph.segments.length - 1]
}

function freeOffset(paragraph: TextParagraph, offset: number): number {
  const segment = segmentAt(paragraph, offset)
  if (segment === undefined) return 0
  if (segment.kind !== 'free') return segment.freeStart
  return segment.freeStart + Math.min(offset, segment.end) - segment.start
}

/** True when every character from start to end was typed by the user (no field, no layout words). */
export function isFreeText(paragraph: TextParagraph, start: number, end: number): boolean {
  if (end <= start) return false
  for (const segment of paragraph.segments) {
    if (segment.end <= start || segment.start >= end) continue
    if (segment.kind !== 'free') return false
  }
  return true
}

/** The location of the words from start to end of the paragraph's whole text. */
export function locate(paragraph: TextParagraph, start: number, end: number): TextLocation {
  const inFreeText = isFreeText(paragraph, start, end)
  const freeStart = freeOffset(paragraph, start)
  return {
    block: paragraph.block,
    paragraph: paragraph.paragraph,
    start: freeStart,
    end: inFreeText ? freeOffset(paragraph, end - 1) + 1 : freeStart,
    textStart: start,
    textEnd: end,
    inFreeText,
  }
}

/** The field whose words cover the offset, if any. */
export function fieldAt(paragraph: TextParagraph, offset: number): Field | null {
  const segment = segmentAt(paragraph, offset)
  return segment !== undefined && segment.start <= offset ? segment.field : null
}
