import { describe, expect, it } from 'vitest'
import { checkDraftText } from '../../../../renderer/src/release/checks/check-release'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import type { ReleaseFacts } from '../../../../renderer/src/release/release-facts'
import { secondSample } from './second-sample'

// Northfield's Test Systems revenue rose 12% (to $28.5 million) and Sensors revenue 17% from the
// same quarter a year ago; its total revenue rose 14%.
const facts: ReleaseFacts = releaseFacts(secondSample())

const errors = (text: string): string[] =>
  checkDraftText([text], facts)
    .filter((entry) => entry.severity === 'error')
    .map((entry) => `${entry.rule}: ${entry.message}`)

const YEAR_AGO = 'from the same quarter a year ago.'

describe('a claim about a segment is judged against the segment, when the release defines it', () => {
  it('catches a wrong percent however the sentence names the segment, and leaves the right one alone', () => {
    for (const subject of [
      'Revenue for the third quarter from Test Systems rose',
      'Revenue from the Test Systems segment rose',
      'In the Test Systems segment, revenue rose',
      'Within our Test Systems business, sales grew',
    ]) {
      expect(errors(`${subject} 15% ${YEAR_AGO}`), subject).toEqual([
        'wrong-percent: Test Systems revenue increased 12% from the same quarter in fiscal 2025, not 15%.',
      ])
      expect(errors(`${subject} 12% ${YEAR_AGO}`), subject).toEqual([])
    }
  })

  it('catches a wrong amount stated after the period words', () => {
    expect(errors('Revenue for the third quarter of 2026 from Test Systems was $29.5 million.')).toEqual([
      'wrong-amount: Test Systems revenue for this quarter is $28.45 million, not $29.5 million.',
    ])
    expect(errors('Revenue for the third quarter of 2026 from Test Systems was $28.5 million.')).toEqual([])
  })

  it('leaves a segment the release does not define alone, not judging it against total revenue', () => {
    for (const text of [
      `Aerospace revenue rose 12% ${YEAR_AGO}`,
      `In the Aerospace segment, revenue rose 12% ${YEAR_AGO}`,
      `Revenue from the Aerospace segment rose 12% ${YEAR_AGO}`,
    ])
      expect(errors(text), text).toEqual([])
  })

  it('leaves a subject that lists segments, or another metric of one, alone', () => {
    expect(errors(`Revenue from Test Systems and Sensors rose 15% ${YEAR_AGO}`)).toEqual([])
    expect(errors(`In the Test Systems segment, revenue rose 12% and operating income rose 40% ${YEAR_AGO}`)).toEqual([])
    expect(errors(`Test Systems segment operating income rose 15% ${YEAR_AGO}`)).toEqual([])
  })

  it('still judges the total after a fronted phrase about the whole company', () => {
    expect(errors(`For the Company's business, revenue rose 15% ${YEAR_AGO}`)).toEqual([
      expect.stringMatching(/^wrong-percent: Sales were 14% ahead of the same quarter in fiscal 2025, not 15%/),
    ])
  })
})
