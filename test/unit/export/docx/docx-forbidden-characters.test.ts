/**
 * A Word file from text full of characters XML 1.0 forbids (controls, U+FFFE, unpaired surrogates)
 * and invisible ones (bidi overrides, zero-width spaces) still opens: every part passes a strict
 * XML parser, LibreOffice converts it, and it reads as the text the release shows.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import {
  assertWellFormedDocx,
  MalformedDocxError,
} from '../../../../renderer/src/export/docx/docx-well-formed'
import { releaseDocx } from '../../../../renderer/src/export/docx/release-docx'
import { needsCleaning } from '../../../../renderer/src/release/clean-text'
import type { ReleaseDocument } from '../../../../renderer/src/release/document-schema'
import { rich } from '../../../../renderer/src/release/narrative-builders'
import { paragraphText, releaseContent } from '../../../../renderer/src/release/release-content'
import {
  convertDocxToPdf,
  missingTools,
  officeToolsMissingReason,
  pdfText,
} from '../../../support/libreoffice'
import { paragraphTexts, readDocx } from '../../../support/unzip'
import { ARTIFACT_DIR, sampleProse } from './docx-fixtures'

const xmllintMissing = missingTools(['xmllint']).length > 0
if (xmllintMissing)
  console.warn(
    'Skipping the strict XML parse of DOCX parts: xmllint not installed (apt-get install -y libxml2-utils)',
  )
const officeMissing = officeToolsMissingReason()
if (officeMissing !== null)
  console.warn(`Skipping the LibreOffice open of the DOCX: ${officeMissing}`)

/** Every C0 control but tab and newline, DEL, C1, noncharacters, unpaired surrogates, bidi and zero-width characters. */
const FORBIDDEN = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).filter(
    (c) => c !== '\t' && c !== '\n',
  ),
  '\u007F\u0085\u009F',
  '\uFFFE\uFFFF\uFDD0\u{1FFFE}',
  '\uDC00\uD800',
  '\u202A\u202B\u202D\u202E\u202C\u2066\u2067\u2068\u2069\u200E\u200F\u061C',
  '\u200B\u200C\u200D\u2060\uFEFF\u00AD',
].join('')

/** Hides `FORBIDDEN` inside the text: "$5.6 million" becomes "$5.<all of them>6 million". */
const dirty = (text: string): string => text.replace(/(\S)(\S)/, `$1${FORBIDDEN}$2`)

/** The sample with the characters in every text field, built in code: no schema cleaned it. */
function releaseFullOfForbidden(): ReleaseDocument {
  const document = sampleProse()
  const { company, narrative, layout } = document
  return {
    ...document,
    company: {
      ...company,
      logo: null,
      name: dirty(company.name),
      addressLines: company.addressLines.map(dirty),
      phone: dirty(company.phone),
      web: dirty(company.web),
    },
    layout: { ...layout, exhibitLabel: dirty(layout.exhibitLabel) },
    narrative: {
      ...narrative,
      headline: rich.doc(rich.paragraph(dirty('IEC Announces Second Quarter Results'))),
      results: rich.doc(
        rich.paragraph(`Revenue was $5.${FORBIDDEN}6 million.`, rich.text(FORBIDDEN, 'bold')),
        ...narrative.results.content.flatMap((block) =>
          block.type === 'paragraph' ? [block] : [],
        ),
      ),
      quote: { ...narrative.quote, speaker: dirty(narrative.quote.speaker) },
    },
  }
}

/** xmllint's complaint about the XML, or null when it parses. */
function xmllintProblem(xml: string): string | null {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '-'], { input: xml, encoding: 'utf8' })
  return run.status === 0 ? null : `${run.stderr}`.slice(0, 400)
}

describe('a Word file from text full of forbidden and invisible characters', () => {
  const document = releaseFullOfForbidden()

  it('reads as the text the release shows, with none of the characters in it', async () => {
    const docx = await readDocx(await releaseDocx(document))
    const body = paragraphTexts(docx.xml('word/document.xml'))
    expect(body).toEqual(releaseContent(document).paragraphs.map(paragraphText))
    expect(body.filter(needsCleaning)).toEqual([])
    expect(body).toContain('Revenue was $5.6 million.')
    expect(body[0]).toBe('Exhibit 99.1')
  })

  it.skipIf(xmllintMissing)(
    'has XML parts every strict parser reads',
    async () => {
      const docx = await readDocx(await releaseDocx(document))
      const parts = docx.names.filter((name) => /\.(xml|rels)$/.test(name))
      expect(parts).toEqual(
        expect.arrayContaining([
          'word/document.xml',
          'docProps/core.xml',
          docx.headerPath('first'),
        ]),
      )
      const problems = parts
        .map((name) => [name, xmllintProblem(docx.xml(name))])
        .filter(([, problem]) => problem !== null)
      expect(problems).toEqual([])
    },
    60_000,
  )

  it.skipIf(officeMissing !== null)(
    'opens in LibreOffice, showing the letterhead and the amounts as written',
    async () => {
      mkdirSync(ARTIFACT_DIR, { recursive: true })
      const path = join(ARTIFACT_DIR, 'forbidden-characters.docx')
      writeFileSync(path, await releaseDocx(document))
      const text = pdfText(convertDocxToPdf(path, ARTIFACT_DIR)).replace(/\s+/g, ' ')
      expect(text).toContain('Revenue was $5.6 million.')
      expect(text).toContain('IEC Announces Second Quarter Results')
      expect(text).toContain('105 Norton Street')
    },
    // A guard against a hung conversion, not a speed target: a cold LibreOffice on a busy machine.
    180_000,
  )
})

describe('the last look before a Word file is written', () => {
  async function zipWith(xml: string): Promise<Uint8Array> {
    const zip = new JSZip()
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>')
    zip.file('word/document.xml', xml)
    return zip.generateAsync({ type: 'uint8array' })
  }

  it('refuses a part holding a character XML forbids, naming the part and the character', async () => {
    const bytes = await zipWith(
      '<?xml version="1.0"?><w:document><w:t>5.\uFFFE6</w:t></w:document>',
    )
    const refused = assertWellFormedDocx(bytes)
    await expect(refused).rejects.toBeInstanceOf(MalformedDocxError)
    await expect(refused).rejects.toThrow(
      /^the Word document would not open: its part word\/document.xml holds a character XML does not allow \(U\+FFFE at character \d+\)\.$/,
    )
  })

  it('lets a part through that only has characters XML allows, tabs and other scripts included', async () => {
    const bytes = await zipWith(
      '<?xml version="1.0"?><w:document><w:t>5.6\t日本 ９.９ \u{1F4C8}</w:t></w:document>',
    )
    await expect(assertWellFormedDocx(bytes)).resolves.toBeUndefined()
  })
})
