import { execFile } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findChromium } from '../../../electron/cli/chromium'
import { openPdfRenderer } from '../../../electron/cli/pdf-export'
import type { PdfRenderer } from '../../../electron/cli/pdf-export'
import type { ReleaseDocument } from '../../../renderer/src/release/document-schema'
import { readReleaseDocument } from '../../../renderer/src/release/load-document'

/**
 * The PDF a user gets is Chromium's print of the same print view the preview shows. These tests
 * read our PDFs with poppler, as a newswire or the SEC's systems would.
 */
const ROOT = resolve(__dirname, '../../..')
const ARTIFACTS = join(ROOT, 'test-results/pdf')
const run = promisify(execFile)

let renderer: PdfRenderer
let sample: ReleaseDocument

async function writePdf(name: string, document: ReleaseDocument): Promise<string> {
  const path = join(ARTIFACTS, name)
  await writeFile(path, await renderer.render(document))
  return path
}

async function poppler(tool: string, ...args: string[]): Promise<string> {
  return (await run(tool, args, { maxBuffer: 16 * 1024 * 1024 })).stdout
}

/** Keeps page one as a picture, so a person can look at what the PDF shows. */
async function keepFirstPage(pdf: string): Promise<void> {
  await run('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    pdf,
    pdf.replace(/\.pdf$/, '-page'),
  ])
}

/** How much ink page one carries: the sum of darkness over a small greyscale rendering. */
async function pageInk(pdf: string): Promise<number> {
  const prefix = pdf.replace(/\.pdf$/, '-ink')
  await run('pdftoppm', ['-gray', '-r', '20', '-f', '1', '-l', '1', '-singlefile', pdf, prefix])
  const image = await readFile(`${prefix}.pgm`)
  // A binary PGM: "P5", width, height, maximum value, each followed by one whitespace, then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(image.subarray(0, 64).toString('latin1'))
  if (header === null) throw new Error(`${prefix}.pgm: not a binary PGM`)
  const pixels = image.subarray(header[0].length)
  return pixels.reduce((ink, value) => ink + (255 - value), 0)
}

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true })
  const loaded = readReleaseDocument(
    await readFile(join(ROOT, 'assets/samples/iec-q2-fiscal-2006.release.json'), 'utf8'),
  )
  if (!loaded.ok) throw new Error(loaded.error)
  sample = loaded.value
  renderer = await openPdfRenderer(await findChromium())
})

afterAll(async () => {
  await renderer.close()
})

describe('the PDF of the sample release', () => {
  it('is Letter, with the text selectable and in reading order, and the fonts embedded', async () => {
    const pdf = await writePdf('sample.pdf', sample)
    await keepFirstPage(pdf)
    expect(await poppler('pdfinfo', pdf)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/)
    const text = (await poppler('pdftotext', pdf, '-')).replace(/\s+/g, ' ')
    const inOrder = [
      'Exhibit 99.1',
      'IEC Announces Second Quarter Results for Fiscal 2006',
      'announced today its results for the second quarter of fiscal 2006, ending March 31, 2006.',
      'Second quarter sales increased by more than 50% from the previous quarter and were 19% ahead of the same quarter in fiscal 2005.',
      'a net loss of $(168,000) or $(0.02) per share on revenue of $5.6 million for the quarter',
      'a net loss of $(216,000) or $(0.03) per share on revenue of $9.2 million',
      'W. Barry Gilbert, Chairman of the Board and CEO, said',
      'Contact: Heather Keenan',
    ]
    let from = 0
    for (const words of inOrder) {
      const at = text.indexOf(words, from)
      expect(at, `"${words}" after position ${from}`).toBeGreaterThanOrEqual(from)
      from = at + words.length
    }
    const fonts = await poppler('pdffonts', pdf)
    expect(fonts).toMatch(/Tinos/)
    expect(
      fonts
        .split('\n')
        .filter((line) => /Tinos/.test(line))
        .every((line) => /\byes\b/.test(line)),
    ).toBe(true)
  })

  it('shows the logo on page one, and no image at all on pre-printed letterhead paper', async () => {
    const withLetterhead = await writePdf('sample-letterhead.pdf', sample)
    const images = (await poppler('pdfimages', '-list', withLetterhead)).trim().split('\n').slice(2)
    expect(images.length).toBeGreaterThanOrEqual(1)
    expect(images[0]).toMatch(/^\s*1\s/)

    const preprinted = await writePdf('sample-preprinted.pdf', {
      ...sample,
      layout: { ...sample.layout, preprinted: true },
    })
    await keepFirstPage(preprinted)
    expect((await poppler('pdfimages', '-list', preprinted)).trim().split('\n').slice(2)).toEqual(
      [],
    )
    const text = await poppler('pdftotext', '-f', '1', '-l', '1', preprinted, '-')
    expect(text).not.toContain('105 Norton Street')
  })

  it('carries a DRAFT mark until the release is marked final, drawn so it stays out of the text', async () => {
    const draft = await writePdf('sample-draft.pdf', sample)
    const final = await writePdf('sample-final.pdf', {
      ...sample,
      status: { ...sample.status, final: true },
    })
    await keepFirstPage(final)
    // The mark is drawn as an outline, so copying the release's text never picks up "DRAFT".
    expect(await poppler('pdftotext', draft, '-')).not.toMatch(/DRAFT/)
    // It is visible: the draft's page one is darker than the final's, which is otherwise the same page.
    expect(await pageInk(draft)).toBeGreaterThan((await pageInk(final)) * 1.02)
  })

  it('is A4 when the release says so', async () => {
    const a4 = await writePdf('sample-a4.pdf', {
      ...sample,
      layout: { ...sample.layout, pageSize: 'a4' },
    })
    // Exactly 210 × 297 mm, as strict print drivers expect A4 (Chromium alone gives 594.96 × 841.92).
    expect(await poppler('pdfinfo', a4)).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/)
  })

  it('names the headline as its Title and the company as its Author, and tags the headline H1', async () => {
    const pdf = await writePdf('sample-properties.pdf', sample)
    const info = await poppler('pdfinfo', pdf)
    expect(info).toMatch(/Title:\s+IEC Announces Second Quarter Results for Fiscal 2006\n/)
    expect(info).toMatch(/Author:\s+IEC Electronics Corp\.\n/)
    const tags = await poppler('pdfinfo', '-struct', pdf)
    expect(tags.match(/^\s*H1\b/gm)).toHaveLength(1)
  })
})
