import type { ReleaseContent } from './release-content'

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

/**
 * The release's words: the text blocks and the live fields as the exports print them. The words the
 * layout adds on its own (the DRAFT line, the letterhead, "###") are nobody's writing and are left out.
 */
export function releaseWordCount(content: ReleaseContent): number {
  let count = 0
  for (const paragraph of content.paragraphs) {
    // Runs are joined before counting, so a word split across bold and plain text counts once.
    const text = paragraph.runs
      .map((run) => (run.generated ? ' ' : run.breakBefore ? `\n${run.text}` : run.text))
      .join('')
    count += countWords(text)
  }
  return count
}
