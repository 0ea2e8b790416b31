import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../../../renderer/src/release/checks/finding'
import { nonGaapFindings } from '../../../../renderer/src/release/checks/non-gaap'
import { draftTextParagraph } from '../../../../renderer/src/release/checks/text-model'
import { MEASURE_CATALOGUE } from '../../../../renderer/src/release/measure-catalogue'
import { corpusDirectory, corpusReleaseNames, readCorpusRelease } from '../../../eval/claims/corpus'

// The Regulation G check over every real release of the corpus, each finding looked at by hand:
// the releases that state GAAP figures before adjusted ones (MSA, Patterson, MPWR, RealNetworks,
// Medical Action, Fortune's EBITDA, MTS) pass, and the one that does not fires. Valspar's
// highlights lead with "Fourth-Quarter Adjusted Net Income per Share Increases 10.5 percent", and
// its GAAP EPS ("reported earnings per share in 2008 were $0.35") comes only in the body, after
// the adjusted $0.42: what SEC staff C&DI 102.10 calls a non-GAAP measure preceding its GAAP one.
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  valspar_fy2008_q4: ['"Adjusted Net Income per Share" before “earnings per share” ($0.35)'],
}

const corpus = corpusDirectory()
const releases = corpusReleaseNames(corpus)

if (releases.length === 0)
  console.log(
    `The claims corpus is not at ${corpus}: the Regulation G corpus test does not run (set CLAIMS_CORPUS).`,
  )

const described = (findings: readonly Finding[]): string[] =>
  findings.map((entry) => {
    const gaap = /\(“([^”]+)”\)/.exec(entry.message)?.[1] ?? 'nothing'
    const figure = /State \S+(?: \S+)? of (\S+)/.exec(entry.message)?.[1] ?? 'no figure'
    return `"${entry.quote}" before “${gaap}” (${figure})`
  })

/** Each line of a release's text a paragraph, as a Word draft gives each bullet and table row its own. */
function releaseLines(name: string): readonly string[] {
  const lines: string[] = []
  let preceding = false
  for (const line of readFileSync(join(corpus, `${name}.txt`), 'utf8').split(/\r?\n/)) {
    if (line.startsWith('=== SOURCE')) {
      // A preceding release is kept for its figures only.
      preceding = /\bpreceding\b/i.test(line)
      continue
    }
    if (!preceding && line.trim() !== '') lines.push(line.trim())
  }
  return lines
}

describe.skipIf(releases.length === 0)('Regulation G over the corpus of real releases', () => {
  it.each(releases)('%s, line by line', (name) => {
    const paragraphs = releaseLines(name).map((text, index) => draftTextParagraph(text, index))
    expect(described(nonGaapFindings(paragraphs, MEASURE_CATALOGUE))).toEqual(EXPECTED[name] ?? [])
  })

  it.each(releases)('%s, paragraphs as the claims eval joins them', (name) => {
    const paragraphs = readCorpusRelease(corpus, name).paragraphs.map((text, index) =>
      draftTextParagraph(text, index),
    )
    expect(described(nonGaapFindings(paragraphs, MEASURE_CATALOGUE))).toEqual(EXPECTED[name] ?? [])
  })
})
