import { withRows } from '../../support/figure-rows'
import { describe, expect, it } from 'vitest'
import { Dec } from '../../../renderer/src/release/decimal'
import type { ReleaseDocument } from '../../../renderer/src/release/document-schema'
import { fieldText } from '../../../renderer/src/release/field-text'
import { draftFromFigures, figuresFileSchema } from '../../../renderer/src/release/figures-file'
import { DEFAULT_HOUSE_STYLE } from '../../../renderer/src/release/house-style'
import {
  readReleaseDocument,
  serializeReleaseDocument,
} from '../../../renderer/src/release/load-document'
import { builtInMeasure } from '../../../renderer/src/release/measure-catalogue'
import { rich } from '../../../renderer/src/release/narrative-builders'
import { paragraphText, releaseContent } from '../../../renderer/src/release/release-content'
import { releaseFacts } from '../../../renderer/src/release/release-facts'
import { measureResultPhrase, resultPhrase } from '../../../renderer/src/release/wording'

/** A second-quarter release drafted from diluted EPS and revenue, with no net income reported. */
function epsWithoutIncome(eps: string): ReleaseDocument {
  return draftFromFigures(
    figuresFileSchema.parse({
      company: { name: 'Acme Corp.' },
      fiscalYear: 2006,
      quarter: 2,
      fiscalYearEndMonth: 9,
      figures: { revenue: { quarter: '5600000' }, dilutedEps: { quarter: eps } },
    }),
  )
}

const results = (document: ReleaseDocument): string[] =>
  releaseContent(document)
    .paragraphs.filter((paragraph) => paragraph.role === 'results')
    .map(paragraphText)

describe('the result field of a measure other than net income', () => {
  it('follows the sign of its figure: a loss per share turns to earnings per share when the figure changes', () => {
    const loss = epsWithoutIncome('-0.02')
    expect(results(loss)).toEqual([
      'The Company reported diluted loss per share of $0.02 on revenue of $5.6 million for the quarter.',
    ])
    const profit: ReleaseDocument = {
      ...loss,
      figures: withRows(loss.figures, { dilutedEps: { quarter: '0.03' } }),
    }
    expect(results(profit)).toEqual([
      'The Company reported diluted earnings per share of $0.03 on revenue of $5.6 million for the quarter.',
    ])
  })

  it('names the missing figure when it is cleared, and rests on its own cell', () => {
    const document = epsWithoutIncome('-0.02')
    const cleared: ReleaseDocument = {
      ...document,
      figures: withRows(document.figures, { dilutedEps: { quarter: null } }),
    }
    const field = {
      kind: 'result',
      period: 'quarter',
      measure: 'dilutedEps',
      textCase: 'asIs',
    } as const
    expect(fieldText(field, releaseFacts(cleared))).toBe(
      '[diluted EPS for this quarter not entered]',
    )
    const refused = new Map([['dilutedEps.quarter', 'abc']] as const)
    expect(fieldText(field, releaseFacts(document, refused))).toBe(
      '[Diluted EPS, this quarter: not an amount]',
    )
  })

  it('is saved with its measure and opens the same; a net income result is saved as every file before it', () => {
    const document = epsWithoutIncome('-0.02')
    const reopened = readReleaseDocument(serializeReleaseDocument(document))
    expect(reopened.ok && reopened.value.narrative.results).toEqual(document.narrative.results)
    expect(JSON.stringify(document.narrative.results)).toContain('"measure":"dilutedEps"')
    expect(rich.result('quarter')).toEqual({
      type: 'field',
      attrs: { kind: 'result', period: 'quarter', textCase: 'asIs' },
    })
    expect(rich.result('quarter', 'netIncome')).toEqual(rich.result('quarter'))
  })

  it('words net income exactly as before, in every loss style', () => {
    const netIncome = builtInMeasure('netIncome')
    for (const negative of ['words', 'parenInside', 'parenOutside'] as const) {
      const style = { ...DEFAULT_HOUSE_STYLE, negative }
      for (const value of ['-168000', '73000', '0', '-1300000']) {
        expect(measureResultPhrase(netIncome, new Dec(value), style)).toBe(
          resultPhrase(new Dec(value), style, netIncome),
        )
      }
    }
  })
})
