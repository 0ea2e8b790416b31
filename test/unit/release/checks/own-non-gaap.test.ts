import { describe, expect, it } from 'vitest'
import { checkRelease } from '../../../../renderer/src/release/checks/check-release'
import type { Finding } from '../../../../renderer/src/release/checks/finding'
import { regulationGMeasures } from '../../../../renderer/src/release/checks/non-gaap'
import type { ReleaseDocument } from '../../../../renderer/src/release/document-schema'
import type { MeasureEntry } from '../../../../renderer/src/release/measure-entry'
import { rich } from '../../../../renderer/src/release/narrative-builders'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import { secondSample, secondSampleWithMeasures } from './second-sample'

const ADJUSTED_OPERATING_INCOME: MeasureEntry = {
  id: 'adjustedOperatingIncome',
  name: 'Adjusted operating income',
  kind: 'money',
  gaap: false,
  reconcilesTo: 'operatingIncome',
}
// Words no catalogue measure has: only the release's own definition says they are non-GAAP.
const CORE_EARNINGS: MeasureEntry = { id: 'coreEarnings', name: 'Core earnings', kind: 'money', gaap: false, reconcilesTo: 'netIncome' }
const CASH_FROM_OPERATIONS: MeasureEntry = { id: 'operatingCashFlow', name: 'Cash from operations', kind: 'money' }
const FREE_CASH_FLOW: MeasureEntry = { id: 'freeCashFlow', name: 'Free cash flow', kind: 'money', gaap: false, reconcilesTo: 'operatingCashFlow' }

function withHeadline(document: ReleaseDocument, headline: string): ReleaseDocument {
  return { ...document, narrative: { ...document.narrative, headline: rich.doc(rich.paragraph(headline)) } }
}

const regG = (document: ReleaseDocument): readonly Finding[] =>
  checkRelease(releaseFacts(document)).filter((entry) => entry.rule === 'non-gaap-prominence')

describe('Regulation G with the release’s own non-GAAP measures', () => {
  const own = secondSampleWithMeasures([ADJUSTED_OPERATING_INCOME, CORE_EARNINGS, CASH_FROM_OPERATIONS, FREE_CASH_FLOW])

  it('finds nothing in the second sample, with or without the measures', () => {
    expect(regG(secondSample())).toEqual([])
    expect(regG(own)).toEqual([])
  })

  it('an own measure stated before its GAAP measure is an error citing Regulation G', () => {
    const found = regG(withHeadline(own, 'Northfield Reports Adjusted Operating Income of $6.1 Million'))
    expect(found.map((entry) => [entry.location?.block, entry.quote])).toEqual([['headline', 'Adjusted Operating Income']])
    expect(found[0]?.message).toContain('adjusted operating income, a non-GAAP measure')
    expect(found[0]?.message).toContain('Regulation G')
  })

  it('judges words that only the release defines as non-GAAP, against a GAAP measure of its own too', () => {
    const core = regG(withHeadline(own, 'Northfield Reports Core Earnings of $4.5 Million'))
    expect(core.map((entry) => entry.quote)).toEqual(['Core Earnings'])
    expect(core[0]?.message).toMatch(/^The headline gives core earnings, a non-GAAP measure, but net income \(loss\) comes only later/)
    const free = regG(withHeadline(own, 'Northfield Reports Free Cash Flow of $3.0 Million'))
    expect(free.map((entry) => entry.quote)).toEqual(['Free Cash Flow'])
    expect(free[0]?.message).toContain('never states cash from operations')
    // Without the release's definition, "core earnings" is only words.
    expect(regG(withHeadline(secondSample(), 'Northfield Reports Core Earnings of $4.5 Million'))).toEqual([])
  })

  it('is silent when the GAAP measure comes first', () => {
    expect(regG(withHeadline(own, 'Northfield Reports Operating Income of $5.4 Million and Adjusted Operating Income of $6.1 Million'))).toEqual([])
    expect(regG(withHeadline(own, 'Northfield Reports Net Income of $4.0 Million and Core Earnings of $4.5 Million'))).toEqual([])
    expect(regG(withHeadline(own, 'Northfield Reports Cash from Operations of $4.1 Million and Free Cash Flow of $3.0 Million'))).toEqual([])
  })

  it('builds the measures once per measures list', () => {
    const { measures } = own.figures
    expect(regulationGMeasures(measures)).toBe(regulationGMeasures(measures))
    expect(regulationGMeasures(measures).map((entry) => entry.id)).toEqual(
      expect.arrayContaining(['adjustedOperatingIncome', 'coreEarnings', 'freeCashFlow', 'operatingCashFlow']),
    )
  })
})
