import { describe, expect, it } from 'vitest'
import { checkDraftText, checkRelease } from '../../../../renderer/src/release/checks/check-release'
import { figuresFileSchema } from '../../../../renderer/src/release/figures-file'
import type { FiguresFile } from '../../../../renderer/src/release/figures-file'
import { fieldText } from '../../../../renderer/src/release/field-text'
import type { MeasureEntry } from '../../../../renderer/src/release/measure-entry'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import type { ReleaseFacts } from '../../../../renderer/src/release/release-facts'
import { describeFindings, errorsOf, filledDraft, textParagraphsOf } from '../checks/helpers'
import { figuresFileJson } from './measure-set-arbitrary'

const row = (quarter: string, previousQuarter: string, yearAgoQuarter: string) => ({
  quarter,
  previousQuarter,
  yearAgoQuarter,
  yearToDate: null,
  yearAgoYearToDate: null,
})

/** A third quarter with revenue (renamed or not), net income and backlog. */
function fileWith(revenue: MeasureEntry, backlog: MeasureEntry = { id: 'backlog' }): FiguresFile {
  const parsed = figuresFileSchema.safeParse(
    figuresFileJson({
      quarter: 3,
      entries: [revenue, { id: 'netIncome' }, backlog],
      rows: {
        revenue: row('11200000', '10000000', '9800000'),
        netIncome: row('900000', '800000', '700000'),
        backlog: row('30000000', '25000000', '20000000'),
      },
    }),
  )
  if (!parsed.success) throw new Error(parsed.error.message)
  return parsed.data
}

function sentence(facts: ReleaseFacts, measure: string, pair: 'previousQuarter' | 'yearAgoQuarter'): string {
  return fieldText({ kind: 'comparison', measure, pair, withSubject: true, textCase: 'sentence' }, facts)
}

const judged = (facts: ReleaseFacts, text: string): string[] =>
  describeFindings(errorsOf(checkDraftText([text], facts)))

describe('a built-in measure the person renamed', () => {
  it('is worded by its new name in the live sentences and the drafted text ("Net sales were 14% ahead of …")', () => {
    const document = filledDraft(fileWith({ id: 'revenue', name: 'Net sales' }))
    const facts = releaseFacts(document)
    expect(sentence(facts, 'revenue', 'previousQuarter')).toBe(
      'Net sales increased by more than 10% from the previous quarter',
    )
    expect(sentence(facts, 'revenue', 'yearAgoQuarter')).toBe('Net sales were 14% ahead of the same quarter in fiscal 2025')
    const text = textParagraphsOf(document).join('\n')
    expect(text).toContain('Third quarter net sales increased by more than 10% from the previous quarter')
    expect(text).toContain('on net sales of $11.2 million for the quarter')
    expect(text).not.toContain('revenue of')
    expect(describeFindings(errorsOf(checkRelease(facts)))).toEqual([])
    expect(describeFindings(errorsOf(checkDraftText(textParagraphsOf(document), facts)))).toEqual([])
  })

  it('is judged by the checker under its new name, and a synonym it still answers to ("revenue") keeps meaning it', () => {
    const facts = releaseFacts(filledDraft(fileWith({ id: 'revenue', name: 'Net sales' })))
    expect(judged(facts, 'Net sales increased 12% from the previous quarter.')).toEqual([])
    expect(judged(facts, 'Net sales increased 21% from the previous quarter.').join('\n')).toMatch(/net sales/i)
    // "Net sales" is one of revenue's own names, so the text's "revenue" is still the same top line.
    expect(judged(facts, 'Revenue increased 21% from the previous quarter.')).not.toEqual([])
  })

  it('renamed to a name of its own, is no longer taken for its old name ("backlog" is not the remaining performance obligations)', () => {
    const facts = releaseFacts(
      filledDraft(fileWith({ id: 'revenue' }, { id: 'backlog', name: 'Remaining performance obligations' })),
    )
    expect(sentence(facts, 'backlog', 'previousQuarter')).toBe(
      'Remaining performance obligations increased 20% from the previous quarter',
    )
    expect(judged(facts, 'Remaining performance obligations increased 20% from the previous quarter.')).toEqual([])
    expect(
      judged(facts, 'Remaining performance obligations increased 29% from the previous quarter.').join('\n'),
    ).toMatch(/remaining performance obligations/i)
    expect(judged(facts, 'Backlog increased 29% from the previous quarter.')).toEqual([])
  })

  it('unrenamed, or named by its own label, is worded exactly as before', () => {
    const texts = [{ id: 'revenue' }, { id: 'revenue', name: 'Revenue' }].map((entry) =>
      textParagraphsOf(filledDraft(fileWith(entry))).join('\n'),
    )
    expect(texts[0]).toContain('Third quarter sales increased by more than 10% from the previous quarter')
    expect(texts[0]).toContain('on revenue of $11.2 million for the quarter')
    expect(texts[1]).toBe(texts[0])
  })
})
