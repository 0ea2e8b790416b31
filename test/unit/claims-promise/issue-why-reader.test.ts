import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ReleaseDocument } from '../../../renderer/src/release/document-schema'
import { readReleaseDocument } from '../../../renderer/src/release/load-document'
import { findingsOnSentence, withSentence } from './release-sentence'
import { whyMismatch } from './why-judge'
import { READER_BULLETS } from './why-table'
import { checkCase } from '../cli/why-cli'

// The Why items of issue 10 that depend on the claim reader (a subject qualified after the
// measure, cents, "negative $0.04"), which is being reworked on other branches. They fail on this
// branch by design and are to be run once that work is merged.

const SAMPLE = resolve(__dirname, '../../../assets/samples/iec-q2-fiscal-2006.release.json')

function sample(): ReleaseDocument {
  const read = readReleaseDocument(readFileSync(SAMPLE, 'utf8'))
  if (!read.ok) throw new Error(read.error)
  return read.value
}

describe('Why: the items the claim reader decides', () => {
  it.each(READER_BULLETS.map((bullet) => [bullet.why, bullet] as const))('%s', (_why, bullet) => {
    const problems = bullet.cases
      .map((entry) =>
        whyMismatch(entry, findingsOnSentence(withSentence(sample(), entry.sentence))),
      )
      .filter((problem): problem is string => problem !== null)
    expect(problems).toEqual([])
  })
})

describe('Why: the items the claim reader decides, through release-desk check', () => {
  it.each(READER_BULLETS.map((bullet) => [bullet.why, bullet] as const))(
    '%s',
    async (_why, bullet) => {
      const problems: string[] = []
      for (const entry of bullet.cases) {
        const problem = await checkCase(entry)
        if (problem !== null) problems.push(problem)
      }
      expect(problems).toEqual([])
    },
  )
})
