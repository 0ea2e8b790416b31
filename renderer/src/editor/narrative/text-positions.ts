import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

/** Stands where a field is: its words are computed, not the user's, so checks must not edit them. */
export const FIELD_PLACEHOLDER = '\uFFFC'

export interface TextWithPositions {
  /** The user's own words; blocks and line breaks as "\n", each field as one U+FFFC. */
  readonly text: string
  /**
   * The editor position of each character of `text`. Characters text[i..j) are the editor range
   * positions[i] .. positions[j - 1] + 1, as selectRange and replaceRange take it.
   */
  readonly positions: readonly number[]
}

/** The editor's plain text outside fields, with the editor position of every character. */
export function textWithPositions(doc: ProseMirrorNode): TextWithPositions {
  let text = ''
  const positions: number[] = []
  let blocks = 0
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      if (blocks > 0) {
        text += '\n'
        positions.push(pos)
      }
      blocks += 1
      return true
    }
    if (node.isText) {
      const words = node.text ?? ''
      for (let index = 0; index < words.length; index += 1) positions.push(pos + index)
      text += words
      return false
    }
    if (node.type.name === 'hardBreak') {
      text += '\n'
      positions.push(pos)
      return false
    }
    if (node.type.name === 'field') {
      text += FIELD_PLACEHOLDER
      positions.push(pos)
      return false
    }
    return true
  })
  return { text, positions }
}
