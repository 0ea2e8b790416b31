import type { IRunOptions } from 'docx'
import { Paragraph, Tab, TextRun } from 'docx'
import type { ContentParagraph, Run } from '../../release/release-content'
import { twips } from './docx-geometry'
import { LIST_INDENT_PT } from '../page-geometry'
import { BULLET_REFERENCE, roleStyleId } from './docx-styles'

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
 * An ordered item's number is written as text ("2." and a tab, hanging in the indent), as the
 * content numbered it: Word's list counters would need restart rules that differ between Word and
 * other readers for nested lists, and the number must read the same everywhere.
 */
function orderedMarker(number: number): TextRun {
  return new TextRun({ children: [`${number}.`, new Tab()] })
}

function listIndent(level: number) {
  return { left: twips(LIST_INDENT_PT * (level + 1)), hanging: twips(LIST_INDENT_PT) }
}

/**
 * Widow and orphan control, as the preview paginates: at least two lines on each side of a page
 * break. Set on each paragraph, as docx's style options cannot carry it.
 */
const PAGINATION = { widowControl: true } as const

export function createParagraph(paragraph: ContentParagraph): Paragraph {
  const style = roleStyleId(paragraph.role)
  const runs = createRuns(paragraph.runs)
  const list = paragraph.list
  if (list === null) return new Paragraph({ style, ...PAGINATION, children: runs })
  if (list.kind === 'bullet') {
    return new Paragraph({
      style,
      ...PAGINATION,
      children: runs,
      numbering: { reference: BULLET_REFERENCE, level: Math.min(list.level, 8) },
    })
  }
  return new Paragraph({
    style,
    ...PAGINATION,
    children: [orderedMarker(list.number), ...runs],
    indent: listIndent(list.level),
  })
}

/** The release's body, in reading order. */
export function createBody(paragraphs: readonly ContentParagraph[]): Paragraph[] {
  return paragraphs.map(createParagraph)
}
