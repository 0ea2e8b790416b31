import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkDraftText, checkRelease } from '../../../renderer/src/release/checks/check-release'
import { readReleaseDocument, serializeReleaseDocument } from '../../../renderer/src/release/load-document'
import { paragraphText, releaseContent } from '../../../renderer/src/release/release-content'
import { releaseFacts } from '../../../renderer/src/release/release-facts'
import {
  buildSecondSampleRelease,
  SECOND_SAMPLE_RELEASE,
} from '../../support/make-second-sample'

function loadSample() {
  const loaded = readReleaseDocument(readFileSync(SECOND_SAMPLE_RELEASE, 'utf8'))
  if (!loaded.ok) throw new Error(loaded.error)
  return loaded.value
}

function resultsParagraphs(): string[] {
  return releaseContent(loadSample())
    .paragraphs.filter((paragraph) => paragraph.role === 'results')
    .map(paragraphText)
}

const RESULTS = [
  'Third quarter sales increased by more than 5% from the previous quarter and were 14% ahead of the same quarter in fiscal 2025.',
  'The Company reported a net income of $3.98 million or $0.26 per share on revenue of $42.57 million for the quarter, compared with a net income of $2.75 million or $0.18 per share on revenue of $37.35 million for the same quarter a year ago and a net income of $3.41 million or $0.23 per share for the previous quarter.',
  'For the first nine months of fiscal 2026, the Company reported a net income of $10.31 million or $0.68 per share on revenue of $121.35 million, against a net income of $7.94 million or $0.53 per share on revenue of $110.84 million for the first nine months of fiscal 2025.',
  'The Company reported Test Systems revenue of $28.45 million for the quarter; Test Systems revenue increased 12% from the same quarter in fiscal 2025 and increased 6% from the previous quarter. For the first nine months of fiscal 2026, the Company reported Test Systems revenue of $81.20 million; Test Systems revenue increased 8% from the first nine months of fiscal 2025. The Company reported Sensors revenue of $14.12 million for the quarter; Sensors revenue increased 17% from the same quarter in fiscal 2025 and increased 5% from the previous quarter. For the first nine months of fiscal 2026, the Company reported Sensors revenue of $40.15 million; Sensors revenue increased 12% from the first nine months of fiscal 2025.',
  'The Company reported a gross profit of $17.24 million for the quarter; gross profit increased 21% from the same quarter in fiscal 2025 and increased 8% from the previous quarter. For the first nine months of fiscal 2026, the Company reported a gross profit of $48.30 million; gross profit increased 13% from the first nine months of fiscal 2025.',
  'Gross margin improved 2.5 percentage points to 40.5% from 38.0% in the same quarter in fiscal 2025. Gross margin improved 1.0 percentage point to 40.5% from 39.5% in the previous quarter. Gross margin for the first nine months of fiscal 2026 improved 1.4 percentage points to 39.8% from 38.4% in the first nine months of fiscal 2025.',
  'The Company reported an operating income of $5.41 million for the quarter; operating income increased 38% from the same quarter in fiscal 2025 and increased 14% from the previous quarter. For the first nine months of fiscal 2026, the Company reported an operating income of $14.23 million; operating income increased 29% from the first nine months of fiscal 2025.',
  'The Company reported adjusted diluted earnings per share of $0.31 for the quarter; adjusted diluted earnings per share increased 41% from the same quarter in fiscal 2025 and increased 15% from the previous quarter. For the first nine months of fiscal 2026, the Company reported adjusted diluted earnings per share of $0.80; adjusted diluted earnings per share increased 25% from the first nine months of fiscal 2025.',
]

describe('the second sample release (Northfield Instruments, third quarter of fiscal 2026)', () => {
  it('is the committed file the generator produces from its figures file', () => {
    expect(readFileSync(SECOND_SAMPLE_RELEASE, 'utf8')).toBe(
      serializeReleaseDocument(buildSecondSampleRelease()),
    )
  })

  it('states every comparison of every measure rightly, a margin in points, net income as net income', () => {
    expect(resultsParagraphs()).toEqual(RESULTS)
  })

  it('states adjusted EPS only after diluted EPS, its GAAP measure', () => {
    const text = resultsParagraphs().join('\n')
    expect(text.indexOf('$0.26 per share')).toBeLessThan(text.indexOf('adjusted diluted'))
  })

  it('passes the checker with no error: no wrong figure, claim, leftover or Regulation G finding', () => {
    const document = loadSample()
    const facts = releaseFacts(document)
    const errors = checkRelease(facts).filter((finding) => finding.severity === 'error')
    expect(errors.map((finding) => finding.message)).toEqual([])
  })

  const PLANTED: readonly (readonly [string, string, string])[] = [
    ['gross profit', 'gross profit increased 21% from the same quarter', 'gross profit increased 31% from the same quarter'],
    ['gross margin', 'improved 2.5 percentage points to 40.5%', 'improved 3.5 percentage points to 40.5%'],
    ['operating income', 'operating income increased 38% from the same quarter', 'operating income increased 28% from the same quarter'],
    ['Test Systems revenue', 'Test Systems revenue increased 12% from the same quarter', 'Test Systems revenue increased 22% from the same quarter'],
    ['Sensors revenue', 'Sensors revenue increased 17% from the same quarter', 'Sensors revenue increased 7% from the same quarter'],
    ['adjusted diluted EPS', 'adjusted diluted earnings per share increased 41% from the same quarter', 'adjusted diluted earnings per share increased 14% from the same quarter'],
  ]

  it.each(PLANTED)('catches a wrong change planted in the text about %s', (_measure, right, wrong) => {
    const document = loadSample()
    const facts = releaseFacts(document)
    const paragraphs = resultsParagraphs()
    expect(paragraphs.some((paragraph) => paragraph.includes(right))).toBe(true)
    const errorsOf = (text: readonly string[]) =>
      checkDraftText(text, facts).filter((finding) => finding.severity === 'error')
    expect(errorsOf(paragraphs)).toEqual([])
    const planted = paragraphs.map((paragraph) => paragraph.replace(right, wrong))
    expect(errorsOf(planted).length).toBeGreaterThan(0)
  })
})
