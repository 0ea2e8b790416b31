import { describe, expect, it } from 'vitest'
import type { ReleaseDocument } from '../../../renderer/src/release/document-schema'
import { rich } from '../../../renderer/src/release/narrative-builders'
import { check, cleanSample } from './why-cli'

// `release-desk check` on a release whose headline leads with a non-GAAP measure: what a
// communications team sees before a final release goes out.

function withHeadline(headline: string): ReleaseDocument {
  const sample = cleanSample()
  return {
    ...sample,
    narrative: { ...sample.narrative, headline: rich.doc(rich.paragraph(headline)) },
  }
}

describe('release-desk check: Regulation G', () => {
  it('exits 1 on a headline that gives adjusted EPS before the GAAP EPS, printing where and what to do', async () => {
    const checked = await check(
      withHeadline('IEC Reports Adjusted EPS of $0.01 for the Second Quarter'),
    )
    expect(checked.code).toBe(1)
    expect(checked.lines).toEqual([
      'error headline ¶1 "Adjusted EPS": The headline gives adjusted diluted EPS, a non-GAAP measure, but diluted EPS comes only later, in paragraph 2 of the results (“$(0.02) per share”). State diluted EPS of $(0.02) in the headline before adjusted diluted EPS, or take adjusted diluted EPS out of it (Regulation G; Regulation S-K Item 10(e)(1)(i)(A); SEC staff C&DI 102.10).',
    ])
  })

  it('exits 0 when the headline states diluted EPS first', async () => {
    expect(
      await check(withHeadline('IEC Reports Diluted EPS of $(0.02) and Adjusted EPS of $0.01')),
    ).toEqual({ code: 0, lines: [] })
  })
})
