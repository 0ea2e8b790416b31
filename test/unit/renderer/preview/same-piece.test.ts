import { describe, expect, it } from 'vitest'
import type { ParagraphPiece } from '../../../../renderer/src/preview/paragraph-pieces'
import { sameLetterhead, samePiece, samePieces } from '../../../../renderer/src/preview/same-piece'
import type { Run } from '../../../../renderer/src/release/release-content'

const run = (text: string, extra: Partial<Run> = {}): Run => ({
  text,
  bold: false,
  italic: false,
  field: null,
  breakBefore: false,
  generated: false,
  ...extra,
})

function piece(runs: readonly Run[], extra: Partial<ParagraphPiece> = {}): ParagraphPiece {
  return {
    kind: 'paragraph',
    key: '0',
    paragraph: { kind: 'paragraph', role: 'results', block: 'results', index: 0, runs, list: null },
    runs,
    continued: false,
    continues: false,
    ...extra,
  }
}

describe('samePiece: what makes a page draw a paragraph again', () => {
  const base = piece([run('Sales of '), run('$5.6 million', { field: { kind: 'amount', measure: 'revenue', period: 'quarter', textCase: 'asIs' } })])

  it('treats a freshly derived but identical paragraph as unchanged', () => {
    const again = piece([run('Sales of '), run('$5.6 million', { field: { kind: 'amount', measure: 'revenue', period: 'quarter', textCase: 'asIs' } })])
    expect(samePiece(base, again)).toBe(true)
    expect(samePieces([base], [again])).toBe(true)
  })

  it.each([
    ['a changed figure', piece([run('Sales of '), run('$5.7 million')])],
    ['bold type', piece([run('Sales of ', { bold: true }), run('$5.6 million')])],
    ['italic type', piece([run('Sales of ', { italic: true }), run('$5.6 million')])],
    ['a line break', piece([run('Sales of '), run('$5.6 million', { breakBefore: true })])],
    ['a run split differently', piece([run('Sales of $5.6 million')])],
    ['a list number', { ...base, paragraph: { ...base.paragraph, list: { kind: 'ordered' as const, number: 2, level: 0 } } }],
    ['a different role', { ...base, paragraph: { ...base.paragraph, role: 'headline' as const } }],
    ['a page break inside it', { ...base, continues: true }],
  ])('redraws for %s', (_what, changed) => {
    expect(samePiece(base, changed)).toBe(false)
  })

  it('redraws a page whose paragraphs moved or changed in number', () => {
    expect(samePieces([base], [base, base])).toBe(false)
    expect(samePieces([base], [{ ...base, key: '1' }])).toBe(false)
  })

  it('redraws the letterhead when the company or address changes', () => {
    const letterhead = { companyName: 'IEC Electronics Corp.', addressLine: '105 Norton Street', logo: null }
    expect(sameLetterhead(letterhead, { ...letterhead })).toBe(true)
    expect(sameLetterhead(letterhead, { ...letterhead, addressLine: '106 Norton Street' })).toBe(false)
    expect(sameLetterhead(letterhead, null)).toBe(false)
  })
})
