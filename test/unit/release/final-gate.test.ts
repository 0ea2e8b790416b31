import { describe, expect, it } from 'vitest'
import { checkRelease } from '../../../renderer/src/release/checks/check-release'
import { finalGate, withOverrideReason } from '../../../renderer/src/release/final-gate'
import { releaseFacts } from '../../../renderer/src/release/release-facts'
import { sampleDocument } from '../renderer/helpers/sample'

const findingsOf = (document: ReturnType<typeof sampleDocument>) => checkRelease(releaseFacts(document))

describe('the final gate', () => {
  const sample = sampleDocument()
  const final = { ...sample, status: { final: true, overrideReason: null } }

  it('lets a draft go whatever the checks find', () => {
    expect(finalGate(sample, findingsOf(sample), null)).toEqual({ kind: 'clear' })
  })

  it('blocks a final release with errors and no reason, naming the errors', () => {
    const verdict = finalGate(final, findingsOf(final), '   ')
    expect(verdict.kind).toBe('blocked')
    expect(verdict.kind === 'blocked' ? verdict.errors.map((entry) => entry.quote) : []).toEqual([expect.stringContaining('3rd-quarter06')])
  })

  it('lets it go with a stated reason, trimmed, which the release then records', () => {
    const verdict = finalGate(final, findingsOf(final), '  Legal approved it.\n')
    expect(verdict).toMatchObject({ kind: 'overridden', reason: 'Legal approved it.' })
    expect(withOverrideReason(final, 'Legal approved it.').status).toEqual({ final: true, overrideReason: 'Legal approved it.' })
    expect(withOverrideReason(withOverrideReason(final, 'A'), 'A').status.overrideReason).toBe('A')
  })
})
