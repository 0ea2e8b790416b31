import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import JSZip from 'jszip'
import { cleanText } from '../../renderer/src/release/clean-text'
import { inFile } from './cli-error'
import { readText } from './io'

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

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
    return ENTITIES[name] ?? whole
  })
}

// The tags that carry a paragraph's words: paragraphs, runs, text, tabs and breaks. Deleted text
// (w:delText) and field codes (w:instrText) are not what the reader sees.
const TAG =
  /<(\/?)(w:p|w:r|w:t|w:tab|w:br|w:cr|w:noBreakHyphen)(?=[\s/>])[^>]*?(\/?)>|([^<]+)|<[^>]*>/g

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

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw inFile(path, 'no such file')
    if (code === 'EISDIR') throw inFile(path, 'is a folder, not a file')
    if (code === 'EACCES' || code === 'EPERM') throw inFile(path, 'permission denied')
    throw inFile(path, `cannot be read (${code ?? 'unknown error'})`)
  }
}

/** The paragraphs of a .docx file, or a one-line error when it is not a Word document. */
export async function docxParagraphs(bytes: Uint8Array, path: string): Promise<string[]> {
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch {
    throw inFile(path, 'not a Word document (the file is not a readable .docx package)')
  }
  const entry = zip.file('word/document.xml')
  if (entry === null) throw inFile(path, 'not a Word document (it has no word/document.xml)')
  let xml: string
  try {
    xml = await entry.async('string')
  } catch {
    throw inFile(path, 'not a Word document (word/document.xml cannot be read)')
  }
  return documentXmlParagraphs(xml)
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

/** Reads the paragraphs of a Word or plain-text draft. */
export async function readDraftParagraphs(path: string, kind: 'docx' | 'text'): Promise<string[]> {
  if (kind === 'docx') return docxParagraphs(await readBytes(path), path)
  return textParagraphs(await readText(path))
}
