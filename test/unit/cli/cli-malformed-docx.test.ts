/**
 * The last line of defence: were a character XML forbids ever to get past the cleaning (here the
 * cleaning is switched off), the CLI says the Word file was not written, names it, and writes
 * nothing, rather than say "wrote" of a file Word refuses to open.
 */
import { access, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../../electron/cli/main'

vi.mock('../../../renderer/src/release/clean-text', () => ({
  cleanText: (text: string) => text,
  needsCleaning: () => false,
  cleaningEdits: () => [],
}))

const SAMPLE = join(
  resolve(__dirname, '../../..'),
  'assets/samples/iec-q2-fiscal-2006.release.json',
)
let dir = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'release-desk-malformed-'))
})

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  )
}

describe('release-desk export when a Word file would not open', () => {
  it('exits 2 with one line naming the file, the part and the character, and writes no file', async () => {
    const release = join(dir, 'bad.release.json')
    const text = (await readFile(SAMPLE, 'utf8')).replace(' Announces', ' Ann\\uFFFEounces')
    await writeFile(release, text)
    const docxPath = join(dir, 'bad.docx')
    const stderr: string[] = []
    const code = await runCli(['export', release, '--docx', docxPath], {
      warn: (line) => stderr.push(line),
    })
    expect(code).toBe(2)
    expect(stderr.at(-1)).toMatch(
      new RegExp(
        `^release-desk: ${docxPath.replace(/[.\\/]/g, '\\$&')}: not written: the Word document would not open: its part word/document\\.xml holds a character XML does not allow \\(U\\+FFFE at character \\d+\\)\\.$`,
      ),
    )
    expect(stderr.some((line) => line.startsWith('wrote'))).toBe(false)
    expect(await exists(docxPath)).toBe(false)
  })
})
