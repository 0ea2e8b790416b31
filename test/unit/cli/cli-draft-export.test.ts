import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/main'

const ROOT = resolve(__dirname, '../../..')
const SAMPLE_FIGURES = join(ROOT, 'assets/samples/iec-q2-fiscal-2006.figures.json')
let dir = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'release-desk-cli-'))
})

async function run(...argv: string[]): Promise<{ code: number; stderr: string[] }> {
  const stderr: string[] = []
  const code = await runCli(argv, { warn: (line) => stderr.push(line) })
  return { code, stderr }
}

async function figuresFile(name: string, text: string): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, text)
  return path
}

const sampleFigures = async (): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(SAMPLE_FIGURES, 'utf8')) as Record<string, unknown>

describe('release-desk draft and export', () => {
  it('drafts the sample from its figures and prints a release stating every fact of the seed, losses in words', async () => {
    const release = join(dir, 'r.json')
    expect((await run('draft', SAMPLE_FIGURES, '-o', release)).code).toBe(0)
    const textPath = join(dir, 'r.txt')
    const exported = await run('export', release, '--text', textPath)
    expect(exported.code).toBe(0)
    const text = (await readFile(textPath, 'utf8')).replace(/\s+/g, ' ')
    for (const fact of [
      'sales increased by more than 50% from the previous quarter',
      'were 19% ahead of the same quarter in fiscal 2005',
      'a net loss of $168,000 or $0.02 per share on revenue of $5.6 million for the quarter',
      'compared with a net income of $73,000 or $0.01 per share on revenue of $4.7 million for the same quarter a year ago',
      'For the first six months of fiscal 2006, the Company reported a net loss of $216,000 or $0.03 per share on revenue of $9.2 million, against a net income of $156,000 or $0.02 per share on revenue of $10.9 million',
      'the second quarter of fiscal 2006, ending March 31, 2006',
    ]) {
      expect(text).toContain(fact)
    }
    // The template states every figure given whatever is missing; with all the sample's figures it writes what it always has.
    const drafted = JSON.parse(await readFile(release, 'utf8')) as { narrative: Record<string, unknown> }
    const stored = JSON.parse(await readFile(join(ROOT, 'assets/samples/iec-q2-fiscal-2006.release.json'), 'utf8')) as {
      narrative: Record<string, unknown>
    }
    expect(drafted.narrative['results']).toEqual(stored.narrative['results'])
    expect(drafted.narrative['subheadline']).toEqual(stored.narrative['subheadline'])
    // A new release: no "a net loss of $(168,000)", which reads as a double negative.
    expect(text).not.toContain('$(')
    expect(JSON.parse(await readFile(release, 'utf8'))).toMatchObject({ style: { negative: 'words' } })
  })

  it('drafts with parentheses when the figures file asks for them', async () => {
    const path = await figuresFile('parens.json', JSON.stringify({ ...(await sampleFigures()), style: { negative: 'parenInside' } }))
    const release = join(dir, 'parens.release.json')
    expect((await run('draft', path, '-o', release)).code).toBe(0)
    const textPath = join(dir, 'parens.txt')
    expect((await run('export', release, '--text', textPath)).code).toBe(0)
    expect((await readFile(textPath, 'utf8')).replace(/\s+/g, ' ')).toContain('a net loss of $(168,000) or $(0.02) per share')
  })

  it('warns on stderr, and still succeeds, when an entered figure disagrees with the derived one', async () => {
    const figures = await sampleFigures()
    const revenue = {
      ...(figures['figures'] as Record<string, Record<string, unknown>>)['revenue'],
      previousQuarter: '3500000',
    }
    const path = await figuresFile(
      'disagree.json',
      JSON.stringify({ ...figures, figures: { ...(figures['figures'] as object), revenue } }),
    )
    const result = await run('draft', path, '-o', join(dir, 'disagree.release.json'))
    expect(result.code).toBe(0)
    expect(result.stderr.join('\n')).toMatch(
      /warning: .*disagree\.json: Revenue for the previous quarter is entered as \$3\.5 million, but the previous quarter is year to date minus this quarter, which gives \$3\.6 million/,
    )
  })

  const badFiles: [string, (sample: Record<string, unknown>) => string, RegExp][] = [
    ['invalid JSON', () => '{"company": {"name": "IEC"}, ', /: not valid JSON \(/],
    [
      'a missing quarter',
      (s) => JSON.stringify({ ...s, quarter: undefined }),
      /: quarter: expected a quarter from 1 to 4$/,
    ],
    [
      'text in a number',
      (s) => JSON.stringify({ ...s, figures: { revenue: { quarter: 'five point six' } } }),
      /: figures\.revenue\.quarter: expected an amount like 5600000 or "5\.6m", got "five point six"$/,
    ],
    [
      'quarter 5',
      (s) => JSON.stringify({ ...s, quarter: 5 }),
      /: quarter: expected a quarter from 1 to 4$/,
    ],
    [
      'a month of 13',
      (s) => JSON.stringify({ ...s, fiscalYearEndMonth: 13 }),
      /: fiscalYearEndMonth: expected a month from 1 to 12$/,
    ],
  ]

  it.each(badFiles)(
    'exits 2 with one line naming the file and the field for %s',
    async (name, make, pattern) => {
      const path = await figuresFile(
        `${name.replace(/\s+/g, '-')}.json`,
        make(await sampleFigures()),
      )
      const result = await run('draft', path)
      expect(result.code).toBe(2)
      expect(result.stderr).toHaveLength(1)
      expect(result.stderr[0]).toContain(path)
      expect(result.stderr[0]).toMatch(pattern)
    },
  )

  it('exits 2 for a file that does not exist, and for a release file that fails validation', async () => {
    expect(await run('export', join(dir, 'nope.json'), '--text', '-')).toEqual({
      code: 2,
      stderr: [`release-desk: ${join(dir, 'nope.json')}: no such file`],
    })
    const bad = await figuresFile(
      'bad.release.json',
      JSON.stringify({
        formatVersion: 1,
        company: { name: 'X' },
        period: { fiscalYear: 2006, quarter: 2 },
        figures: { netIncome: { quarter: [] } },
      }),
    )
    const result = await run('export', bad, '--text', '-')
    expect(result.code).toBe(2)
    expect(result.stderr[0]).toMatch(
      /bad\.release\.json: figures\.netIncome\.quarter: expected an amount/,
    )
  })

  it('exits 2 on a usage mistake', async () => {
    expect((await run('export', SAMPLE_FIGURES)).code).toBe(2)
    expect((await run('frobnicate')).code).toBe(2)
    expect((await run('draft', SAMPLE_FIGURES, '-o')).stderr).toEqual([
      'release-desk: -o needs a value',
    ])
  })
})

describe('the CLI as a real process', () => {
  it('prints one line and no stack trace for a bad file, with exit code 2', async () => {
    const path = await figuresFile(
      'quarter-five.json',
      JSON.stringify({ company: { name: 'IEC' }, fiscalYear: 2006, quarter: 5 }),
    )
    const tsx = join(ROOT, 'node_modules/.bin/tsx')
    const failure = await promisify(execFile)(
      tsx,
      [join(ROOT, 'electron/cli/main.ts'), 'draft', path],
      { cwd: ROOT },
    ).then(
      () => null,
      (error: { code: number; stderr: string; stdout: string }) => error,
    )
    expect(failure?.code).toBe(2)
    expect(failure?.stdout).toBe('')
    expect(failure?.stderr.trim().split('\n')).toEqual([
      `release-desk: ${path}: quarter: expected a quarter from 1 to 4`,
    ])
  }, 30_000)
})
