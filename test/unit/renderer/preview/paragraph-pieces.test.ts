import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { paragraphText } from '../../../../renderer/src/release/release-content'
import type { ContentParagraph, Run } from '../../../../renderer/src/release/release-content'
import { planPieces, runsLength, sliceRuns } from '../../../../renderer/src/preview/paragraph-pieces'
import type { PagePiece } from '../../../../renderer/src/preview/paragraph-pieces'

function run(text: string, extra: Partial<Run> = {}): Run {
  return { text, bold: false, italic: false, field: null, breakBefore: false, generated: false, ...extra }
}

function paragraph(runs: Run[]): ContentParagraph {
  return { kind: 'paragraph', role: 'results', block: 'results', index: 0, runs, list: { kind: 'bullet', number: 1, level: 0 } }
}

const text = (runs: readonly Run[]): string => runs.map((r) => r.text).join('')

describe('sliceRuns', () => {
  const runs = [run('Sales '), run('increased', { bold: true }), run(' by 19%.', { breakBefore: true })]

  it('cuts runs at character offsets and keeps each run formatting', () => {
    expect(sliceRuns(runs, 3, 10)).toEqual([run('es '), run('incr', { bold: true })])
  })

  it('turns a line break at the cut into the page break', () => {
    const after = sliceRuns(runs, 15, 23)
    expect(after).toEqual([run(' by 19%.')])
    // ...but keeps it inside a piece
    expect(sliceRuns(runs, 0, 23)[2]?.breakBefore).toBe(true)
  })

  it('never loses or repeats a character whatever the cut points', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 23 }), { maxLength: 5 }), (cuts) => {
        const points = [0, ...[...cuts].sort((a, b) => a - b), 23]
        const pieces = points.slice(1).map((to, i) => text(sliceRuns(runs, points[i] ?? 0, to)))
        expect(pieces.join('')).toBe(text(runs))
      }),
    )
  })
})

/** A piece's runs; a table piece (none in these tests) has none. */
function runsOf(piece: PagePiece | undefined): readonly Run[] {
  return piece?.kind === 'paragraph' ? piece.runs : []
}

describe('planPieces', () => {
  const long = paragraph([run('one two '), run('three four', { italic: true }), run(' five six seven')])

  it('keeps an unsplit paragraph whole, with its list marker', () => {
    const pages = planPieces([long], [[{ block: 0, fromLine: 0, toLine: 3 }]], () => 3, () => 0)
    expect(pages[0]?.[0]).toMatchObject({ runs: long.runs, continued: false, continues: false })
  })

  it('splits a paragraph where the measured line begins, marking both sides', () => {
    const starts = [0, 8, 19]
    const pages = planPieces(
      [long],
      [[{ block: 0, fromLine: 0, toLine: 1 }], [{ block: 0, fromLine: 1, toLine: 3 }]],
      () => 3,
      (_, line) => starts[line] ?? 0,
    )
    expect(text(runsOf(pages[0]?.[0]))).toBe('one two ')
    expect(pages[0]?.[0]).toMatchObject({ continued: false, continues: true })
    expect(text(runsOf(pages[1]?.[0]))).toBe('three four five six seven')
    expect(pages[1]?.[0]).toMatchObject({ continued: true, continues: false })
    expect(runsOf(pages[1]?.[0])[0]?.italic).toBe(true)
  })

  it('adds up to the paragraph exactly even when the measurer reports nonsense offsets', () => {
    const pages = planPieces(
      [long],
      [
        [{ block: 0, fromLine: 0, toLine: 1 }],
        [{ block: 0, fromLine: 1, toLine: 2 }],
        [{ block: 0, fromLine: 2, toLine: 3 }],
      ],
      () => 3,
      (_, line) => (line === 1 ? 500 : -4),
    )
    const joined = pages.flatMap((page) => page.map((piece) => text(runsOf(piece)))).join('')
    expect(joined).toBe(paragraphText(long))
    expect(runsLength(long.runs)).toBe(joined.length)
  })
})
