import { describe, expect, it } from 'vitest'
import type { ReleaseDocument } from '../../../../renderer/src/release/document-schema'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import { checkText, errorsOf, sampleRelease } from './helpers'
import { withRows } from '../../../support/figure-rows'

// The checks keep what they read from a paragraph's words between checks, as the Checks tab
// re-runs them on every keystroke. What they judge must still follow the figures, the company
// and the period of each check.

const errorQuotes = (text: string, document: ReleaseDocument): string[] =>
  errorsOf(checkText(text, releaseFacts(document))).map((entry) => `${entry.rule} ${entry.quote}`)

function withSales(quarter: string): ReleaseDocument {
  const sample = sampleRelease()
  return {
    ...sample,
    figures: withRows(sample.figures, { revenue: { quarter } }),
  }
}

function withCompany(name: string, shortName: string): ReleaseDocument {
  const sample = sampleRelease()
  return { ...sample, company: { ...sample.company, name, shortName } }
}

describe('a sentence checked again after a change', () => {
  it('is judged against the figures of each check', () => {
    const text = 'Sales were $5.6 million for the quarter.'
    expect(errorQuotes(text, withSales('5600000'))).toEqual([])
    expect(errorQuotes(text, withSales('4100000'))).toEqual(FIGURE_CHANGED)
    expect(errorQuotes(text, withSales('5600000'))).toEqual([])
  })

  it("reads the company's own name as the total, whichever company was checked first", () => {
    const text = "IEC's sales rose 40% from the previous quarter."
    const other = withCompany('Acme Circuits Inc.', 'Acme')
    const own = withCompany('IEC Electronics Corp.', 'IEC')
    expect(errorQuotes(text, other)).toEqual([])
    expect(errorQuotes(text, own)).toEqual(['wrong-percent 40%'])
    expect(errorQuotes(text, other)).toEqual([])
  })
})

const FIGURE_CHANGED = ['wrong-amount $5.6 million']
