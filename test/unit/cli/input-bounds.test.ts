import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * Files built to exhaust the command line, run as a real process with a small heap, so that
 * running out of memory shows as what the person would see: a crash (exit 134 and a native stack
 * trace) instead of one line and exit code 2.
 */

const ROOT = resolve(__dirname, '../../..')
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
  it('is refused in one line, in a small heap, when it nests 250 deep over a million values', async () => {
    // 1,000 lists of 1,000 zeros, 250 levels down: 2 MB on disk, no list over the list limit,
    // so the nesting guard walks every value.
    const leaves = Array.from({ length: 1_000 }, () => `[${'0,'.repeat(999)}0]`).join(',')
    const path = join(dir, 'deep.release.json')
    await writeFile(
      path,
      `{"formatVersion":1,"company":${'['.repeat(249)}${leaves}${']'.repeat(249)}}`,
    )
    const run = await cli(160, 'check', path)
    expect(run.code).toBe(2)
    expect(lines(run.stderr)).toEqual([
      `release-desk: ${path}: company: Invalid input: expected object, received array`,
    ])
  }, 60_000)

  it('names the list when one list holds a million values', async () => {
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
