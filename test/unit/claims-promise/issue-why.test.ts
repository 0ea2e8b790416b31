import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkRelease } from '../../../renderer/src/release/checks/check-release'
import type { Finding } from '../../../renderer/src/release/checks/finding'
import type { ReleaseDocument } from '../../../renderer/src/release/document-schema'
import { readReleaseDocument, serializeReleaseDocument } from '../../../renderer/src/release/load-document'
import { rich } from '../../../renderer/src/release/narrative-builders'
import { releaseFacts } from '../../../renderer/src/release/release-facts'
import { applyFix, findingsOnSentence, sentenceText, withSentence } from './release-sentence'
import { whyMismatch } from './why-judge'
import type { WhyBullet } from './why-table'
import { FALSE_CLAIMS, FORMS, IN_THOUSANDS, ROUNDED, TRUE_SENTENCES } from './why-table'
import { withRows } from '../../support/figure-rows'
import { textLocation } from '../../../renderer/src/release/checks/finding'

// Issue 10's "Why", bullet by bullet, typed into the sample release's results and checked as the
// app checks it. The CLI test and the E2E test read the same table (why-table.ts).

const SAMPLE = resolve(__dirname, '../../../assets/samples/iec-q2-fiscal-2006.release.json')

function sample(): ReleaseDocument {
  const read = readReleaseDocument(readFileSync(SAMPLE, 'utf8'))
  if (!read.ok) throw new Error(read.error)
  return read.value
}

const errorsIn = (findings: readonly Finding[]): readonly Finding[] =>
  findings.filter((entry) => entry.severity === 'error')

const said = (findings: readonly Finding[]): string =>
  findings.map((entry) => `${entry.rule}: ${entry.message}`).join('\n') || 'no error'

/** Every sentence of a bullet checked on its own in the sample, with what went wrong. */
function mismatches(bullet: WhyBullet, document = sample()): readonly string[] {
  return bullet.cases
    .map((entry) => whyMismatch(entry, findingsOnSentence(withSentence(document, entry.sentence))))
    .filter((problem): problem is string => problem !== null)
}

const named = (bullets: readonly WhyBullet[]) =>
  bullets.map((bullet) => [bullet.why, bullet] as const)

describe('Why: the false claims it passed are errors at their words', () => {
  it.each(named(FALSE_CLAIMS))('%s', (_why, bullet) => {
    expect(mismatches(bullet)).toEqual([])
  })
})

describe('Why: the true sentences it called wrong get no error', () => {
  it.each(named(TRUE_SENTENCES))('%s', (_why, bullet) => {
    expect(mismatches(bullet)).toEqual([])
  })

  it('a percent from rounded figures is judged only outside what their rounding allows', () => {
    const document = sample()
    const rounded: ReleaseDocument = {
      ...document,
      figures: withRows(document.figures, { revenue: { quarter: ROUNDED.quarter,
          yearAgoQuarter: ROUNDED.yearAgoQuarter,
          yearToDate: null,
          yearAgoYearToDate: null, } }),
    }
    const read = readReleaseDocument(serializeReleaseDocument(rounded))
    if (!read.ok) throw new Error(read.error)
    const bullet: WhyBullet = {
      why: 'rounded figures',
      cases: [
        { sentence: ROUNDED.truth, error: null },
        { sentence: ROUNDED.wrong, error: { at: ROUNDED.wrongAt, says: ROUNDED.says } },
      ],
    }
    expect(mismatches(bullet, read.value)).toEqual([])
  })

  it('table amounts under "(in thousands)" are read at that scale', () => {
    const withHeading = withSentence(sample(), IN_THOUSANDS.heading)
    const table = withSentence(withHeading.document, IN_THOUSANDS.row)
    expect(said(errorsIn(findingsOnSentence(table)))).toBe('no error')
    // Without the heading the same row is at the wrong scale: the heading is what makes it true.
    const bare = withSentence(sample(), IN_THOUSANDS.row)
    expect(errorsIn(findingsOnSentence(bare)).map((entry) => entry.rule)).toContain('wrong-scale')
  })
})

describe('Why: the forms people write are read', () => {
  it.each(named(FORMS))('%s', (_why, bullet) => {
    expect(mismatches(bullet)).toEqual([])
  })
})

/** The sample with one paragraph as the whole of the CEO's quote. */
function withQuote(document: ReleaseDocument, words: string): readonly Finding[] {
  const quote = { ...document.narrative.quote, text: rich.doc(rich.paragraph(words)) }
  const next = { ...document, narrative: { ...document.narrative, quote } }
  return checkRelease(releaseFacts(next)).filter((entry) => entry.location?.block === 'quote')
}

