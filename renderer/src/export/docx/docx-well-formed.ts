import JSZip from 'jszip'

/**
 * The last look at a Word file before anyone is told it was written. Word and LibreOffice refuse a
 * whole document for one character XML 1.0 does not allow (a control character, U+FFFE, an unpaired
 * surrogate), so a part holding one must stop the export with a message, never reach the disk.
 */

// Everything outside XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

function codePointName(character: string): string {
  const code = character.codePointAt(0) ?? 0
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
}

/** The first character XML 1.0 forbids in the text, as "U+FFFE at character 120", or null when there is none. */
export function forbiddenXmlCharacter(text: string): string | null {
  const match = NOT_XML_CHARACTER.exec(text)
  return match === null ? null : `${codePointName(match[0])} at character ${match.index + 1}`
}

/** Thrown when a Word file would not open: names the part and the character. */
export class MalformedDocxError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MalformedDocxError'
  }
}

/** Refuses a Word file whose XML parts hold a character XML 1.0 forbids, naming the part. */
export async function assertWellFormedDocx(docx: Uint8Array): Promise<void> {
  const zip = await JSZip.loadAsync(docx)
  const parts = Object.values(zip.files).filter(
    (file) => !file.dir && /\.(?:xml|rels)$/i.test(file.name),
  )
  for (const part of parts) {
    const found = forbiddenXmlCharacter(await part.async('string'))
    if (found !== null) {
      throw new MalformedDocxError(
        `the Word document would not open: its part ${part.name} holds a character XML does not allow (${found}).`,
      )
    }
  }
}
