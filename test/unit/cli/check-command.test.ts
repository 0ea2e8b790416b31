import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import JSZip from 'jszip'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { documentXmlParagraphs, textParagraphs } from '../../../electron/cli/draft-text'
import { runCli } from '../../../electron/cli/main'
import { releaseDocx } from '../../../renderer/src/export/docx/release-docx'
import { readReleaseDocument } from '../../../renderer/src/release/load-document'

const ROOT = resolve(__dirname, '../../..')
const SAMPLE = join(ROOT, 'assets/samples/iec-q2-fiscal-2006.release.json')
const FIGURES = join(ROOT, 'assets/samples/iec-q2-fiscal-2006.figures.json')
const DRAFTS = join(ROOT, 'test/fixtures/drafts')
const THIRD_QUARTER =
  '"3rd-quarter06": “3rd-quarter06” names the third quarter of fiscal 2006; this release is the second quarter of fiscal 2006.'
let dir = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'release-desk-check-'))
})

afterEach(() => {
  vi.restoreAllMocks()
})

/** Runs the CLI in-process, capturing the lines it prints on standard output and standard error. */
async function check(
  ...argv: string[]
): Promise<{ code: number; stdout: string[]; stderr: string[] }> {
  const written: string[] = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
    return true
  })
  const stderr: string[] = []
  const code = await runCli(['check', ...argv], { warn: (line) => stderr.push(line) })
  vi.restoreAllMocks()
  const stdout = written
    .join('')
    .split('\n')
    .filter((line) => line !== '')
  return { code, stdout, stderr }
}

/** A Word document whose body is the given paragraphs, the second of each pair split across runs with a tab. */
async function wordDraft(name: string, paragraphs: readonly string[]): Promise<string> {
  const escape = (text: string): string =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const body = paragraphs
    .map((text) => {
      const middle = Math.floor(text.length / 2)
      const cut = text.indexOf(' ', middle)
      const [first, second] = cut < 0 ? [text, ''] : [text.slice(0, cut + 1), text.slice(cut + 1)]
      return `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t xml:space="preserve">${escape(first)}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>${escape(second)}</w:t></w:r></w:p>`
    })
    .join('')
  const zip = new JSZip()
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  )
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  )
  const path = join(dir, name)
  await writeFile(path, await zip.generateAsync({ type: 'uint8array' }))
  return path
}

async function cleanParagraphs(): Promise<string[]> {
  return textParagraphs(await readFile(join(DRAFTS, 'iec-q2-2006-clean.txt'), 'utf8'))
}

describe('release-desk check on a release file', () => {
  it('exits 1 on the sample, printing its one error with where it is, the words and the message', async () => {
    const result = await check(SAMPLE)
    expect(result).toEqual({
      code: 1,
      stdout: [`error web reference ¶1 ${THIRD_QUARTER}`],
      stderr: ['1 error, 0 warnings'],
    })
  })

  it('exits 0 on the sample with the web link fixed', async () => {
    const fixed = join(dir, 'fixed.release.json')
    await writeFile(
      fixed,
      (await readFile(SAMPLE, 'utf8')).replace('3rd-quarter06release', '2nd-quarter06release'),
    )
    expect(await check(fixed)).toEqual({ code: 0, stdout: [], stderr: ['0 errors, 0 warnings'] })
  })

  it('checks against other figures with --figures: at the third quarter the sample’s link is right', async () => {
    const figures = JSON.parse(await readFile(FIGURES, 'utf8')) as Record<string, unknown>
    const third = join(dir, 'third-quarter.figures.json')
    const entered = figures['figures'] as Record<string, Record<string, unknown>>
    await writeFile(
      third,
      JSON.stringify({
        ...figures,
        quarter: 3,
        periodEnd: '2006-06-30',
        releaseDate: '2006-07-20',
        // At the third quarter the previous quarter is no longer derived: the finance team sends it.
        figures: {
          ...entered,
          revenue: { ...entered['revenue'], previousQuarter: '3600000' },
          netIncome: { ...entered['netIncome'], previousQuarter: '-48000' },
        },
      }),
    )
    expect((await check(SAMPLE, '--figures', third)).code).toBe(0)
  })
})

