import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import JSZip from 'jszip'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../../electron/cli/main'
import { needsCleaning } from '../../../renderer/src/release/clean-text'
import { missingTools } from '../../support/libreoffice'
import { paragraphTexts } from '../../support/unzip'
import { AMOUNTS_SHOWN, amountsIn, sampleWithHiddenText } from '../../support/invisible-text'

const ROOT = resolve(__dirname, '../../..')
const FIGURES = join(ROOT, 'assets/samples/iec-q2-fiscal-2006.figures.json')
const CLEAN_DRAFT = join(ROOT, 'test/fixtures/drafts/iec-q2-2006-clean.txt')
const XMLLINT_MISSING = missingTools(['xmllint']).length > 0
if (XMLLINT_MISSING)
  console.warn(
    'Skipping the strict XML parse of the exported DOCX: xmllint not installed (apt-get install -y libxml2-utils)',
  )
let dir = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'release-desk-invisible-'))
})

afterEach(() => {
  vi.restoreAllMocks()
})

async function run(
  ...argv: string[]
): Promise<{ code: number; stdout: string[]; stderr: string[] }> {
  const written: string[] = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
    return true
  })
  const stderr: string[] = []
  const code = await runCli(argv, { warn: (line) => stderr.push(line) })
  vi.restoreAllMocks()
  return {
    code,
    stdout: written
      .join('')
      .split('\n')
      .filter((line) => line !== ''),
    stderr,
  }
}

/** The clean draft with "were 19% ahead" typed as `typed`. */
async function draftWith(name: string, typed: string): Promise<string> {
  const text = (await readFile(CLEAN_DRAFT, 'utf8')).replace(
    'were 19% ahead',
    `were ${typed} ahead`,
  )
  const path = join(dir, name)
  await writeFile(path, text)
  return path
}

describe('release-desk export of a release with invisible and forbidden characters in its text', () => {
  it.skipIf(XMLLINT_MISSING)(
    'writes a Word file that parses, showing the amounts as a reader sees them',
    async () => {
      const json = sampleWithHiddenText()
      const narrative = json['narrative'] as Record<string, unknown>
      // U+FFFE made a Word file that Word and LibreOffice refused while the CLI said "wrote".
      const headline = {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'IEC Announces\uFFFE Results\u0001' }],
          },
        ],
      }
      const release = join(dir, 'hidden.release.json')
      await writeFile(release, JSON.stringify({ ...json, narrative: { ...narrative, headline } }))
      const docxPath = join(dir, 'hidden.docx')
      const result = await run('export', release, '--docx', docxPath)
      expect(result.code).toBe(0)
      expect(result.stderr.at(-1)).toBe(`wrote ${docxPath}`)
      const zip = await JSZip.loadAsync(await readFile(docxPath))
      const xml = await zip.file('word/document.xml')?.async('string')
      expect(
        spawnSync('xmllint', ['--noout', '--nonet', '-'], { input: xml, encoding: 'utf8' }).stderr,
      ).toBe('')
      const body = paragraphTexts(xml ?? '')
      expect(body).toContain('IEC Announces Results')
      expect(body.flatMap(amountsIn).slice(-AMOUNTS_SHOWN.length)).toEqual(AMOUNTS_SHOWN)
      expect(body.filter(needsCleaning)).toEqual([])
    },
  )
})

describe('release-desk check of a draft with invisible characters', () => {
  const finding = (paragraph: number) =>
    `error draft ¶${paragraph} "21%": Sales were 19% ahead of the same quarter in fiscal 2005, not 21%.`

  it('reads a percent split by a zero-width space as the digits a reader sees', async () => {
    const result = await run(
      'check',
      await draftWith('zero-width.txt', '2\u200B1%'),
      '--figures',
      FIGURES,
    )
    expect(result.code).toBe(1)
    expect(result.stdout).toEqual([finding(5)])
  })

  it('reads a percent inside a right-to-left override as it is shown, and prints no override', async () => {
    const result = await run(
      'check',
      await draftWith('override.txt', '\u202E21\u202C%'),
      '--figures',
      FIGURES,
    )
    expect(result.code).toBe(1)
    expect(result.stdout).toEqual([finding(5)])
  })

  it('reads a Word draft the same way', async () => {
    const paragraphs = (
      await readFile(await draftWith('word.txt', '2\u2060\u202E1\u202C%'), 'utf8')
    ).split(/\n\s*\n/)
    const escape = (text: string): string =>
      text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    const body = paragraphs
      .map((text) => `<w:p><w:r><w:t xml:space="preserve">${escape(text.trim())}</w:t></w:r></w:p>`)
      .join('')
    const zip = new JSZip()
    zip.file(
      'word/document.xml',
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    )
    const path = join(dir, 'hidden.docx')
    await writeFile(path, await zip.generateAsync({ type: 'uint8array' }))
    const result = await run('check', path, '--figures', FIGURES)
    expect(result.stdout).toEqual([finding(5)])
  })
})
