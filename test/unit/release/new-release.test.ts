import { describe, expect, it } from 'vitest'
import { blankRelease } from '../../../renderer/src/app/initial-document'
import { checkRelease } from '../../../renderer/src/release/checks/check-release'
import { periodSchema } from '../../../renderer/src/release/document-schema'
import { readReleaseDocument, serializeReleaseDocument } from '../../../renderer/src/release/load-document'
import { changePeriod } from '../../../renderer/src/release/period-dates'
import { releaseContent } from '../../../renderer/src/release/release-content'
import { releaseFacts } from '../../../renderer/src/release/release-facts'
import { releaseToText } from '../../../renderer/src/export/plain-text'
import { sampleDocument } from '../renderer/helpers/sample'
import { withRows } from '../../support/figure-rows'

const textOf = (document: ReturnType<typeof sampleDocument>): string =>
  releaseToText(releaseContent(document, releaseFacts(document))).replace(/\s+/g, ' ')

describe('a new release', () => {
  it('states the new quarter\u2019s end and no old release date: fiscal 2025 Q3, December year end', () => {
    const fresh = blankRelease(sampleDocument())
    const period = changePeriod(changePeriod(changePeriod(fresh.period, { fiscalYear: 2025 }), { quarter: 3 }), { fiscalYearEndMonth: 12 })
    const text = textOf({ ...fresh, period })
    expect(text).toContain('third quarter of fiscal 2025, ending September 30, 2025')
    expect(text).toContain('[release date]')
    expect(text).not.toMatch(/2006/)
  })

  it('has the standard results paragraphs, which fill in as figures are entered', () => {
    const fresh = blankRelease(sampleDocument())
    expect(textOf(fresh)).toContain('The Company reported [net income for this quarter not entered]')
    const entered = { ...fresh, figures: withRows(fresh.figures, { netIncome: { quarter: '-168000' } }) }
    expect(textOf(entered)).toContain('The Company reported a net loss of $168,000')
  })
})

describe('how a new release writes a loss', () => {
  const withLoss = (document: ReturnType<typeof sampleDocument>) => ({
    ...document,
    figures: withRows(document.figures, { netIncome: { quarter: '-1263000' } }),
  })

  it('in words, without parentheses, even when the release it starts from uses them', () => {
    const sample = sampleDocument()
    expect(sample.style.negative).toBe('parenInside')
    const fresh = blankRelease(sample)
    expect(fresh.style.negative).toBe('words')
    expect(textOf(withLoss(fresh))).toContain('The Company reported a net loss of $1.3 million')
    expect(textOf(withLoss(fresh))).not.toContain('$(1.3)')
    // The rest of the house style comes along.
    expect(fresh.style.revenueWord).toBe(sample.style.revenueWord)
    expect(fresh.style.comparisons).toEqual(sample.style.comparisons)
  })

  it('keeps the sample\u2019s parentheses, as it was written', () => {
    expect(textOf(sampleDocument())).toContain('The Company reported a net loss of $(168,000) or $(0.02) per share')
  })

  it('keeps the parentheses of a saved release that does not state its loss style', () => {
    const saved = JSON.parse(serializeReleaseDocument(withLoss(sampleDocument()))) as { style: Record<string, unknown> }
    delete saved.style['negative']
    const read = readReleaseDocument(JSON.stringify(saved))
    if (!read.ok) throw new Error(read.error)
    expect(read.value.style.negative).toBe('parenInside')
    expect(textOf(read.value)).toContain('The Company reported a net loss of $(1.3) million')
  })
})

describe('period dates follow the quarter until set by hand', () => {
  const sample = sampleDocument().period

  it('moves a period end equal to the old quarter\u2019s end with the quarter, and keeps the release date', () => {
    expect(sample.periodEnd).toBe('2006-03-31')
    expect(changePeriod(sample, { quarter: 3 })).toEqual({ ...sample, quarter: 3, periodEnd: null })
  })

  it('keeps a period end set apart by hand, and one set in the same change', () => {
    const saturday = { ...sample, periodEnd: '2006-04-01' }
    expect(changePeriod(saturday, { quarter: 3 }).periodEnd).toBe('2006-04-01')
    expect(changePeriod(sample, { quarter: 3, periodEnd: '2006-07-01' }).periodEnd).toBe('2006-07-01')
    expect(changePeriod(sample, { releaseDate: '2006-04-21' }).periodEnd).toBe('2006-03-31')
  })
})

describe('the period dates check', () => {
  const sample = sampleDocument()
  const findings = (period: Partial<typeof sample.period>) =>
    checkRelease(releaseFacts({ ...sample, period: { ...sample.period, ...period } })).filter((entry) => entry.id.includes('period-end') || entry.id.includes('release-date') || /dated|period end is/.test(entry.message))

  it('finds nothing wrong with the sample\u2019s dates', () => {
    expect(findings({})).toEqual([])
  })

  it('errs on a release dated before the period it reports ends, at the dateline\u2019s date', () => {
    const [found] = findings({ quarter: 3, periodEnd: null })
    expect(found).toMatchObject({ severity: 'error', quote: 'April 20, 2006' })
    expect(found?.message).toBe('The release is dated April 20, 2006, before the third quarter of fiscal 2006 ends on June 30, 2006. Set the release date under Figures, Period.')
    expect(found?.location?.block).toBe('dateline')
  })

  it('warns on a period end that is not the quarter\u2019s last day', () => {
    const [found] = findings({ periodEnd: '2006-04-01', releaseDate: '2006-04-20' })
    expect(found).toMatchObject({ severity: 'warning', quote: 'April 1, 2006' })
    expect(found?.message).toMatch(/^The period end is April 1, 2006, but the second quarter of fiscal 2006 ends March 31, 2006\./)
  })
})

describe('years a release may name', () => {
  const text = serializeReleaseDocument(sampleDocument())
  it.each([
    ['"fiscalYear": 2006', '"fiscalYear": 25', /^period\.fiscalYear: expected a fiscal year from 1900 to 2100, such as 2006$/],
    ['"fiscalYear": 2006', '"fiscalYear": 2101', /^period\.fiscalYear: expected a fiscal year from 1900 to 2100/],
    ['"releaseDate": "2006-04-20"', '"releaseDate": "0025-04-20"', /^period\.releaseDate: expected a date from 1900 to 2100, got "0025-04-20"$/],
  ])('refuses %s written as %s', (from, to, message) => {
    expect(text).toContain(from)
    const read = readReleaseDocument(text.replace(from, to))
    expect(read.ok ? 'accepted' : read.error).toMatch(message)
  })

  it('accepts 1900 and 2100', () => {
    for (const fiscalYear of [1900, 2100]) expect(periodSchema.safeParse({ fiscalYear, quarter: 1 }).success).toBe(true)
  })
})

describe('an empty results section', () => {
  it('is named in grammatical words', () => {
    const sample = sampleDocument()
    const empty = { ...sample, narrative: { ...sample.narrative, results: { type: 'doc' as const, content: [{ type: 'paragraph' as const }] } } }
    const messages = checkRelease(releaseFacts(empty)).map((entry) => entry.message)
    expect(messages).toContain('The results section is empty; every release needs one.')
  })
})