describe('release-desk check on a draft from Word or a text editor', () => {
  it('exits 0 on a clean text draft and 1 on the seed release, with each finding a line', async () => {
    expect(await check(join(DRAFTS, 'iec-q2-2006-clean.txt'), '--figures', FIGURES)).toEqual({
      code: 0,
      stdout: [],
      stderr: ['0 errors, 0 warnings'],
    })
    const seed = await check(join(DRAFTS, 'iec-q2-2006-seed.txt'), '--figures', FIGURES)
    expect(seed.code).toBe(1)
    // "[IEC ELECTRONICS CORP. LOGO]" is the filing's image marker, page furniture: not reported.
    expect(seed.stdout).toEqual([`error draft ¶10 ${THIRD_QUARTER}`])
    expect(seed.stderr).toEqual(['1 error, 0 warnings'])
  })

  it('reads a Word draft’s paragraphs across runs, and finds a changed percent in the right paragraph', async () => {
    const paragraphs = await cleanParagraphs()
    expect(
      (await check(await wordDraft('clean.docx', paragraphs), '--figures', FIGURES)).code,
    ).toBe(0)
    const index = paragraphs.findIndex((text) => text.includes('were 19% ahead'))
    const changed = paragraphs.map((text, at) => (at === index ? text.replace('19%', '21%') : text))
    const result = await check(await wordDraft('changed.docx', changed), '--figures', SAMPLE)
    expect(result.code).toBe(1)
    expect(result.stdout).toEqual([
      `error draft ¶${index + 1} "21%": Sales were 19% ahead of the same quarter in fiscal 2005, not 21%.`,
    ])
  })

  it('reads the project’s own Word export of the sample and finds the third-quarter link', async () => {
    const sample = readReleaseDocument(await readFile(SAMPLE, 'utf8'))
    if (!sample.ok) throw new Error(sample.error)
    const path = join(dir, 'sample.docx')
    await writeFile(path, await releaseDocx(sample.value))
    const result = await check(path, '--figures', FIGURES)
    expect(result.code).toBe(1)
    expect(result.stdout).toHaveLength(1)
    expect(result.stdout[0]).toMatch(/^error draft ¶\d+ "3rd-quarter06": /)
  })

  it('keeps run text, tabs and breaks, and ignores tab stops, deleted text and field codes', () => {
    const xml =
      '<w:body><w:p><w:pPr><w:tabs><w:tab w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Sales &amp; revenue</w:t><w:tab/><w:t xml:space="preserve"> rose</w:t></w:r>' +
      '<w:del><w:r><w:delText>fell</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText><w:br/><w:t>19%</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>Next</w:t></w:r></w:p></w:body>'
    expect(documentXmlParagraphs(xml)).toEqual(['Sales & revenue rose\n19%', 'Next'])
  })
})

describe('release-desk check on input it cannot read', () => {
  it.each([
    [
      'a missing file',
      () => [join(dir, 'nope.release.json')],
      /nope\.release\.json: no such file$/,
    ],
    [
      'a corrupt Word file',
      () => [join(DRAFTS, 'corrupt.docx'), '--figures', FIGURES],
      /corrupt\.docx: not a Word document/,
    ],
    [
      'a draft without figures',
      () => [join(DRAFTS, 'iec-q2-2006-clean.txt')],
      /clean\.txt: a text draft needs the figures to check against: add --figures/,
    ],
    [
      'an unknown kind of file',
      () => [join(DRAFTS, 'notes.pdf')],
      /notes\.pdf: expected a \.release\.json, \.docx or \.txt file$/,
    ],
    [
      'a figures file that is not valid',
      () => [join(DRAFTS, 'iec-q2-2006-clean.txt'), '--figures', join(DRAFTS, 'corrupt.docx')],
      /corrupt\.docx: not valid JSON/,
    ],
  ] as const)('exits 2 with one line naming the file for %s', async (_name, argv, pattern) => {
    const result = await check(...argv())
    expect(result.code).toBe(2)
    expect(result.stdout).toEqual([])
    expect(result.stderr).toHaveLength(1)
    expect(result.stderr[0]).toMatch(/^release-desk: /)
    expect(result.stderr[0]).toMatch(pattern)
  })

  it('exits 2 for a Word package with no document in it', async () => {
    const zip = new JSZip()
    zip.file('hello.txt', 'hi')
    const path = join(dir, 'empty.docx')
    await writeFile(path, await zip.generateAsync({ type: 'uint8array' }))
    const result = await check(path, '--figures', FIGURES)
    expect(result.code).toBe(2)
    expect(result.stderr).toEqual([
      `release-desk: ${path}: not a Word document (it has no word/document.xml)`,
    ])
  })
})

describe('release-desk check as a real process', () => {
  it('exits 1 with the finding on standard output and the summary on standard error', async () => {
    const tsx = join(ROOT, 'node_modules/.bin/tsx')
    const failure = await promisify(execFile)(
      tsx,
      [join(ROOT, 'electron/cli/main.ts'), 'check', SAMPLE],
      { cwd: ROOT },
    ).then(
      () => null,
      (error: { code: number; stderr: string; stdout: string }) => error,
    )
    expect(failure?.code).toBe(1)
    expect(failure?.stdout).toBe(`error web reference ¶1 ${THIRD_QUARTER}\n`)
    expect(failure?.stderr).toBe('1 error, 0 warnings\n')
  }, 30_000)
})