describe('Why: fixes that are true', () => {
  it('never offers "rose" for a fall to a loss, and every fix it offers gives a true sentence', () => {
    const release = withSentence(sample(), 'EPS fell to $0.02 from $0.01.')
    const findings = findingsOnSentence(release)
    const fixes = findings.flatMap((entry) => entry.fixes ?? [])
    expect(fixes.length).toBeGreaterThan(0)
    expect(fixes.filter((fix) => fix.kind === 'replace' && /\brose\b/i.test(fix.text))).toEqual([])
    // The error calls the sign wrong, which is what is false.
    expect(said(errorsIn(findings))).toMatch(/\$\(0\.02\)/)
    for (const entry of findings) {
      for (const fix of entry.fixes ?? []) {
        const fixed = applyFix(release, entry, fix)
        expect(
          errorsIn(findingsOnSentence(fixed)),
          `after ${JSON.stringify(fix)}: "${sentenceText(fixed)}"`,
        ).toEqual([])
      }
    }
  })

  it.each([
    ['Sales for the first six months decreased 12% from the same period last year.', '16%'],
    ['Sales for the first six months decreased 12%.', '16%'],
  ])('fixes "%s" with the six-month change, never the sequential one', (sentence, right) => {
    const release = withSentence(sample(), sentence)
    const errors = errorsIn(findingsOnSentence(release))
    const fixes = errors.flatMap((entry) => entry.fixes ?? [])
    expect(fixes.length, said(errors)).toBeGreaterThan(0)
    for (const entry of errors) {
      for (const fix of entry.fixes ?? []) {
        const text = sentenceText(applyFix(release, entry, fix))
        expect(text, JSON.stringify(fix)).toContain(right)
        expect(text).not.toMatch(/56%|19%/)
        expect(errorsIn(findingsOnSentence(applyFix(release, entry, fix))), text).toEqual([])
      }
    }
  })

  it('a wrong direction and a wrong base in one claim: each fix alone still leaves an error, both give the truth', () => {
    const release = withSentence(
      sample(),
      'Sales for the first six months increased 56% from the same period last year.',
    )
    const errors = errorsIn(findingsOnSentence(release))
    expect(errors.map((entry) => entry.rule).sort()).toEqual(['direction', 'wrong-percent'])
    for (const entry of errors) {
      for (const fix of entry.fixes ?? []) {
        // One fix alone never makes the checker pass a false sentence.
        expect(errorsIn(findingsOnSentence(applyFix(release, entry, fix))).length).toBe(1)
      }
    }
    // Fixing the later words first keeps the earlier words' offsets.
    const [first, second] = [...errors].sort(
      (a, b) => (textLocation(b.location)?.start ?? 0) - (textLocation(a.location)?.start ?? 0),
    )
    if (first?.fix === undefined || second?.fix === undefined) throw new Error('two fixes expected')
    const once = applyFix(release, first, first.fix)
    const twice = applyFix(once, second, second.fix)
    expect(sentenceText(twice)).toBe(
      'Sales for the first six months decreased 16% from the same period last year.',
    )
    expect(said(errorsIn(findingsOnSentence(twice)))).toBe('no error')
  })

  it('offers no fix on a past or future period in the narrative', () => {
    const release = withSentence(
      sample(),
      'During the second quarter of last year, a customer delayed orders, and we are confident about the fourth quarter.',
    )
    expect(findingsOnSentence(release).flatMap((entry) => entry.fixes ?? [])).toEqual([])
  })

  it.each([
    '“First quarter sales were hurt by start-up costs,” said Mr. Gilbert.',
    '"First quarter sales were hurt by start-up costs," said Mr. Gilbert.',
    '“Third quarter sales should rise 40%,” said the CEO.',
  ])('offers no fix, and no error, on a quoted statement about another period: %s', (words) => {
    const findings = findingsOnSentence(withSentence(sample(), words))
    expect(findings.flatMap((entry) => entry.fixes ?? [])).toEqual([])
    expect(said(errorsIn(findings))).toBe('no error')
  })

  it.each([
    'First quarter results were impacted by start-up costs.',
    'In the first quarter we added three customers, and we expect the third quarter to be profitable.',
    'We expect sales for the first nine months to decrease 12%.',
  ])('leaves the CEO’s words about another period alone in the quote: %s', (words) => {
    const findings = withQuote(sample(), words)
    expect(findings.flatMap((entry) => entry.fixes ?? [])).toEqual([])
    expect(said(errorsIn(findings))).toBe('no error')
  })

  it.each([
    'We expect sales for the first nine months to decrease 12%.',
    'For fiscal 2007, we expect sales to grow 20%.',
    'Third quarter sales will be strong.',
  ])('offers no fix, and no error, on a forward-looking statement: %s', (words) => {
    const findings = findingsOnSentence(withSentence(sample(), words))
    expect(findings.flatMap((entry) => entry.fixes ?? [])).toEqual([])
    expect(said(findings)).toBe('no error')
  })

  it('still fixes a leftover quarter stated as this quarter’s fact in the narrative', () => {
    const release = withSentence(sample(), 'Third quarter sales were strong.')
    const errors = errorsIn(findingsOnSentence(release))
    expect(errors.map((entry) => entry.fix)).toEqual([{ kind: 'replace', text: 'Second quarter' }])
  })

  it('each fix offered on the false claims takes that error away and adds none', () => {
    for (const bullet of [...FALSE_CLAIMS, ...FORMS]) {
      for (const entry of bullet.cases) {
        const release = withSentence(sample(), entry.sentence)
        const errors = errorsIn(findingsOnSentence(release))
        for (const found of errors) {
          for (const fix of found.fixes ?? []) {
            const fixed = applyFix(release, found, fix)
            const after = errorsIn(findingsOnSentence(fixed))
            expect(
              after.length,
              `"${entry.sentence}" fixed with ${JSON.stringify(fix)} reads "${sentenceText(fixed)}": ${said(after)}`,
            ).toBeLessThan(errors.length)
          }
        }
      }
    }
  })
})
