import { describe, expect, it } from 'vitest'
import { checkRelease } from '../../../renderer/src/release/checks/check-release'
import type { ReleaseDocument } from '../../../renderer/src/release/document-schema'
import { rich } from '../../../renderer/src/release/narrative-builders'
import { paragraphText, releaseContent } from '../../../renderer/src/release/release-content'
import { releaseFacts } from '../../../renderer/src/release/release-facts'
import { rollForward } from '../../../renderer/src/release/roll-forward'
import { sampleRelease } from './checks/helpers'
import { withRows, figureRow, resolvedRow } from '../../support/figure-rows'

describe('new quarter from this release', () => {
  it('rolls the sample to the third quarter of fiscal 2006, this quarter’s figures becoming the previous quarter’s', () => {
    const rolled = rollForward({
      ...sampleRelease(),
      status: { final: true, overrideReason: 'approved' },
    })
    expect(rolled.period).toEqual({
      fiscalYear: 2006,
      quarter: 3,
      fiscalYearEndMonth: 9,
      periodEnd: null,
      releaseDate: null,
    })
    expect(figureRow(rolled.figures, 'revenue')).toEqual({
      quarter: null,
      previousQuarter: '5600000',
      yearAgoQuarter: null,
      yearToDate: null,
      yearAgoYearToDate: null,
    })
    expect(figureRow(rolled.figures, 'netIncome').previousQuarter).toBe('-168000')
    expect(figureRow(rolled.figures, 'dilutedEps').previousQuarter).toBe('-0.02')
    expect(figureRow(rolled.figures, 'netIncome').yearAgoQuarter).toBeNull()
    expect(rolled.status).toEqual({ final: false, overrideReason: null })
    expect(rolled.narrative).toEqual(sampleRelease().narrative)
  })

  it('wraps the fourth quarter into the first quarter of the next fiscal year', () => {
    const sample = sampleRelease()
    const fourth: ReleaseDocument = { ...sample, period: { ...sample.period, quarter: 4 } }
    const rolled = rollForward(fourth)
    expect(rolled.period.quarter).toBe(1)
    expect(rolled.period.fiscalYear).toBe(2007)
    // At the first quarter the year to date is derived from the quarter once it is entered.
    const entered: ReleaseDocument = {
      ...rolled,
      figures: withRows(rolled.figures, { revenue: { quarter: '6000000' } }),
    }
    const toDate = resolvedRow(releaseFacts(entered).resolution.figures, 'revenue').yearToDate
    expect(toDate.source).toBe('derived')
  })

  it('keeps the live fields, which now name the new quarter, and the checks flag typed words naming the old one', () => {
    const sample = sampleRelease()
    // The web reference as the seed typed it, all in words: "IEC's second quarter 2006 results".
    const typed: ReleaseDocument = {
      ...sample,
      narrative: {
        ...sample.narrative,
        webReference: rich.doc(
          rich.paragraph(
            'Information regarding IEC’s second quarter 2006 results can be found on its web site at www.iec-electronics.com/2nd-quarter06release',
          ),
        ),
      },
    }
    expect(
      checkRelease(releaseFacts(typed)).filter((entry) => entry.rule === 'stale-period'),
    ).toEqual([])
    const rolled = rollForward(typed)
    const facts = releaseFacts(rolled)
    const headline = releaseContent(rolled, facts).paragraphs.find(
      (paragraph) => paragraph.role === 'headline',
    )
    expect(headline === undefined ? '' : paragraphText(headline)).toBe(
      'IEC Announces Third Quarter Results for Fiscal 2006',
    )
    const stale = checkRelease(facts).filter((entry) => entry.rule === 'stale-period')
    expect(stale.map((entry) => [entry.quote, entry.location?.block])).toEqual([
      ['second quarter 2006', 'webReference'],
      ['2nd-quarter06', 'webReference'],
    ])
    expect(stale[0]?.message).toMatch(
      /names the second quarter of fiscal 2006; this release is the third quarter of fiscal 2006/,
    )
    // Emptied figures show as missing in the live fields until they are entered.
    expect(
      checkRelease(facts).some(
        (entry) => entry.rule === 'leftover' && /not entered/.test(entry.quote),
      ),
    ).toBe(true)
  })
})
