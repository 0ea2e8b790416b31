import { readFileSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { vi } from 'vitest'
import { runCli } from '../../../electron/cli/main'
import type { ReleaseDocument } from '../../../renderer/src/release/document-schema'
import { readReleaseDocument, serializeReleaseDocument } from '../../../renderer/src/release/load-document'
import { withSentence } from '../claims-promise/release-sentence'
import type { Said } from '../claims-promise/why-judge'
import { whyMismatch } from '../claims-promise/why-judge'
import type { WhyCase } from '../claims-promise/why-table'

// `release-desk check` (what `npm run cli -- check` runs) on the sample release with one typed
// sentence: the exit code and the lines it prints, for the tests of issue 10's Why.

export const ROOT = resolve(__dirname, '../../..')
const SAMPLE = join(ROOT, 'assets/samples/iec-q2-fiscal-2006.release.json')
let dir: string | null = null

/** The sample with its one error, the stale web address, put right: any error is then the sentence's. */
export function cleanSample(): ReleaseDocument {
  const read = readReleaseDocument(
    readFileSync(SAMPLE, 'utf8').replace('3rd-quarter06release', '2nd-quarter06release'),
  )
  if (!read.ok) throw new Error(read.error)
  return read.value
}

/** What one run printed, and its exit code. */
export interface Checked {
  readonly code: number
  readonly lines: readonly string[]
}

/** A fresh folder for this test file's release files. */
export async function releaseFolder(): Promise<string> {
  dir ??= await mkdtemp(join(tmpdir(), 'release-desk-why-'))
  return dir
}

let files = 0
/** Writes the release to a file and checks it as the command line does. */
export async function check(document: ReleaseDocument): Promise<Checked> {
  files += 1
  const path = join(await releaseFolder(), `why-${files}.release.json`)
  await writeFile(path, serializeReleaseDocument(document))
  const written: string[] = []
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
    return true
  })
  try {
    const code = await runCli(['check', path], { warn: () => undefined })
    return {
      code,
      lines: written
        .join('')
        .split('\n')
        .filter((line) => line !== ''),
    }
  } finally {
    spy.mockRestore()
  }
}

/** The findings printed at one paragraph of the results, "error results ¶4 "words": message". */
export function saidAt(lines: readonly string[], paragraph: number): readonly Said[] {
  return lines.flatMap((line) => {
    const match = /^(error|warning) results \u00b6(\d+) "(.*?)": (.*)$/.exec(line)
    if (match === null || Number(match[2]) !== paragraph) return []
    const severity = match[1] === 'error' ? 'error' : 'warning'
    return [{ severity, quote: match[3] ?? '', message: match[4] ?? '' }]
  })
}

/** The typed paragraph is the results' fourth: the sample has three. */
export const TYPED = 4

/** What is wrong with the run on one sentence of the Why (its line and exit code), or null. */
export async function checkCase(entry: WhyCase, document = cleanSample()): Promise<string | null> {
  const { code, lines } = await check(withSentence(document, entry.sentence).document)
  const wrong = whyMismatch(entry, saidAt(lines, TYPED))
  if (wrong !== null) return `${wrong}\nprinted:\n${lines.join('\n')}`
  const expected = entry.error === null ? 0 : 1
  return code === expected
    ? null
    : `"${entry.sentence}" exits ${code}, not ${expected}:\n${lines.join('\n')}`
}
