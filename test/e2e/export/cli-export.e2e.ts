import { execFile } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { convertDocxToPdf } from '../../support/libreoffice'

/** The acceptance of the export issue, as a user runs it: the CLI, then real readers on its files. */
const ROOT = resolve(__dirname, '../../..')
const SAMPLE = join(ROOT, 'assets/samples/iec-q2-fiscal-2006.release.json')
const TSX = join(ROOT, 'node_modules/.bin/tsx')
const CLI = join(ROOT, 'electron/cli/main.ts')
const run = promisify(execFile)

async function cli(env: NodeJS.ProcessEnv, ...args: string[]) {
  return run(TSX, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  )
}

const flat = (text: string): string => text.replace(/\s+/g, ' ')

describe('npm run cli -- export <sample> --docx s.docx --pdf s.pdf', () => {
  it('writes both files: a DOCX LibreOffice converts with the results paragraphs, and a Letter PDF with the letterhead on page 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'release-desk-export-'))
    const docx = join(dir, 's.docx')
    const pdf = join(dir, 's.pdf')
    const result = await cli({}, 'export', SAMPLE, '--docx', docx, '--pdf', pdf)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(`wrote ${docx}`)
    expect(result.stderr).toContain(`wrote ${pdf}`)

    const converted = convertDocxToPdf(docx, dir)
    const docxText = flat((await run('pdftotext', [converted, '-'])).stdout)
    expect(docxText).toContain(
      'Second quarter sales increased by more than 50% from the previous quarter and were 19% ahead of the same quarter in fiscal 2005.',
    )
    expect(docxText).toContain(
      'The Company reported a net loss of $(168,000) or $(0.02) per share on revenue of $5.6 million for the quarter',
    )

    expect((await run('pdfinfo', [pdf])).stdout).toMatch(/Page size:\s+612 x 792 pts \(letter\)/)
    const pageOne = flat((await run('pdftotext', ['-f', '1', '-l', '1', pdf, '-'])).stdout)
    expect(pageOne).toContain('105 Norton Street')
    const images = (await run('pdfimages', ['-list', pdf])).stdout.trim().split('\n').slice(2)
    expect(images.some((line) => /^\s*1\s/.test(line))).toBe(true)
  })

  it('exits 2 with one line when there is no Chromium for the PDF, and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'release-desk-export-'))
    const result = await cli(
      { RELEASE_DESK_CHROMIUM: join(dir, 'no-chromium') },
      'export',
      SAMPLE,
      '--docx',
      join(dir, 's.docx'),
      '--pdf',
      join(dir, 's.pdf'),
    )
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toEqual([
      `release-desk: RELEASE_DESK_CHROMIUM=${join(dir, 'no-chromium')}: no executable Chromium there`,
    ])
    await expect(run('ls', [join(dir, 's.docx')])).rejects.toBeDefined()
  })
})
