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
 */

// The lookahead keeps tab and line feed out of the control characters (Cc) removed.
const REMOVED = /(?![\t\n])[\p{Cc}\p{Cf}\p{Cs}\p{Noncharacter_Code_Point}]/gu
const ANY_REMOVED = /(?![\t\n])[\p{Cc}\p{Cf}\p{Cs}\p{Noncharacter_Code_Point}]/u

/** True when the text holds a character `cleanText` removes. */
export function hasRemovedCharacters(text: string): boolean {
  return ANY_REMOVED.test(text)
}

/** The text without the invisible characters a release never keeps (format, control and noncharacters). */
export function cleanText(text: string): string {
  // Most text has none; skip building a copy of it.
  return hasRemovedCharacters(text) ? text.replace(REMOVED, '') : text
}

/** Where each character `cleanText` would remove sits in the text, as [start, end) UTF-16 offsets. */
export function removedRanges(text: string): readonly (readonly [number, number])[] {
  if (!hasRemovedCharacters(text)) return []
  return Array.from(text.matchAll(REMOVED), (match) => [match.index, match.index + match[0].length] as const)
}
