import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { textParagraphs } from '../../../electron/cli/draft-text'
import { runCli } from '../../../electron/cli/main'

// Issue 10's false claims and true sentences, in a text draft checked by `release-desk check`
// against the sample's figures, as a communications team would run it before sending.

const ROOT = resolve(__dirname, '../../..')
const FIGURES = join(ROOT, 'assets/samples/iec-q2-fiscal-2006.figures.json')
const CLEAN = join(ROOT, 'test/fixtures/drafts/iec-q2-2006-clean.txt')
let dir = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'release-desk-claims-'))
})

afterEach(() => {
  vi.restoreAllMocks()
})

async function checkDraft(
  name: string,
  sentences: readonly string[],
): Promise<{ code: number; lines: string[] }> {
  const draft = join(dir, name)
  await writeFile(draft, `${await readFile(CLEAN, 'utf8')}\n\n${sentences.join('\n\n')}\n`)
  const written: string[] = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
    return true
  })
  const code = await runCli(['check', draft, '--figures', FIGURES], { warn: () => undefined })
  vi.restoreAllMocks()
  return {
    code,
    lines: written
      .join('')
      .split('\n')
      .filter((line) => line !== ''),
  }
}

/** Each false claim, and the words its error line must quote. */
const FALSE_CLAIMS: readonly (readonly [string, string])[] = [
  ['Sales for the first six months decreased by more than 20%.', 'more than 20%'],
  ['Sales rose 56% year over year.', '56%'],
  ['Net loss widened to $168,000 from $73,000 a year ago.', '$73,000'],
  ['Diluted EPS rose to $0.02 from $0.01 a year ago.', '$0.02'],
  ['Net income was $1.68 million for the quarter.', '$1.68 million'],
  ['Sales were essentially flat with the previous quarter.', 'flat'],
  [
    'IEC today announced results for the first quarter of fiscal 2006.',
    'first quarter of fiscal 2006',
  ],
]

const TRUE_SENTENCES: readonly string[] = [
  'Aerospace sales rose 40% from the previous quarter.',
  'Second-quarter sales increased 19% to $5.6 million.',
  'During the second quarter of last year, a customer moved its orders to another supplier.',
  'We are confident about the fourth quarter.',
]

describe('release-desk check on the issue’s sentences', () => {
  it('exits 1 and prints an error line at the words of each false claim', async () => {
    const result = await checkDraft(
      'false-claims.txt',
      FALSE_CLAIMS.map(([sentence]) => sentence),
    )
    expect(result.code).toBe(1)
    const first = textParagraphs(await readFile(CLEAN, 'utf8')).length + 1
    FALSE_CLAIMS.forEach(([sentence, words], index) => {
      // "error draft ¶12 "the words": the message", on the sentence's own paragraph.
      const quoted = result.lines
        .map((line) => /^error draft \u00b6(\d+) "(.*?)": /.exec(line))
        .filter((match) => match !== null && Number(match[1]) === first + index)
        .map((match) => match?.[2] ?? '')
      expect(
        quoted.some((quote) => quote.includes(words) || words.includes(quote)),
        `no error line quotes "${words}" of "${sentence}":\n${result.lines.join('\n')}`,
      ).toBe(true)
    })
  })

  it('exits 0 on the true sentences: no error', async () => {
    const result = await checkDraft('true-sentences.txt', TRUE_SENTENCES)
    expect(result.lines.filter((line) => line.startsWith('error '))).toEqual([])
    expect(result.code).toBe(0)
  })
})
