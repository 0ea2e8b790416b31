import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/main'
import { writeDocxBomb } from '../../support/zip-bomb'

/**
 * Files built to exhaust the command line, run as a real process with a small heap, so that
 * running out of memory shows as what the person would see: a crash (exit 134 and a native stack
 * trace) instead of one line and exit code 2.
 */

const ROOT = resolve(__dirname, '../../..')
const FIGURES = join(ROOT, 'assets/samples/iec-q2-fiscal-2006.figures.json')
const SAMPLE = join(ROOT, 'assets/samples/iec-q2-fiscal-2006.release.json')
let dir = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'release-desk-bounds-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs the CLI with its heap capped at `heapMb` megabytes. */
async function cli(heapMb: number, ...argv: string[]): Promise<Run> {
  const tsx = join(ROOT, 'node_modules/.bin/tsx')
  return promisify(execFile)(tsx, [join(ROOT, 'electron/cli/main.ts'), ...argv], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${heapMb}` },
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number | null; signal: string | null; stdout: string; stderr: string }) => ({
      code: error.code ?? (error.signal === 'SIGABRT' ? 134 : -1),
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  )
}

/** Every line of standard error, so a stack trace shows as many lines. */
const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '')

describe('a release file built to exhaust memory', () => {
  it('is refused in one line, in a small heap, when a 250-deep list holds a million values', async () => {
    const path = join(dir, 'wide.release.json')
    await writeFile(
      path,
      `{"formatVersion":1,"company":${'['.repeat(249)}${'0,'.repeat(999_999)}0${']'.repeat(249)}}`,
    )
    const run = await cli(160, 'check', path)
    expect(run.code).toBe(2)
    expect(lines(run.stderr)).toEqual([
      `release-desk: ${path}: company.0.0.0: a list of 1,000,000 entries; no release has more than 10,000 in one place`,
    ])
  }, 60_000)
})

/** Runs the CLI in-process and returns its exit code and the lines it printed on standard error. */
async function inProcess(...argv: string[]): Promise<{ code: number; stderr: string[] }> {
  const stderr: string[] = []
  const code = await runCli(argv, { warn: (line) => stderr.push(line) })
  return { code, stderr }
}

/** A Word draft whose document.xml is `xml`. */
async function wordDraft(name: string, xml: string): Promise<string> {
  const zip = new JSZip()
  zip.file('word/document.xml', xml)
  const path = join(dir, name)
  await writeFile(path, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }))
  return path
}

const PARAGRAPH_OPEN = '<w:document><w:body><w:p><w:r><w:t>'
const PARAGRAPH_CLOSE = '</w:t></w:r></w:p></w:body></w:document>'

describe('Word drafts built to exhaust check', () => {
  it('refuses in one line a 5 MB draft whose document.xml inflates to 5 GB (zip64)', async () => {
    const path = join(dir, 'bomb.docx')
    await writeDocxBomb(path, { inflatedBytes: 5 * 1024 ** 3 })
    const run = await cli(256, 'check', path, '--figures', FIGURES)
    expect(run.code).toBe(2)
    expect(lines(run.stderr)).toEqual([
      `release-desk: ${path}: not a Word document (word/document.xml inflates to more than 32 MB; no press release is that large)`,
    ])
  }, 60_000)

  it('measures what a part inflates to, not what the package says it will', async () => {
    const path = join(dir, 'liar.docx')
    await writeDocxBomb(path, { inflatedBytes: 48 * 1024 * 1024, declaredBytes: 2_000 })
    expect(await inProcess('check', path, '--figures', FIGURES)).toEqual({
      code: 2,
      stderr: [
        `release-desk: ${path}: not a Word document (word/document.xml inflates to more than 32 MB; no press release is that large)`,
      ],
    })
  })

  it('refuses a paragraph of a million characters by its number, before checking it', async () => {
    // Sentences full of figures: checking them all took minutes.
    const path = join(dir, 'long-paragraph.docx')
    await writeDocxBomb(path, {
      inflatedBytes: 1024 * 1024,
      fill: 'Sales increased by 19% to $5.6 million from $4.7 million. ',
      before: PARAGRAPH_OPEN,
      after: PARAGRAPH_CLOSE,
    })
    expect(await inProcess('check', path, '--figures', FIGURES)).toEqual({
      code: 2,
      stderr: [
        `release-desk: ${path}: paragraph 1 is 1,048,576 characters long; a paragraph can have at most 200,000`,
      ],
    })
  }, 60_000)

  it('names the file and the bad character when document.xml refers to a character that does not exist', async () => {
    const path = await wordDraft(
      'bad-character.docx',
      `${PARAGRAPH_OPEN}Revenue was $5.6 million&#x110000;${PARAGRAPH_CLOSE}`,
    )
    expect(await inProcess('check', path, '--figures', FIGURES)).toEqual({
      code: 2,
      stderr: [
        `release-desk: ${path}: not a Word document (word/document.xml has the character reference "&#x110000;", which is not a character a document can hold)`,
      ],
    })
  })

  it('reads a draft whose markup has a "<" that never closes, in one pass', async () => {
    const path = await wordDraft(
      'open-tags.docx',
      `${PARAGRAPH_OPEN}Sales rose${PARAGRAPH_CLOSE}${'<'.repeat(200_000)}`,
    )
    const run = await inProcess('check', path, '--figures', FIGURES)
    expect(run.stderr.join('\n')).not.toMatch(/internal error/)
    expect(run.code).toBeLessThan(2)
  }, 60_000)

  it('refuses a text draft with a paragraph longer than any release has', async () => {
    const path = join(dir, 'long.txt')
    await writeFile(path, `Revenue rose.\n\n${'word '.repeat(50_000)}\n`)
    expect(await inProcess('check', path, '--figures', FIGURES)).toEqual({
      code: 2,
      stderr: [
        `release-desk: ${path}: paragraph 2 is 249,999 characters long; a paragraph can have at most 200,000`,
      ],
    })
  })
})

describe('files too large to be what they claim', () => {
  it('refuses a release file over 20 MB before reading it', async () => {
    const path = join(dir, 'huge.release.json')
    await writeFile(path, Buffer.alloc(21 * 1024 * 1024, 0x20))
    expect(await inProcess('check', path)).toEqual({
      code: 2,
      stderr: [
        `release-desk: ${path}: the file is 21 MB, too large to be a release or figures file (at most 20 MB)`,
      ],
    })
  })
})

describe('messages about bad values', () => {
  it('quotes the first 40 characters of a 10 MB bad amount, not all of it', async () => {
    const release = JSON.parse(
      await import('node:fs/promises').then((fs) => fs.readFile(SAMPLE, 'utf8')),
    ) as {
      figures: { revenue: { quarter: unknown } }
    }
    release.figures.revenue.quarter = `5.6${'x'.repeat(10 * 1024 * 1024)}`
    const path = join(dir, 'long-amount.release.json')
    await writeFile(path, JSON.stringify(release))
    expect(await inProcess('check', path)).toEqual({
      code: 2,
      stderr: [
        `release-desk: ${path}: figures.revenue.quarter: expected an amount like 5600000 or "5.6m", got "5.6${'x'.repeat(37)}\u2026"`,
      ],
    })
  })
})
