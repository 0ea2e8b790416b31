import { describe, expect, it } from 'vitest'
import { corpusDirectory, corpusReleaseNames, readCorpusRelease } from '../../eval/claims/corpus'
import { scoreRelease } from '../../eval/claims/corpus-score'
import { readPlantedSet } from '../../eval/claims/planted-schema'
import { factsSource, scorePlanted } from '../../eval/claims/planted-score'
import type { Finding } from '../../../renderer/src/release/checks/finding'
import { openGaps } from './open-gaps'

// The targets of `npm run eval:claims`, one test per release and per planted case, so a failure
// names what the checker got wrong. The gaps still open are listed, with their count, in
// test/fixtures/claims/open-gaps.json: a release or case there must show exactly that gap, so the
// list can only shrink (a fixed gap fails here until it is taken off the list) and never hides a
// new one.

const corpus = corpusDirectory()
const releases = corpusReleaseNames(corpus)
const planted = readPlantedSet()
const facts = factsSource(corpus)

const said = (findings: readonly Finding[]): string =>
  findings
    .map((entry) => `${entry.severity} ${entry.rule} "${entry.quote}": ${entry.message}`)
    .join('\n')

if (releases.length === 0) {
  // The corpus of real releases lives beside the project; without it only the planted set runs.
  console.log(
    `The claims corpus is not at ${corpus}: its targets are not checked (set CLAIMS_CORPUS).`,
  )
}

describe.skipIf(releases.length === 0)('the corpus of real releases', () => {
  it.each(releases)(
    '%s: every inconsistent claim about a measure of the release is an error, and no other error',
    (name) => {
      const score = scoreRelease(readCorpusRelease(corpus, name))
      const gap = openGaps.corpus[name]
      expect(score.crash).toBeNull()
      if (gap === undefined) {
        expect(score.missed.map((entry) => entry.claim.claim)).toEqual([])
        expect(score.falseErrors.map((entry) => said([entry.finding]))).toEqual([])
        return
      }
      const falseErrors = score.falseErrors.map((entry) => said([entry.finding]))
      console.log(`${name}: open gap (${gap.why}):\n  ${falseErrors.join('\n  ')}`)
      expect({ missed: score.missed.length, falseErrors: falseErrors.length }, falseErrors.join('\n')).toEqual({
        missed: gap.missed,
        falseErrors: gap.falseErrors,
      })
    },
  )
})

describe('the planted mistakes', () => {
  const runnable = planted.filter((entry) => facts(entry.release) !== null)
  const skipped = planted.length - runnable.length
  if (skipped > 0)
    console.log(
      `${skipped} planted cases are set against corpus releases that are not here; they are not checked.`,
    )

  it('cover every kind of claim at least three times', () => {
    const counts = new Map<string, number>()
    for (const entry of planted) counts.set(entry.kind, (counts.get(entry.kind) ?? 0) + 1)
    for (const [kind, count] of counts) expect(count, kind).toBeGreaterThanOrEqual(3)
  })

  it.each(runnable.map((entry) => [entry.id, entry] as const))(
    '%s: the mistake is an error at its words, its true twin gets none',
    (id, entry) => {
      const result = scorePlanted(entry, facts)
      expect(result.crash).toBeNull()
      const gap = openGaps.planted[id]
      if (gap !== undefined) {
        console.log(`${id}: open gap, not yet caught (${gap}): "${entry.mistake.text}"`)
        expect(result.caughtBy, `${id} is caught now: take it off open-gaps.json`).toEqual([])
        expect(said(result.falseErrors), `"${entry.truth.text}"`).toBe('')
        return
      }
      expect(
        result.caughtBy.length,
        `"${entry.mistake.text}" at "${entry.mistake.words}"; the checker said:\n${said(result.mistakeFindings) || 'nothing'}`,
      ).toBeGreaterThan(0)
      expect(said(result.falseErrors), `"${entry.truth.text}"`).toBe('')
    },
  )
})
