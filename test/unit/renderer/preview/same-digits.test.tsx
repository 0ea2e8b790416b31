/**
 * What the checks read is what every output shows: a release opened with a right-to-left override
 * inside "$5.6 million", a zero-width space inside "$4.7 million" and fullwidth digits in
 * "$９.９ million" gives the same amounts, in the same order, to the checks, the preview's page,
 * the Word file and the PDF LibreOffice makes of it (the PDF shows glyphs as drawn, so an override
 * left in would read "$6.5 million" there).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { releaseDocx } from '../../../../renderer/src/export/docx/release-docx'
import type { GalleyMeasurer } from '../../../../renderer/src/preview/galley-measure'
import { PrintView } from '../../../../renderer/src/preview/print-view'
import { checkRelease } from '../../../../renderer/src/release/checks/check-release'
import { contentTextParagraph } from '../../../../renderer/src/release/checks/text-model'
import { parseReleaseDocument } from '../../../../renderer/src/release/load-document'
import { paragraphText, releaseContent } from '../../../../renderer/src/release/release-content'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import {
  AMOUNTS_SHOWN,
  amountsIn,
  sampleWithHiddenText,
  WRONG_PERCENT,
} from '../../../support/invisible-text'
import { convertDocxToPdf, officeToolsMissingReason, pdfText } from '../../../support/libreoffice'
import { paragraphTexts, readDocx } from '../../../support/unzip'
import { ARTIFACT_DIR } from '../../export/docx/docx-fixtures'

const officeMissing = officeToolsMissingReason()
if (officeMissing !== null)
  console.warn(`Skipping the PDF of the DOCX in the same-digits test: ${officeMissing}`)

/** jsdom has no layout: each line holds 40 characters, so paragraphs split across pages. */
const fakeMeasure: GalleyMeasurer = (_galley, paragraphs) => ({
  blocks: paragraphs.map((paragraph) => ({
    lines: Math.ceil(paragraphText(paragraph).length / 40),
    lineHeight: 20,
    spaceAfter: 16,
    keepWithNext: false,
  })),
  lineStart: (_block, line) => line * 40,
})

/** The page's paragraphs as printed, with the pieces a page break split rejoined. */
function printedParagraphs(): string[] {
  const paragraphs: string[] = []
  for (const piece of screen.getByTestId('print-view').querySelectorAll('.print-paragraph')) {
    const text = piece.textContent ?? ''
    if (piece.getAttribute('data-continued') === 'true' && paragraphs.length > 0)
      paragraphs[paragraphs.length - 1] += text
    else paragraphs.push(text)
  }
  return paragraphs
}

const opened = parseReleaseDocument(sampleWithHiddenText())
if (!opened.ok) throw new Error(opened.error)
const document = opened.value
const content = releaseContent(document)
/** Every amount the checks read, in reading order. */
const checksRead = content.paragraphs.flatMap((paragraph) =>
  amountsIn(contentTextParagraph(paragraph).text),
)

describe('one set of digits for the checks and every output', () => {
  it('gives the checks the amounts a reader sees, and they still catch the wrong percent', () => {
    expect(checksRead.slice(-AMOUNTS_SHOWN.length)).toEqual(AMOUNTS_SHOWN)
    const wrong = checkRelease(releaseFacts(document)).filter(
      (finding) => finding.rule === 'wrong-percent',
    )
    expect(wrong.map((finding) => [finding.quote, finding.expected])).toEqual([
      [WRONG_PERCENT.typed, WRONG_PERCENT.expected],
    ])
  })

  it('shows the same amounts on the preview’s pages', () => {
    render(<PrintView content={content} measure={fakeMeasure} />)
    const shown = printedParagraphs().flatMap(amountsIn)
    expect(shown.slice(-AMOUNTS_SHOWN.length)).toEqual(AMOUNTS_SHOWN)
    expect(shown).toEqual(checksRead)
  })

  it('writes the same amounts into the Word file', async () => {
    const docx = await readDocx(await releaseDocx(document))
    const written = paragraphTexts(docx.xml('word/document.xml')).flatMap(amountsIn)
    expect(written.slice(-AMOUNTS_SHOWN.length)).toEqual(AMOUNTS_SHOWN)
    expect(written).toEqual(checksRead)
  })

  it.skipIf(officeMissing !== null)(
    'draws the same amounts in the PDF of the Word file',
    async () => {
      mkdirSync(ARTIFACT_DIR, { recursive: true })
      const path = join(ARTIFACT_DIR, 'same-digits.docx')
      writeFileSync(path, await releaseDocx(document))
      const text = pdfText(convertDocxToPdf(path, ARTIFACT_DIR)).replace(/\s+/g, ' ')
      const drawn = amountsIn(text)
      expect(drawn.slice(-AMOUNTS_SHOWN.length)).toEqual(AMOUNTS_SHOWN)
      expect(drawn).toEqual(checksRead)
    },
    // A guard against a hung conversion, not a speed target.
    180_000,
  )
})
