import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../../renderer/src/release/checks/finding'
import type { ReleaseDocument } from '../../../renderer/src/release/document-schema'
import { readReleaseDocument } from '../../../renderer/src/release/load-document'
import { applyFix, findingsOnSentence, sentenceText, withSentence } from './release-sentence'

// Issue 10's "Why", sentence by sentence, typed into the sample release's results and checked
// as the app checks it.

const SAMPLE = resolve(__dirname, '../../../assets/samples/iec-q2-fiscal-2006.release.json')

function sample(): ReleaseDocument {
  const read = readReleaseDocument(readFileSync(SAMPLE, 'utf8'))
  if (!read.ok) throw new Error(read.error)
  return read.value
}

const errorsIn = (findings: readonly Finding[]): readonly Finding[] =>
  findings.filter((entry) => entry.severity === 'error')

/** The errors on the words `words` of `sentence`. */
function errorsAt(sentence: string, words: string, document = sample()): readonly Finding[] {
  const start = sentence.indexOf(words)
  if (start < 0) throw new Error(`"${words}" is not in "${sentence}"`)
  const end = start + words.length
  return errorsIn(findingsOnSentence(withSentence(document, sentence))).filter(
    (entry) =>
      entry.location !== null &&
      entry.location.start < end &&
      start < Math.max(entry.location.end, entry.location.start + 1),
  )
}

const said = (findings: readonly Finding[]): string =>
  findings.map((entry) => `${entry.rule}: ${entry.message}`).join('\n') || 'no error'

describe('the false claims of the issue are errors on the sample', () => {
  it.each([
    ['Sales for the first six months decreased by more than 20%.', 'more than 20%'],
    ['Sales rose 56% year over year.', '56%'],
    [
      'Net loss widened to $168,000 from $73,000 a year ago.',
      'Net loss widened to $168,000 from $73,000',
    ],
    ['Diluted EPS rose to $0.02 from $0.01 a year ago.', 'rose to $0.02'],
    ['EPS fell to $0.02 from $0.01.', '$0.02'],
    ['Net income was $1.68 million for the quarter.', 'Net income was $1.68 million'],
    ['Sales were essentially flat with the previous quarter.', 'essentially flat'],
    [
      'IEC today announced results for the first quarter of fiscal 2006.',
      'first quarter of fiscal 2006',
    ],
  ])('%s', (sentence, words) => {
    const errors = errorsAt(sentence, words)
    expect(errors.length, `the errors on "${words}": ${said(errors)}`).toBeGreaterThan(0)
  })

  it('names the comparison a percent fits when the words name another', () => {
    const errors = errorsAt('Sales rose 56% year over year.', '56%')
    expect(said(errors)).toMatch(/previous quarter|sequential/i)
    expect(said(errors)).toMatch(/19%/)
  })

  it('never offers "rose" for a fall to a loss, so no fix makes the text false', () => {
    const release = withSentence(sample(), 'EPS fell to $0.02 from $0.01.')
    const fixes = findingsOnSentence(release).flatMap((entry) => entry.fixes ?? [])
    expect(fixes.filter((fix) => fix.kind === 'replace' && /\brose\b/i.test(fix.text))).toEqual([])
    for (const entry of findingsOnSentence(release)) {
      for (const fix of entry.fixes ?? []) {
        const fixed = applyFix(release, entry, fix)
        expect(
          errorsIn(findingsOnSentence(fixed)),
          `after ${JSON.stringify(fix)}: "${sentenceText(fixed)}"`,
        ).toEqual([])
      }
    }
  })

  it('fixes a six-month percent with the six-month change, never the sequential one', () => {
    const release = withSentence(
      sample(),
      'Sales for the first six months decreased 12% from the same period last year.',
    )
    const errors = errorsIn(findingsOnSentence(release))
    expect(errors.length).toBeGreaterThan(0)
    for (const entry of errors) {
      for (const fix of entry.fixes ?? []) {
        const fixed = applyFix(release, entry, fix)
        const text = sentenceText(fixed)
        expect(text, JSON.stringify(fix)).toMatch(/16%/)
        expect(text).not.toMatch(/56%|19%/)
        expect(errorsIn(findingsOnSentence(fixed)), text).toEqual([])
      }
    }
  })
})

describe('the true sentences the issue lists get no error on the sample', () => {
  it.each([
    'Aerospace sales rose 40% from the previous quarter.',
    'Organic sales increased 12% from the same quarter last year.',
    'Net sales from continuing operations rose 40%.',
    'Adjusted EPS rose to $0.05 from $0.01 a year ago.',
    'EBITDA rose to $400,000 from $300,000 a year ago.',
    'Second-quarter sales increased 19% to $5.6 million.',
    'During the second quarter of last year, a customer moved its orders to another supplier.',
    'We are confident about the fourth quarter.',
  ])('%s', (sentence) => {
    const findings = findingsOnSentence(withSentence(sample(), sentence))
    expect(said(errorsIn(findings))).toBe('no error')
  })

  it('offers no fix on a past or future period in the narrative', () => {
    const release = withSentence(
      sample(),
      'During the second quarter of last year, a customer delayed orders, and we are confident about the fourth quarter.',
    )
    expect(findingsOnSentence(release).flatMap((entry) => entry.fixes ?? [])).toEqual([])
  })

  it('reads table amounts under "(in thousands)" at that scale', () => {
    const document = sample()
    const withHeading = withSentence(document, '(in thousands, except per-share amounts)')
    const table = withSentence(withHeading.document, 'Net sales $ 5,600 $ 4,700 $ 9,200 $ 10,900')
    expect(said(errorsIn(findingsOnSentence(table)))).toBe('no error')
  })

  it('judges a percent from rounded figures only outside what their rounding allows', () => {
    const document = sample()
    const rounded: ReleaseDocument = {
      ...document,
      figures: {
        ...document.figures,
        revenue: {
          ...document.figures.revenue,
          quarter: '4.5m',
          yearAgoQuarter: '4.1m',
          yearToDate: null,
          yearAgoYearToDate: null,
        },
      },
    }
    const read = readReleaseDocument(JSON.stringify(rounded))
    if (!read.ok) throw new Error(read.error)
    const truth = 'Sales of $4.5 million were up 9% from $4.1 million a year ago.'
    expect(said(errorsAt(truth, '9%', read.value))).toBe('no error')
    const wrong = errorsAt(
      'Sales of $4.5 million were up 14% from $4.1 million a year ago.',
      '14%',
      read.value,
    )
    expect(wrong.length, said(wrong)).toBeGreaterThan(0)
    // The range decides, so the message quotes it.
    expect(said(wrong)).toMatch(/7\.2%/)
    expect(said(wrong)).toMatch(/12\.3%/)
  })
})
