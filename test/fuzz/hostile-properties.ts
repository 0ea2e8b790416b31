import fc from 'fast-check'
import { documentXmlParagraphs } from '../../electron/cli/draft-text'
import { PackageProblem, readZipPart } from '../../electron/cli/zip-entry'
import { readFiguresFile, readReleaseDocument } from '../../renderer/src/release/load-document'
import { figureCell, SAMPLE_FIGURES, SAMPLE_RELEASE } from './arbitraries'
import { formatCharacterText } from './format-character-text'
import { blockPath, hostileValue, samplePath, spliced } from './hostile-shapes'
import { leadingZeroAmount } from './leading-zero-amounts'
import { checkAmountCell, define, readChecked } from './loader-properties'
import type { LoaderProperty } from './loader-properties'
import { setAt } from './json-mutation'
import { docxBytes, documentXml, FUZZ_BUDGET } from './zip-bombs'

/**
 * The properties of the shapes built to exhaust or mislead: every one is read or refused, never
 * thrown, and every refusal names its field (or, for a Word draft, its part).
 */

/** A Word package's refusal: one line, naming the part, or saying the package is unreadable. */
function assertPackageProblem(error: unknown): void {
  if (!(error instanceof PackageProblem)) throw error
  const message = error.message
  const named =
    message.startsWith('word/document.xml ') ||
    message === 'the file is not a readable .docx package' ||
    message === 'it has no word/document.xml'
  if (!named || message.includes('\n'))
    throw new Error(`unclear package refusal: ${JSON.stringify(message)}`)
}

/** Reads document.xml within the budget as `check` does; anything but a clear refusal fails. */
function readDocx(bytes: Uint8Array): void {
  const budget = { partBytes: FUZZ_BUDGET.partBytes, remainingBytes: FUZZ_BUDGET.totalBytes }
  try {
    const part = readZipPart(bytes, 'word/document.xml', budget)
    if (part === null) return
    if (part.length > FUZZ_BUDGET.partBytes)
      throw new Error(`a part of ${part.length} bytes passed the budget`)
    documentXmlParagraphs(new TextDecoder('utf-8').decode(part))
  } catch (error) {
    assertPackageProblem(error)
  }
}

function withText(sample: unknown, path: readonly (string | number)[], text: string): string {
  const copy = structuredClone(sample)
  setAt(copy, path, text)
  return JSON.stringify(copy)
}

export const HOSTILE_PROPERTIES: readonly LoaderProperty[] = [
  define('readReleaseDocument: deep, wide and huge values anywhere', 0.01, () =>
    fc.property(samplePath, hostileValue, (path, value) => {
      readChecked(readReleaseDocument, spliced(SAMPLE_RELEASE, path, value))
    }),
  ),
  define('readFiguresFile: deep, wide and huge values anywhere', 0.005, () =>
    fc.property(
      fc.constantFrom<readonly (string | number)[]>(
        ['company'],
        ['figures'],
        ['style'],
        ['company', 'addressLines'],
      ),
      hostileValue,
      (path, value) => {
        readChecked(readFiguresFile, spliced(SAMPLE_FIGURES, path, value))
      },
    ),
  ),
  define('readReleaseDocument: rich text at the size limits', 0.005, () =>
    fc.property(blockPath, hostileValue, (path, value) => {
      readChecked(readReleaseDocument, spliced(SAMPLE_RELEASE, path, value))
    }),
  ),
  define('readReleaseDocument: format characters in amount cells', 0.03, () =>
    fc.property(figureCell, formatCharacterText, (cell, text) =>
      checkAmountCell(readReleaseDocument, SAMPLE_RELEASE, cell, text),
    ),
  ),
  define('readReleaseDocument: format characters in text', 0.03, () =>
    fc.property(
      fc.constantFrom<readonly (string | number)[]>(
        ['company', 'name'],
        ['company', 'ticker'],
        ['narrative', 'headline', 'content', 0, 'content', 0, 'text'],
        ['narrative', 'quote', 'speaker'],
        ['layout', 'exhibitLabel'],
      ),
      formatCharacterText,
      (path, text) => void readChecked(readReleaseDocument, withText(SAMPLE_RELEASE, path, text)),
    ),
  ),
  define('readFiguresFile: leading-zero groups in amount cells', 0.03, () =>
    fc.property(figureCell, leadingZeroAmount, (cell, text) =>
      checkAmountCell(readFiguresFile, SAMPLE_FIGURES, cell, text),
    ),
  ),
  define('Word drafts: zip bombs and damaged packages', 0.02, () =>
    fc.property(docxBytes, readDocx),
  ),
  define('Word drafts: document.xml of any markup', 0.02, () =>
    fc.property(documentXml, (xml) => {
      try {
        documentXmlParagraphs(xml)
      } catch (error) {
        assertPackageProblem(error)
      }
    }),
  ),
]
