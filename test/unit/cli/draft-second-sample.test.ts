import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../../electron/cli/main'
import { fieldText } from '../../../renderer/src/release/field-text'
import { readReleaseDocument, serializeReleaseDocument } from '../../../renderer/src/release/load-document'
import type { ComparisonPair } from '../../../renderer/src/release/measures'
import { releaseFacts } from '../../../renderer/src/release/release-facts'
import { SECOND_SAMPLE_FIGURES, withCompanyWords } from '../../support/make-second-sample'

/**
 * The second sample as a user makes it from the command line: `draft` of its figures file, the
 * company's own words filled in, `export` to text, and `check` of that text with the figures.
 */

let dir = ''
let text = ''
let drafted = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'release-desk-second-sample-'))
  drafted = join(dir, 'draft.json')
  expect(await runCli(['draft', SECOND_SAMPLE_FIGURES, '-o', drafted], { warn: () => undefined })).toBe(0)
  const loaded = readReleaseDocument(await readFile(drafted, 'utf8'))
  if (!loaded.ok) throw new Error(loaded.error)
  const filled = join(dir, 'filled.json')
  await writeFile(filled, serializeReleaseDocument(withCompanyWords(loaded.value)))
  const textPath = join(dir, 'filled.txt')
  expect(await runCli(['export', filled, '--text', textPath], { warn: () => undefined })).toBe(0)
  text = await readFile(textPath, 'utf8')
})

afterEach(() => {
  vi.restoreAllMocks()
})

/** What `check` prints on standard output, line by line, and its exit code. */
async function check(...argv: string[]): Promise<{ readonly code: number; readonly lines: readonly string[] }> {
  const written: string[] = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk))
    return true
  })
  // Findings go to standard output, the count to standard error: both are what the user reads.
  const code = await runCli(['check', ...argv], { warn: (line) => written.push(`${line}\n`) })
  vi.restoreAllMocks()
  return { code, lines: written.join('').split('\n').filter((line) => line.trim() !== '') }
}

async function checkText(body: string): Promise<{ readonly code: number; readonly lines: readonly string[] }> {
  const path = join(dir, `planted-${Math.random().toString(36).slice(2)}.txt`)
  await writeFile(path, body)
  return check(path, '--figures', SECOND_SAMPLE_FIGURES)
}

// Worked by hand from the figures file: (current − prior) / prior, a margin's change in points.
const SENTENCES: readonly (readonly [string, ComparisonPair, string])[] = [
  ['revenue', 'previousQuarter', 'Sales increased by more than 5% from the previous quarter'],
  ['revenue', 'yearAgoQuarter', 'Sales were 14% ahead of the same quarter in fiscal 2025'],
  ['revenue', 'yearAgoYearToDate', 'Sales increased 9% from the first nine months of fiscal 2025'],
  ['testSystemsRevenue', 'previousQuarter', 'Test Systems revenue increased 6% from the previous quarter'],
  ['testSystemsRevenue', 'yearAgoQuarter', 'Test Systems revenue increased 12% from the same quarter in fiscal 2025'],
  ['testSystemsRevenue', 'yearAgoYearToDate', 'Test Systems revenue increased 8% from the first nine months of fiscal 2025'],
  ['sensorsRevenue', 'previousQuarter', 'Sensors revenue increased 5% from the previous quarter'],
  ['sensorsRevenue', 'yearAgoQuarter', 'Sensors revenue increased 17% from the same quarter in fiscal 2025'],
  ['sensorsRevenue', 'yearAgoYearToDate', 'Sensors revenue increased 12% from the first nine months of fiscal 2025'],
  ['grossProfit', 'previousQuarter', 'Gross profit increased 8% from the previous quarter'],
  ['grossProfit', 'yearAgoQuarter', 'Gross profit increased 21% from the same quarter in fiscal 2025'],
  ['grossProfit', 'yearAgoYearToDate', 'Gross profit increased 13% from the first nine months of fiscal 2025'],
  ['grossMargin', 'previousQuarter', 'Gross margin improved 1.0 percentage point to 40.5% from 39.5% in the previous quarter'],
  ['grossMargin', 'yearAgoQuarter', 'Gross margin improved 2.5 percentage points to 40.5% from 38.0% in the same quarter in fiscal 2025'],
  [
    'grossMargin',
    'yearAgoYearToDate',
    'Gross margin for the first nine months of fiscal 2026 improved 1.4 percentage points to 39.8% from 38.4% in the first nine months of fiscal 2025',
  ],
  ['operatingIncome', 'previousQuarter', 'Operating income increased 14% from the previous quarter'],
  ['operatingIncome', 'yearAgoQuarter', 'Operating income increased 38% from the same quarter in fiscal 2025'],
  ['operatingIncome', 'yearAgoYearToDate', 'Operating income increased 29% from the first nine months of fiscal 2025'],
  ['netIncome', 'previousQuarter', 'Net income increased 17% from the previous quarter'],
  ['netIncome', 'yearAgoQuarter', 'Net income increased 45% from the same quarter in fiscal 2025'],
  ['netIncome', 'yearAgoYearToDate', 'Net income increased 30% from the first nine months of fiscal 2025'],
  ['dilutedEps', 'previousQuarter', 'Diluted earnings per share increased 13% from the previous quarter'],
  ['dilutedEps', 'yearAgoQuarter', 'Diluted earnings per share increased 44% from the same quarter in fiscal 2025'],
  ['dilutedEps', 'yearAgoYearToDate', 'Diluted earnings per share increased 28% from the first nine months of fiscal 2025'],
  ['adjustedDilutedEps', 'previousQuarter', 'Adjusted diluted earnings per share increased 15% from the previous quarter'],
  ['adjustedDilutedEps', 'yearAgoQuarter', 'Adjusted diluted earnings per share increased 41% from the same quarter in fiscal 2025'],
  ['adjustedDilutedEps', 'yearAgoYearToDate', 'Adjusted diluted earnings per share increased 25% from the first nine months of fiscal 2025'],
]

