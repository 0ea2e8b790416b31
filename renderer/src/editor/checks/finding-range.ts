import type { TextLocation } from '../../release/checks/finding'
import type { ContentParagraph } from '../../release/release-content'
import { FIELD_PLACEHOLDER } from '../narrative/text-positions'
import type { TextWithPositions } from '../narrative/text-positions'

/** An editor range, as the narrative editor's selectRange and replaceRange take it. */
export interface EditorRange {
  readonly from: number
  readonly to: number
}

/**
 * One laid-out paragraph as the editor's `textWithPositions` spells it: typed words as they are, a
 * field as one U+FFFC, a line break as "\n", and none of the words the layout adds (the quote's
 * opening). `freeAt[i]` is where free-text character i sits in `text`. Character i of
 * `paragraphText` covers `text` from `textFrom[i]` to `textTo[i]`: a field's words all cover its
 * U+FFFC, the layout's words cover nothing and sit before the next character.
 */
export interface EditorParagraph {
  readonly text: string
  readonly freeAt: readonly number[]
  readonly textFrom: readonly number[]
  readonly textTo: readonly number[]
}

/** How the editor holds a paragraph of the release, with the checks' offsets mapped onto it. */
export function editorParagraph(paragraph: ContentParagraph): EditorParagraph {
  let text = ''
  const freeAt: number[] = []
  const textFrom: number[] = []
  const textTo: number[] = []
  const cover = (count: number, width: number): void => {
    for (let index = 0; index < count; index += 1) {
      textFrom.push(text.length)
      textTo.push(text.length + width)
    }
  }
  for (const run of paragraph.runs) {
    if (run.breakBefore) {
      cover(1, 1)
      text += '\n'
    }
    if (run.generated) {
      cover(run.text.length, 0)
    } else if (run.field !== null) {
      cover(run.text.length, 1)
      text += FIELD_PLACEHOLDER
    } else {
      for (const character of run.text) {
        // Offsets count UTF-16 units, as the checks' and the editor's do.
        for (let unit = 0; unit < character.length; unit += 1) freeAt.push(text.length + unit)
        cover(character.length, 1)
        text += character
      }
    }
  }
  return { text, freeAt, textFrom, textTo }
}

/** Where `paragraph` starts in `text` at or after `from`, as a whole line (between "\n"s); -1 if nowhere. */
function lineAt(text: string, paragraph: string, from: number): number {
  for (let at = text.indexOf(paragraph, from); at !== -1; at = text.indexOf(paragraph, at + 1)) {
    const startsLine = at === 0 || text.charAt(at - 1) === '\n'
    const end = at + paragraph.length
    const endsLine = end === text.length || text.charAt(end) === '\n'
    if (startsLine && endsLine) return at
  }
  return -1
}

/**
 * Where each of a block's laid-out paragraphs starts in the editor's text. The layout leaves out
 * empty paragraphs, and a line break and a paragraph end are both "\n" in the editor's text, so the
 * paragraphs are found by their words, in order, each on whole lines; null if the editor holds
 * other words (it has not caught up with the document yet).
 */
export function paragraphStarts(editorText: string, paragraphs: readonly EditorParagraph[]): readonly number[] | null {
  const starts: number[] = []
  let from = 0
  for (const paragraph of paragraphs) {
    const at = lineAt(editorText, paragraph.text, from)
    if (at === -1) return null
    starts.push(at)
    from = at + paragraph.text.length + 1
  }
  return starts
}

/**
 * The editor range of characters [start, end) of the editor's text, in the paragraph starting at
 * `line`. An empty range sits right after the character before it, so at a paragraph's end it
 * stays inside that paragraph.
 */
function rangeOf(editor: TextWithPositions, line: number, start: number, end: number): EditorRange | null {
  if (end > start) {
    const from = editor.positions[start]
    const last = editor.positions[end - 1]
    return from === undefined || last === undefined ? null : { from, to: last + 1 }
  }
  const before = start > line ? editor.positions[start - 1] : undefined
  const at = before === undefined ? editor.positions[start] : before + 1
  return at === undefined ? null : { from: at, to: at }
}

/** Where offsets [start, end) of a map fall in the editor's text; past the paragraph's end, at its end. */
function spanIn(
  from: readonly number[],
  to: readonly number[],
  start: number,
  end: number,
  length: number,
): readonly [number, number] | null {
  const first = start < from.length ? from[start] : length
  if (first === undefined) return null
  if (end <= start) return [first, first]
  const last = to[end - 1]
  return last === undefined ? null : [first, Math.max(first, last)]
}

/**
 * The editor range of a finding's words. `paragraphs` are the laid-out paragraphs of the finding's
 * block, in order. Typed words are mapped through their free-text offsets; a field's words select
 * the field; words the layout adds give the place where they sit. Null when the editor does not
 * hold that paragraph.
 */
export function findingRange(
  editor: TextWithPositions,
  paragraphs: readonly ContentParagraph[],
  location: TextLocation,
): EditorRange | null {
  const shaped = paragraphs.map(editorParagraph)
  const starts = paragraphStarts(editor.text, shaped)
  const paragraph = shaped[location.paragraph]
  const start = starts?.[location.paragraph]
  if (paragraph === undefined || start === undefined) return null
  const freeTo = paragraph.freeAt.map((at) => at + 1)
  const span = location.inFreeText
    ? spanIn(paragraph.freeAt, freeTo, location.start, location.end, paragraph.text.length)
    : spanIn(paragraph.textFrom, paragraph.textTo, location.textStart, location.textEnd, paragraph.text.length)
  return span === null ? null : rangeOf(editor, start, start + span[0], start + span[1])
}

/** The editor range of free-text offsets [start, end) of one paragraph: where a live-field fix goes. */
export function freeTextRange(
  editor: TextWithPositions,
  paragraphs: readonly ContentParagraph[],
  location: TextLocation,
  start: number,
  end: number,
): EditorRange | null {
  return findingRange(editor, paragraphs, { ...location, inFreeText: true, start, end })
}
