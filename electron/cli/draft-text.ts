import { extname } from 'node:path'
import { countInWords, INPUT_LIMITS } from '../../renderer/src/release/input-limits'
import { quotedValue } from '../../renderer/src/release/validation-message'
import { cleanText } from '../../renderer/src/release/clean-text'
import { inFile } from './cli-error'
import { readBytes, readText } from './io'
import { PackageProblem, readZipPart } from './zip-entry'

/**
 * Paragraphs of a plain-text draft: blank lines separate them, and wrapped lines are joined. The
 * text is cleaned as a release file's is (`cleanText`), so the checks read the digits a reader of
 * the draft sees.
 */
export function textParagraphs(text: string): string[] {
  // Line ends first: the cleaning removes carriage returns, which would join an old Mac file's lines.
  return cleanText(text.replace(/\r\n?/g, '\n'))
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join(' '),
    )
    .filter((paragraph) => paragraph !== '')
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
}

/** A character XML 1.0 allows; Word and LibreOffice refuse a document with any other. */
function isXmlCharacter(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  )
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (!name.startsWith('#')) return ENTITIES[name] ?? whole
    const hex = name.startsWith('#x') || name.startsWith('#X')
    const code = hex ? parseInt(name.slice(2), 16) : Number(name.slice(1))
    if (!isXmlCharacter(code))
      throw new PackageProblem(
        `word/document.xml has the character reference ${quotedValue(whole)}, which is not a character a document can hold`,
      )
    return String.fromCodePoint(code)
  })
}

// The tags that carry a paragraph's words: paragraphs, runs, text, tabs and breaks. Deleted text
// (w:delText) and field codes (w:instrText) are not what the reader sees.
// A '<' that never closes is taken to the end in one step, so hostile markup cannot make the
// scan quadratic.
const TAG =
  /<(\/?)(w:p|w:r|w:t|w:tab|w:br|w:cr|w:noBreakHyphen)(?=[\s/>])[^>]*?(\/?)>|([^<]+)|<[^>]*>?/g

/** The paragraphs of a Word document's main text (word/document.xml), in reading order, without invisible characters. */
export function documentXmlParagraphs(xml: string): string[] {
  const paragraphs: string[] = []
  const open: string[] = []
  let inRun = 0
  let inText = false
  const append = (text: string): void => {
    if (open.length > 0) open[open.length - 1] += text
  }
  for (const match of xml.matchAll(TAG)) {
    const [, closing, name, selfClosing, text] = match
    if (text !== undefined) {
      if (inText) append(decodeXml(text))
      continue
    }
    if (name === undefined) continue
    const isClosing = closing === '/'
    const isEmpty = selfClosing === '/'
    switch (name) {
      case 'w:p':
        if (isClosing) {
          const done = open.pop()
          if (done !== undefined) paragraphs.push(done)
        } else if (isEmpty) paragraphs.push('')
        else open.push('')
        break
      case 'w:r':
        if (!isEmpty) inRun += isClosing ? -1 : 1
        break
      case 'w:t':
        inText = !isClosing && !isEmpty
        break
      case 'w:tab':
        // Tab stops in the paragraph properties are also <w:tab/>: only a run's tab is a character.
        if (inRun > 0) append('\t')
        break
      case 'w:br':
      case 'w:cr':
        if (inRun > 0) append('\n')
        break
      case 'w:noBreakHyphen':
        if (inRun > 0) append('-')
        break
    }
  }
  return paragraphs
    .map((paragraph) => cleanText(paragraph).replace(/[ \t]+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
}

/** The paragraphs of a .docx file, or a one-line error when it is not a Word document. */
export async function docxParagraphs(bytes: Uint8Array, path: string): Promise<string[]> {
  const budget = {
    partBytes: INPUT_LIMITS.docxPartBytes,
    remainingBytes: INPUT_LIMITS.docxTotalBytes,
  }
  try {
    const xml = readZipPart(bytes, 'word/document.xml', budget)
    if (xml === null) throw new PackageProblem('it has no word/document.xml')
    return documentXmlParagraphs(new TextDecoder('utf-8').decode(xml))
  } catch (error) {
    if (error instanceof PackageProblem)
      throw inFile(path, `not a Word document (${error.message})`)
    throw error
  }
}

/** Refuses a draft with more, or longer, paragraphs than any press release, before checking it. */
export function boundedParagraphs(paragraphs: string[], path: string): string[] {
  if (paragraphs.length > INPUT_LIMITS.draftParagraphs)
    throw inFile(
      path,
      `the draft has ${countInWords(paragraphs.length)} paragraphs; a draft can have at most ${countInWords(INPUT_LIMITS.draftParagraphs)}`,
    )
  const long = paragraphs.findIndex((text) => text.length > INPUT_LIMITS.paragraphCharacters)
  const text = paragraphs[long]
  if (text !== undefined)
    throw inFile(
      path,
      `paragraph ${countInWords(long + 1)} is ${countInWords(text.length)} characters long; a paragraph can have at most ${countInWords(INPUT_LIMITS.paragraphCharacters)}`,
    )
  return paragraphs
}

export type DraftKind = 'release' | 'docx' | 'text'

/** What kind of file the check command was given, by its extension. */
export function draftKind(path: string): DraftKind | null {
  const extension = extname(path).toLowerCase()
  if (extension === '.json') return 'release'
  if (extension === '.docx') return 'docx'
  if (extension === '.txt' || extension === '.text' || extension === '.md') return 'text'
  return null
}

/** Reads the paragraphs of a Word or plain-text draft, within the limits of docs/limits.md. */
export async function readDraftParagraphs(path: string, kind: 'docx' | 'text'): Promise<string[]> {
  const paragraphs =
    kind === 'docx'
      ? await docxParagraphs(await readBytes(path, INPUT_LIMITS.docxBytes, 'a Word draft'), path)
      : textParagraphs(await readText(path, INPUT_LIMITS.textDraftBytes, 'a text draft'))
  return boundedParagraphs(paragraphs, path)
}