// A wrong percent (or points) planted on each new measure of the sample, in the drafted text.
const PLANTED: readonly (readonly [string, string, string])[] = [
  ['gross profit', 'gross profit increased 21% from the same quarter', 'gross profit increased 31% from the same quarter'],
  ['gross profit', 'gross profit increased 13% from the first nine months', 'gross profit increased 18% from the first nine months'],
  ['gross margin', 'improved 2.5 percentage points to 40.5%', 'improved 3.5 percentage points to 40.5%'],
  ['gross margin', 'improved 1.0 percentage point to 40.5%', 'improved 10 basis points to 40.5%'],
  ['operating income', 'operating income increased 38% from the same quarter', 'operating income increased 28% from the same quarter'],
  ['operating income', 'from the same quarter in fiscal 2025 and increased 14% from the previous quarter', 'from the same quarter in fiscal 2025 and increased 41% from the previous quarter'],
  ['Test Systems revenue', 'Test Systems revenue increased 12% from the same quarter', 'Test Systems revenue increased 22% from the same quarter'],
  ['Test Systems revenue', 'Test Systems revenue increased 8% from the first nine months', 'Test Systems revenue increased 10% from the first nine months'],
  ['Sensors revenue', 'Sensors revenue increased 17% from the same quarter', 'Sensors revenue increased 7% from the same quarter'],
  ['Sensors revenue', 'Sensors revenue increased 17% from the same quarter in fiscal 2025 and increased 5%', 'Sensors revenue increased 17% from the same quarter in fiscal 2025 and increased 15%'],
  ['adjusted diluted EPS', 'adjusted diluted earnings per share increased 41% from the same quarter', 'adjusted diluted earnings per share increased 14% from the same quarter'],
  ['adjusted diluted EPS', 'adjusted diluted earnings per share increased 25% from the first nine months', 'adjusted diluted earnings per share increased 52% from the first nine months'],
]

describe('the second sample drafted with `draft` and checked with `check`', () => {
  it('leaves only the company’s own words to fill in: every finding on the raw draft is a placeholder', async () => {
    const { lines } = await check(drafted)
    const findings = lines.filter((line) => /^(?:error|warning) /.test(line))
    expect(findings.length).toBeGreaterThan(0)
    for (const line of findings) expect(line).toMatch(/^error (?:draft|quote|boilerplate|contact) ¶\d+ "\[/)
  })

  it('finds nothing at all in the text, once the quote, boilerplate and contact are written', async () => {
    const { code, lines } = await checkText(text)
    expect(lines).toEqual(['0 errors, 0 warnings'])
    expect(code).toBe(0)
  })

  it('states each comparison of each measure rightly: one sentence per measure and pair the sample gives', async () => {
    const loaded = readReleaseDocument(await readFile(drafted, 'utf8'))
    if (!loaded.ok) throw new Error(loaded.error)
    const facts = releaseFacts(loaded.value)
    const stated = SENTENCES.map(([measure, pair]) =>
      fieldText({ kind: 'comparison', measure, pair, withSubject: true, textCase: 'sentence' }, facts),
    )
    expect(stated).toEqual(SENTENCES.map(([, , sentence]) => sentence))
    // The drafted text itself states the new measures' comparisons, in the same words.
    // (Revenue's year to date, net income and EPS are stated there as levels, not as changes.)
    const flat = text.replace(/\s+/g, ' ')
    for (const [measure, pair, sentence] of SENTENCES) {
      if (['netIncome', 'dilutedEps'].includes(measure) || (measure === 'revenue' && pair === 'yearAgoYearToDate')) continue
      // After its first comparison a paragraph states the next without the subject: "… and increased 6% from …".
      const predicate = sentence.replace(/^.*? (?=(?:increased|improved|were) )/, '')
      expect(flat, `${measure} ${pair}`).toContain(predicate)
    }
  })

  it.each(PLANTED)('catches a wrong change planted on %s: "%s" made "%s"', async (_measure, right, wrong) => {
    expect(text).toContain(right)
    const { code, lines } = await checkText(text.replace(right, wrong))
    // The planted figure is the last one of the wrong words, and the error quotes it.
    const quoted = [...wrong.matchAll(/(\d+(?:\.\d+)?)(?:%| percentage| basis)/g)].pop()?.[1] ?? ''
    expect(lines.filter((line) => line.startsWith('error') && line.includes(quoted))).not.toEqual([])
    expect(code).not.toBe(0)
  })
})
