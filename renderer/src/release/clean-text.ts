/**
 * What a release keeps of the text it is given. A reader sees none of the characters removed here,
 * yet each can change what the page shows or what a program reads: a right-to-left override prints
 * "$5.6 million" as "$6.5 million", a zero-width space splits an amount so no check finds it, and a
 * noncharacter or a control makes a Word file that Word refuses to open. Tabs and line breaks stay.
 *
 * Removed:
 * - format characters (Unicode category Cf): the bidi embeddings, overrides and isolates
 *   (U+202A–U+202E, U+2066–U+2069), the direction marks U+200E, U+200F and U+061C, the zero-width
 *   space, joiners and word joiner (U+200B–U+200D, U+2060), the byte-order mark U+FEFF, the soft
 *   hyphen U+00AD and the rest of the category;
 * - control characters (C0 and C1, category Cc) other than tab and line feed; a carriage return
 *   goes too, as a line ends in a line feed;
 * - noncharacters (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE and U+FFFF
 *   among them) and unpaired surrogates, which no file can encode.
 *
 * Replaced: the fullwidth forms of ASCII (U+FF01–U+FF5E: "９.９" becomes "9.9", "％" "%") and the
 * ideographic space U+3000 (a space). They are the same characters to a reader and to the checks,
 * but the release's typeface has no glyph for them: the PDF would print "$ . million".
 */

// The lookahead keeps tab and line feed out of the control characters (Cc) removed; the second
// part is the fullwidth forms of ASCII and the ideographic space, replaced rather than removed.
const CLEANED = /(?![\t\n])[\p{Cc}\p{Cf}\p{Cs}\p{Noncharacter_Code_Point}]|[\uFF01-\uFF5E\u3000]/gu
const ANY_CLEANED =
  /(?![\t\n])[\p{Cc}\p{Cf}\p{Cs}\p{Noncharacter_Code_Point}]|[\uFF01-\uFF5E\u3000]/u

/** What a cleaned character becomes: its ASCII form for a fullwidth one, nothing for the rest. */
function replacement(character: string): string {
  const code = character.charCodeAt(0)
  if (code === 0x3000) return ' '
  return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ''
}

/** True when `cleanText` would change the text. */
export function needsCleaning(text: string): boolean {
  return ANY_CLEANED.test(text)
}

/** The text as a release keeps it: invisible characters removed, fullwidth letters and digits as ASCII. */
export function cleanText(text: string): string {
  // Most text needs nothing; skip building a copy of it.
  return needsCleaning(text) ? text.replace(CLEANED, replacement) : text
}

/** A change `cleanText` makes: the UTF-16 offsets [start, end) and what takes their place ('' for a removal). */
export interface CleaningEdit {
  readonly start: number
  readonly end: number
  readonly text: string
}

/** Each change `cleanText` would make to the text, in order. */
export function cleaningEdits(text: string): readonly CleaningEdit[] {
  if (!needsCleaning(text)) return []
  return Array.from(text.matchAll(CLEANED), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: replacement(match[0]),
  }))
}
