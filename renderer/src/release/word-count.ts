import { assertNever } from './assert-never'
import type { ContentParagraph, ReleaseContent } from './release-content'

// A word is a stretch between spaces with a letter or digit in it: "$1.3" and "Q2-2006" count once, a dash alone not at all.
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** How many words a stretch of text has, counted as a word processor does. */
export function countWords(text: string): number {
  let count = 0
  for (const token of text.split(/\s+/u)) {
    if (HAS_LETTER_OR_DIGIT.test(token)) count += 1
  }
  return count
}

function paragraphWords(paragraph: ContentParagraph): number {
  // Runs are joined before counting, so a word split across bold and plain text counts once.
  const text = paragraph.runs
    .map((run) => (run.generated ? ' ' : run.breakBefore ? `\n${run.text}` : run.text))
    .join('')
  return countWords(text)
}

/**
 * The release's words: the text blocks and the live fields as the exports print them. The words the
 * layout adds on its own (the DRAFT line, the letterhead, "###") are nobody's writing and are left
 * out, and so are the financial tables: a release's length is its prose, as a wire service counts it.
 */
export function releaseWordCount(content: ReleaseContent): number {
  let count = 0
  for (const block of content.blocks) {
    switch (block.kind) {
      case 'paragraph':
        count += paragraphWords(block)
        break
      case 'table':
        break
      default:
        assertNever(block)
    }
  }
  return count
}
