import { assertNever } from '../release/assert-never'
import type { ContentTable } from '../release/content-table'
import type { ContentBlock, ContentParagraph, Run } from '../release/release-content'
import type { PagePlan } from './paginate'

/** The part of a paragraph that sits on one page: all of it, or the lines a page break left there. */
export interface ParagraphPiece {
  readonly kind: 'paragraph'
  readonly key: string
  readonly paragraph: ContentParagraph
  readonly runs: readonly Run[]
  /** Starts part-way through its paragraph, so it carries no list marker. */
  readonly continued: boolean
  /** Ends part-way through its paragraph, so it has no space after it. */
  readonly continues: boolean
}

/** The lines [fromLine, toLine) of a table (see table-lines.ts) that sit on one page. */
export interface TablePiece {
  readonly kind: 'table'
  readonly key: string
  readonly table: ContentTable
  readonly fromLine: number
  readonly toLine: number
  /** Ends before the table does, so it has no space after it. */
  readonly continues: boolean
}

/** What one page draws of one block. */
export type PagePiece = ParagraphPiece | TablePiece

export type PagePieces = readonly (readonly PagePiece[])[]

/** The paragraph's characters as the page measures them: the runs' texts, line breaks excluded. */
export function runsLength(runs: readonly Run[]): number {
  return runs.reduce((total, run) => total + run.text.length, 0)
}

/** The runs covering characters [from, to) of a paragraph; a line break at `from` becomes the page break. */
export function sliceRuns(runs: readonly Run[], from: number, to: number): Run[] {
  const slice: Run[] = []
  let start = 0
  for (const run of runs) {
    const end = start + run.text.length
    const a = Math.max(start, from)
    const b = Math.min(end, to)
    const inside = run.text.length === 0 ? start >= from && start < to : a < b
    if (inside) {
      slice.push({
        ...run,
        text: run.text.slice(a - start, b - start),
        breakBefore: run.breakBefore && a === start && (a > from || from === 0),
      })
    }
    start = end
  }
  return slice
}

/** The whole paragraph as one piece, before anything has been measured. */
export function wholePiece(paragraph: ContentParagraph, index: number): ParagraphPiece {
  return { kind: 'paragraph', key: `${index}`, paragraph, runs: paragraph.runs, continued: false, continues: false }
}

/** The whole table as one piece. */
export function wholeTable(table: ContentTable, index: number, lines: number): TablePiece {
  return { kind: 'table', key: `${index}`, table, fromLine: 0, toLine: lines, continues: false }
}

/**
 * Turns a page plan in lines into the pieces each page renders. `lineStart(block, line)` gives
 * the character offset where a line begins; offsets are kept in order and in range, so that the
 * pieces of a paragraph always add up to its text exactly once.
 */
export function planPieces(
  blocks: readonly ContentBlock[],
  plan: PagePlan,
  lineCount: (block: number) => number,
  lineStart: (block: number, line: number) => number,
): PagePieces {
  const consumed = new Map<number, number>()
  return plan.map((slices) =>
    slices.flatMap((slice): PagePiece[] => {
      const block = blocks[slice.block]
      if (block === undefined) return []
      switch (block.kind) {
        case 'paragraph':
          break
        case 'table': {
          const lines = Math.max(1, lineCount(slice.block))
          return [
            slice.fromLine === 0 && slice.toLine >= lines
              ? wholeTable(block, slice.block, lines)
              : {
                  kind: 'table',
                  key: `${slice.block}:${slice.fromLine}`,
                  table: block,
                  fromLine: slice.fromLine,
                  toLine: slice.toLine,
                  continues: slice.toLine < lines,
                },
          ]
        }
        default:
          return assertNever(block)
      }
      const paragraph = block
      const total = runsLength(paragraph.runs)
      const from = consumed.get(slice.block) ?? 0
      const isLast = slice.toLine >= Math.max(1, lineCount(slice.block))
      const to = isLast ? total : Math.min(total, Math.max(from, lineStart(slice.block, slice.toLine)))
      consumed.set(slice.block, to)
      if (from === 0 && isLast) return [wholePiece(paragraph, slice.block)]
      return [
        {
          kind: 'paragraph',
          key: `${slice.block}:${slice.fromLine}`,
          paragraph,
          runs: sliceRuns(paragraph.runs, from, to),
          continued: from > 0,
          continues: !isLast,
        },
      ]
    }),
  )
}
