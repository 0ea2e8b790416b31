import { BLOCK_KINDS, PARAGRAPH_ROLES } from '../block-kinds'
import type { ReleaseContent } from '../release-content'
import type { Finding } from './finding'
import { finding } from './finding'
import type { TextParagraph } from './text-model'
import { locate } from './text-model'

interface Leftover {
  readonly start: number
  readonly end: number
  readonly message: string
}

const BRACKETED = /\[[^\][\n]*\]/g
// Web-page furniture kept when a published release is copied: navigation links ("[ Back ]"), an
// empty pair of brackets, and an e-mail address a website hid ("[email protected]"). None is a
// placeholder for words the release still needs, so none is reported.
const FURNITURE =
  /^\[\s*(?:|back|home|top|next|previous|print|close|more\s+news|news|back\s+to\s+top|email\s+protected|e-mail\s+protected)\s*\]$/i
// An image marker of an EDGAR filing, where the filed page had a picture: "[ILLINOIS SUPERCONDUCTOR
// CORPORATION LOGO]". It is page furniture, in capitals and naming whose picture it was.
const IMAGE_MARKER =
  /^\[\s*[A-Z0-9][A-Z0-9 .,&'\u2019/-]*\s(?:LOGO|GRAPHIC|PHOTO|PHOTOGRAPH|PICTURE|IMAGE|CHART|GRAPH|SIGNATURE)\s*\]$/
const MARKERS = /\b(?:TBD|TK|X{2,})\b/g
const PENDING = /\bpending\b[^.!?\n]{0,60}?\bquote\b/gi
// "Insert" as an instruction: at the start of a sentence or of brackets, shouted, or "insert quote here".
const INSERT = [
  /(?:^|(?<=[[(<{:;.!?]\s*)|(?<=\s[\u2013\u2014-]\s))insert\b[^.!?\n\]]{0,40}/gi,
  /\bINSERT\b[^.!?\n\]]{0,40}/g,
  /\binsert\s+(?:quote|name|title|date|number|figure|amount|here|CEO|boilerplate|text|company|contact|phone|e-?mail)\b/gi,
]
const MAY_INSERT = /insert/i
// Each leftover needs one of these: most paragraphs are ruled out by one quick search.
const MAY_HAVE_LEFTOVER = /\[|pending|insert|TBD|TK|XX|lorem/i
const LOREM = /\blorem\s+ipsum\b/gi

function bracketMessage(paragraph: TextParagraph, start: number, quote: string): string {
  const segment = paragraph.segments.find((entry) => entry.start <= start && start < entry.end)
  if (segment?.kind === 'field')
    return `The live field shows “${quote}”: the figure or detail it needs has not been entered.`
  if (segment?.kind === 'generated')
    return `“${quote}” is a placeholder in the quote’s speaker or title.`
  return `“${quote}” is bracketed text left in the draft.`
}

function leftoversIn(paragraph: TextParagraph): Leftover[] {
  const text = paragraph.text
  if (!MAY_HAVE_LEFTOVER.test(text)) return []
  const found: Leftover[] = []
  const taken = (start: number, end: number): boolean =>
    found.some((entry) => start < entry.end && entry.start < end)
  const add = (start: number, end: number, message: string): void => {
    if (!taken(start, end)) found.push({ start, end, message })
  }
  for (const match of text.matchAll(BRACKETED)) {
    if (FURNITURE.test(match[0]) || IMAGE_MARKER.test(match[0])) continue
    add(
      match.index,
      match.index + match[0].length,
      bracketMessage(paragraph, match.index, match[0]),
    )
  }
  for (const match of text.matchAll(PENDING)) {
    add(
      match.index,
      match.index + match[0].length,
      `“${match[0]}” is a placeholder: the quote has not been written.`,
    )
  }
  // The instruction patterns look behind at every position; most paragraphs never say "insert".
  for (const pattern of MAY_INSERT.test(text) ? INSERT : []) {
    for (const match of text.matchAll(pattern)) {
      const words = match[0].trimEnd()
      add(
        match.index,
        match.index + words.length,
        `“${words}” is an instruction left in the draft.`,
      )
    }
  }
  for (const match of text.matchAll(MARKERS)) {
    add(
      match.index,
      match.index + match[0].length,
      `“${match[0]}” is a placeholder left in the draft.`,
    )
  }
  for (const match of text.matchAll(LOREM)) {
    add(
      match.index,
      match.index + match[0].length,
      `“${match[0]}” is dummy text left in the draft.`,
    )
  }
  return found
}

/** Placeholders, instructions and dummy text anywhere in the paragraph, fields and layout words included. */
export function leftoverFindings(paragraph: TextParagraph): Finding[] {
  return leftoversIn(paragraph).map((entry) =>
    finding({
      severity: 'error',
      rule: 'leftover',
      message: entry.message,
      quote: paragraph.text.slice(entry.start, entry.end),
      location: locate(paragraph, entry.start, entry.end),
    }),
  )
}

const REQUIRED_BLOCKS = PARAGRAPH_ROLES.flatMap((block) => {
  const label = BLOCK_KINDS[block].requiredAs
  return label === null ? [] : [[block, label] as const]
})

/** Required parts of the release that have no words. */
export function emptyBlockFindings(content: ReleaseContent): Finding[] {
  return REQUIRED_BLOCKS.filter(
    ([block]) => !content.paragraphs.some((paragraph) => paragraph.block === block),
  ).map(([block, label]) =>
    finding({
      severity: 'error',
      rule: 'empty-block',
      message: `The ${label} is empty; every release needs one.`,
      quote: '',
      location: {
        block,
        paragraph: 0,
        start: 0,
        end: 0,
        textStart: 0,
        textEnd: 0,
        inFreeText: true,
      },
    }),
  )
}
