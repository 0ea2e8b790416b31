import type { IRunOptions, Table } from 'docx'
import { Paragraph, TextRun } from 'docx'
import { assertNever } from '../../release/assert-never'
import type { ContentBlock, ContentParagraph, Run } from '../../release/release-content'
import { createTable } from './release-table'
import { BULLET_REFERENCE, NUMBER_REFERENCE, roleStyleId } from './docx-styles'

/**
 * One release paragraph as a Word paragraph. Every word, computed ones included, goes in as plain
 * text: a Word field would make Word offer to "update" the numbers the release was checked against.
 */

/** One text run per line of a run: a line break inside the text becomes a Word line break. */
function textRuns(run: Run): TextRun[] {
  return run.text.split('\n').map((line, index) => {
    const breakBefore = index > 0 || run.breakBefore
    const options: IRunOptions = {
      text: line,
      ...(run.bold ? { bold: true } : {}),
      ...(run.italic ? { italics: true } : {}),
      ...(breakBefore ? { break: 1 } : {}),
    }
    return new TextRun(options)
  })
}

/** The runs of a paragraph with their bold and italic; the paragraph's style sets the rest. */
export function createRuns(runs: readonly Run[]): TextRun[] {
  return runs.flatMap(textRuns)
}

/**
 * Widow and orphan control, as the preview paginates: at least two lines on each side of a page
 * break. Set on each paragraph, as docx's style options cannot carry it.
 */
const PAGINATION = { widowControl: true } as const

/**
 * Which Word list each ordered paragraph is in: a list starts again at its level wherever the content
 * numbers an item 1, so each ordered list is its own instance and Word numbers it as the preview does.
 */
function orderedInstances(blocks: readonly ContentBlock[]): ReadonlyMap<number, number> {
  const instances = new Map<number, number>()
  const current = new Map<number, number>()
  let next = 0
  blocks.forEach((block, index) => {
    const list = block.kind === 'paragraph' ? block.list : null
    if (list === null || list.kind !== 'ordered') return
    if (list.number === 1 || !current.has(list.level)) {
      next += 1
      current.set(list.level, next)
    }
    instances.set(index, current.get(list.level) ?? next)
  })
  return instances
}

/** A paragraph; an ordered list item in list `instance` (see orderedInstances). */
export function createParagraph(paragraph: ContentParagraph, instance = 0): Paragraph {
  const style = roleStyleId(paragraph.role)
  const runs = createRuns(paragraph.runs)
  const list = paragraph.list
  if (list === null) return new Paragraph({ style, ...PAGINATION, children: runs })
  const level = Math.min(list.level, 8)
  const numbering =
    list.kind === 'bullet'
      ? { reference: BULLET_REFERENCE, level }
      : { reference: NUMBER_REFERENCE, level, instance }
  return new Paragraph({ style, ...PAGINATION, children: runs, numbering })
}

/** The release's body, in reading order: its paragraphs, and its tables as Word tables `textWidthPt` wide. */
export function createBody(blocks: readonly ContentBlock[], textWidthPt: number): (Paragraph | Table)[] {
  const instances = orderedInstances(blocks)
  return blocks.flatMap((block, index): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'paragraph':
        return [createParagraph(block, instances.get(index))]
      case 'table':
        return createTable(block, textWidthPt)
      default:
        return assertNever(block)
    }
  })
}
