import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/main'
import { readReleaseDocument } from '../../../renderer/src/release/load-document'

const ROOT = resolve(__dirname, '../../..')
// The sample holds one error: the stale "3rd-quarter06" in its web address.
const SAMPLE = join(ROOT, 'assets/samples/iec-q2-fiscal-2006.release.json')
const REASON = 'Legal approved the web address; the page goes live under it.'
let dir = ''

async function run(...argv: string[]): Promise<{ code: number; stderr: string[] }> {
  const stderr: string[] = []
  const code = await runCli(argv, { warn: (line) => stderr.push(line) })
  return { code, stderr }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

async function copyOfSample(change: (release: Record<string, unknown>) => void = () => undefined): Promise<string> {
  const release = JSON.parse(await readFile(SAMPLE, 'utf8')) as Record<string, unknown>
  change(release)
  const path = join(dir, 'q2.release.json')
  await writeFile(path, `${JSON.stringify(release, null, 2)}\n`)
  return path
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'release-desk-final-'))
})

describe('export --final: the final gate on the command line', () => {
  it('refuses a final export of a release with errors, lists each error on a line and writes nothing', async () => {
    const release = await copyOfSample()
    const before = await readFile(release, 'utf8')
    const result = await run('export', release, '--final', '--text', join(dir, 'q2.txt'), '--docx', join(dir, 'q2.docx'))
    expect(result.code).toBe(1)
    expect(result.stderr.join('\n')).toMatch(/a final release cannot be exported while the checks find 1 error.*--reason.*Nothing was written\./)
    expect(result.stderr).toContainEqual(expect.stringMatching(/^error web reference ¶1 ".*3rd-quarter06.*": /))
    expect(await exists(join(dir, 'q2.txt'))).toBe(false)
    expect(await exists(join(dir, 'q2.docx'))).toBe(false)
    expect(await readFile(release, 'utf8')).toBe(before)
  })

  it('applies the gate to a release already marked final, without --final', async () => {
    const release = await copyOfSample((r) => {
      r['status'] = { final: true, overrideReason: null }
    })
    const result = await run('export', release, '--text', join(dir, 'q2.txt'))
    expect(result.code).toBe(1)
    expect(await exists(join(dir, 'q2.txt'))).toBe(false)
  })

  it('with --reason writes the files and records the reason in the release file, nothing else changed', async () => {
    const release = await copyOfSample()
    const before = readReleaseDocument(await readFile(release, 'utf8'))
    const text = join(dir, 'q2.txt')
    const result = await run('export', release, '--final', '--reason', `  ${REASON} `, '--text', text)
    expect(result.code).toBe(0)
    expect(await readFile(text, 'utf8')).not.toMatch(/DRAFT/)
    const after = readReleaseDocument(await readFile(release, 'utf8'))
    if (!before.ok || !after.ok) throw new Error('the release file reads')
    expect(after.value.status).toEqual({ final: false, overrideReason: REASON })
    // Written back as version 2, the release is otherwise the one it was.
    expect({ ...after.value, status: null }).toEqual({ ...before.value, status: null })
    expect(result.stderr).toContain(`recorded the reason in ${release}`)
  })

  it('lets drafts and error-free final releases through, and leaves the release file alone', async () => {
    const draft = await copyOfSample()
    const before = await readFile(draft, 'utf8')
    expect((await run('export', draft, '--text', join(dir, 'draft.txt'))).code).toBe(0)
    expect(await readFile(join(dir, 'draft.txt'), 'utf8')).toMatch(/DRAFT/)
    expect(await readFile(draft, 'utf8')).toBe(before)

    const clean = await copyOfSample((r) => {
      r['narrative'] = JSON.parse(JSON.stringify(r['narrative']).replace('3rd-quarter06', '2nd-quarter06')) as unknown
    })
    const cleanBefore = await readFile(clean, 'utf8')
    expect((await run('export', clean, '--final', '--text', join(dir, 'final.txt'))).code).toBe(0)
    expect(await readFile(clean, 'utf8')).toBe(cleanBefore)
  })

  it('refuses an empty reason as a usage mistake', async () => {
    const release = await copyOfSample()
    const result = await run('export', release, '--final', '--reason', '  ', '--text', join(dir, 'q2.txt'))
    expect(result.code).toBe(2)
    expect(result.stderr).toEqual(['release-desk: --reason needs the words of the reason'])
  })
})
