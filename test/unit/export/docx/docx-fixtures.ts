/** The sample release and the variants the DOCX tests export. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ReleaseDocument } from '../../../../renderer/src/release/document-schema'
import { readReleaseDocument } from '../../../../renderer/src/release/load-document'
import { rich } from '../../../../renderer/src/release/narrative-builders'
import { stressReleaseText } from '../../../../bench/stress-release'
import type { RichText } from '../../../../renderer/src/release/narrative-schema'

const ROOT = resolve(__dirname, '../../../..')
export const SAMPLE_PATH = resolve(ROOT, 'assets/samples/iec-q2-fiscal-2006.release.json')
export const LOGO_PATH = resolve(ROOT, 'assets/logo/iec-stand-in-logo.png')
export const ARTIFACT_DIR = resolve(ROOT, 'test-results/docx')

export function sampleRelease(): ReleaseDocument {
  const result = readReleaseDocument(readFileSync(SAMPLE_PATH, 'utf8'))
  if (!result.ok) throw new Error(`${SAMPLE_PATH}: ${result.error}`)
  return result.value
}

/** The sample without its statement of operations: its prose alone, for the tests of paragraphs. */
export function sampleProse(): ReleaseDocument {
  return { ...sampleRelease(), tables: [] }
}

export function withLayout(
  document: ReleaseDocument,
  layout: Partial<ReleaseDocument['layout']>,
): ReleaseDocument {
  return { ...document, layout: { ...document.layout, ...layout } }
}

export function withLogo(
  document: ReleaseDocument,
  logo: ReleaseDocument['company']['logo'],
): ReleaseDocument {
  return { ...document, company: { ...document.company, logo } }
}

export function markedFinal(document: ReleaseDocument): ReleaseDocument {
  return { ...document, status: { ...document.status, final: true } }
}

export const BOLD_WORDS = 'Record second-quarter sales'
export const ITALIC_WORDS = 'all figures unaudited'

/** The sample with a results paragraph holding a bold lead-in, italic words and a line break. */
export function withFormattedResults(document: ReleaseDocument): ReleaseDocument {
  const lead = rich.paragraph(
    rich.text(BOLD_WORDS, 'bold'),
    ' were announced today (',
    rich.text(ITALIC_WORDS, 'italic'),
    ').',
    rich.hardBreak(),
    'A second line.',
  )
  const results: RichText = { type: 'doc', content: [lead, ...document.narrative.results.content] }
  return { ...document, narrative: { ...document.narrative, results } }
}

/** The sample whose boilerplate lists highlights: three bullets, one nested numbered list. */
export function withLists(document: ReleaseDocument): ReleaseDocument {
  const boilerplate: RichText = {
    type: 'doc',
    content: [
      ...document.narrative.boilerplate.content,
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [rich.paragraph('Design and prototype')] },
          {
            type: 'listItem',
            content: [
              rich.paragraph('Volume assembly'),
              {
                type: 'orderedList',
                content: [
                  { type: 'listItem', content: [rich.paragraph('Circuit boards')] },
                  { type: 'listItem', content: [rich.paragraph('Systems build')] },
                ],
              },
            ],
          },
          { type: 'listItem', content: [rich.paragraph('Distribution')] },
        ],
      },
    ],
  }
  return { ...document, narrative: { ...document.narrative, boilerplate } }
}

/** A JPEG's first segments, enough for its size to be read: SOI, an APP0 (JFIF) segment, and SOF0. */
export function jpegHeader(width: number, height: number): Uint8Array {
  const app0 = [
    0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01,
    0x00, 0x00,
  ]
  const sof0 = [
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x03,
  ]
  const components = [0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]
  return Uint8Array.from([0xff, 0xd8, ...app0, ...sof0, ...components, 0xff, 0xd9])
}

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64')
}

export const LONG_ADDRESS_LINES = [
  'Building 7, Corporate Headquarters Campus',
  '105 Norton Street',
  'PO Box 271',
  'Newark Industrial Park East',
  'Newark, NY 14513',
  'United States of America',
  'Investor Relations Department',
  'Regional Office: 1 Main Street, Rochester, NY 14604',
  'Regional Office: 200 Park Avenue, New York, NY 10166',
]

/** An A4 release whose address needs four lines at 9 pt: more than the letterhead band holds. */
export function withLongAddress(document: ReleaseDocument): ReleaseDocument {
  return withLayout(
    { ...document, company: { ...document.company, addressLines: LONG_ADDRESS_LINES } },
    { pageSize: 'a4' },
  )
}

/** The sample cut to one page: one results paragraph and no quote. */
export function onePage(document: ReleaseDocument): ReleaseDocument {
  const { narrative } = document
  return {
    ...document,
    // A one-page release is its prose: the sample's statement of operations would take a page of its own.
    tables: [],
    narrative: {
      ...narrative,
      results: { ...narrative.results, content: narrative.results.content.slice(0, 1) },
      quote: { ...narrative.quote, text: { ...narrative.quote.text, content: [] } },
    },
  }
}

/** The sample with a results paragraph longer than page one, so that page one ends inside it. */
export function breakInParagraph(document: ReleaseDocument): ReleaseDocument {
  const { narrative } = document
  const [first, ...rest] = narrative.results.content
  if (first === undefined || first.type !== 'paragraph') {
    throw new Error('the sample has no results paragraph')
  }
  const long = { ...first, content: Array.from({ length: 40 }, () => first.content ?? []).flat() }
  return {
    ...document,
    narrative: { ...narrative, results: { ...narrative.results, content: [long, ...rest] } },
  }
}

/** The bench's stress release at six pages: the sample's results grown with lists of live fields. */
export function sixPageRelease(): ReleaseDocument {
  const result = readReleaseDocument(stressReleaseText(26))
  if (!result.ok) throw new Error(`the stress release: ${result.error}`)
  return result.value
}

/**
 * Every release the DOCX tests export, by name: the schema test validates each of these files, so
 * a variant a test writes belongs here.
 */
export function docxTestReleases(sample: ReleaseDocument = sampleRelease()): ReadonlyMap<string, ReleaseDocument> {
  const jpegLogo = { mediaType: 'image/jpeg' as const, data: toBase64(jpegHeader(400, 100)) }
  return new Map([
    ['sample (draft, with logo)', sample],
    ['sample final', markedFinal(sample)],
    ['sample pre-printed', withLayout(sample, { preprinted: true })],
    ['sample pre-printed final', markedFinal(withLayout(sample, { preprinted: true }))],
    ['sample A4', withLayout(sample, { pageSize: 'a4' })],
    ['sample with lists', withLists(sample)],
    ['sample with bold, italic and a line break', withFormattedResults(sample)],
    ['sample without logo', withLogo(sample, null)],
    ['sample with a JPEG logo', withLogo(sample, jpegLogo)],
    ['sample with a long address', withLongAddress(sample)],
    ['one page', onePage(sample)],
    ['a page break inside a paragraph', breakInParagraph(sample)],
    ['six pages', sixPageRelease()],
  ])
}
