import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../../renderer/src/release/checks/finding'
import { draftFromFigures } from '../../../renderer/src/release/figures-file'
import { tiedOutFiguresFile } from '../release/checks/figures-arbitrary'
import { applyFix, findingsOnSentence, sentenceText, withSentence } from './release-sentence'

// §4 of issue 10 for periods: a quarter still to come stated as a fact is an error whose fix,
// applied, names this release's quarter and passes; the same quarter in someone's quoted words or
// in guidance gets neither an error nor a fix, in releases of any quarter and year.

const ORDINALS = ['First', 'Second', 'Third', 'Fourth'] as const

const errorsIn = (findings: readonly Finding[]): readonly Finding[] =>
  findings.filter((entry) => entry.severity === 'error')

const said = (findings: readonly Finding[]): string =>
  findings.map((entry) => `${entry.rule}: ${entry.message}`).join('\n') || 'nothing'

describe('period fixes are true across generated releases', () => {
  it(
    'fixes a later quarter stated as fact, and leaves it alone when quoted or forecast',
    () => {
      fc.assert(
        fc.property(tiedOutFiguresFile, (file) => {
          const document = draftFromFigures(file)
          // The quarter after this one: still to come (the fourth's next is the first of next year).
          const later = ORDINALS[file.quarter % 4] ?? 'First'
          const fact = withSentence(document, `${later} quarter sales were strong.`)
          const errors = errorsIn(findingsOnSentence(fact))
          expect(errors.length, `"${later} quarter sales were strong." in Q${file.quarter}`).toBe(1)
          for (const entry of errors) {
            expect(entry.fixes?.length ?? 0).toBeGreaterThan(0)
            for (const fix of entry.fixes ?? []) {
              const fixed = applyFix(fact, entry, fix)
              expect(sentenceText(fixed)).toBe(
                `${ORDINALS[file.quarter - 1] ?? ''} quarter sales were strong.`,
              )
              expect(said(errorsIn(findingsOnSentence(fixed)))).toBe('nothing')
            }
          }
          for (const words of [
            `“${later} quarter sales were strong,” said the CEO.`,
            `We expect ${later.toLowerCase()} quarter sales to be strong.`,
          ]) {
            const findings = findingsOnSentence(withSentence(document, words))
            expect(findings.flatMap((entry) => entry.fixes ?? []), words).toEqual([])
            expect(said(errorsIn(findings)), words).toBe('nothing')
          }
        }),
        // Seeded, so every run of the suite tries the same releases.
        { numRuns: 40, endOnFailure: true, seed: 20261202 },
      )
    },
    // A hang guard, not a speed target, on a shared 2-core machine.
    120_000,
  )
})
