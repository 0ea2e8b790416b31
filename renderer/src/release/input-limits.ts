/**
 * Every limit Release Desk puts on what it reads, in one table, so that each place that enforces
 * one (the loaders, the schema, the file readers of the shell, the browser host and the command
 * line) refuses the same things with the same numbers. Each is far above any real release: the
 * point is that a damaged or hostile file gets a clear message instead of freezing the app or
 * running it out of memory. docs/limits.md lists them with their messages.
 */
export const INPUT_LIMITS = {
  /** A release or figures file. A real one is a few hundred kilobytes, plus its logo. */
  fileBytes: 20 * 1024 * 1024,
  /** A plain-text draft given to `check`. */
  textDraftBytes: 20 * 1024 * 1024,
  /** A workbook (XLSX or CSV) to import figures from, as stored on disk; refused before it is read. */
  workbookBytes: 50 * 1024 * 1024,
  /** A Word draft given to `check`, as stored on disk. */
  docxBytes: 50 * 1024 * 1024,
  /** One part of a Word draft, once inflated (word/document.xml is the one read). */
  docxPartBytes: 32 * 1024 * 1024,
  /** Everything inflated from one Word draft. */
  docxTotalBytes: 64 * 1024 * 1024,
  /** How deeply JSON may nest: a release nests a few lists in each other, about four levels each. */
  nesting: 256,
  /** Items in any one JSON list, or names in any one JSON object. */
  listItems: 10_000,
  /** The company logo's image bytes. */
  logoBytes: 2 * 1024 * 1024,
  /** Paragraphs and lists in one block of the narrative, or in one list item. */
  blockParagraphs: 1_000,
  /** Pieces (runs of text, fields, line breaks) in one paragraph. */
  paragraphPieces: 5_000,
  /** Characters in one paragraph, of a release or of a draft: about 30 pages of text. */
  paragraphCharacters: 200_000,
  /** Characters in one block of the narrative. */
  blockCharacters: 1_000_000,
  /** Paragraphs in a Word or plain-text draft given to `check`. */
  draftParagraphs: 20_000,
  /** How much of a bad value a message quotes. */
  quotedCharacters: 40,
} as const

/** A size in bytes as people say it: "2 MB", "30.4 MB", "512 KB". */
export function sizeInWords(bytes: number): string {
  const megabytes = bytes / (1024 * 1024)
  if (megabytes >= 1) return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`
  return `${Math.ceil(bytes / 1024)} KB`
}

/** A count with thousands separators, as the messages print it: "10,000". */
export function countInWords(count: number): string {
  return count.toLocaleString('en-US')
}
