import type { IBorderOptions, ITableCellBorders } from 'docx'
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx'
import { assertNever } from '../../release/assert-never'
import type { ContentTable, ContentTableCell, ContentTableRow } from '../../release/content-table'
import { figureInsetPt, TABLE_GEOMETRY } from '../page-geometry'
import { headWidths, tableLayout } from '../table-layout'
import { tableHeading, tableLines } from '../table-lines'
import type { TableLine } from '../table-lines'
import { halfPoints, twips } from './docx-geometry'

/**
 * A financial table as a real Word table: its heading rows repeat at the top of every page it runs
 * onto, every row is exactly the preview's row height (so Word breaks it between the same rows),
 * figures are right-aligned, and the only lines are the accountant's rules.
 */

// Word measures border weight in eighths of a point.
const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: TABLE_GEOMETRY.ruleWeightPt * 8, color: '000000', space: 0 }
const DOUBLE_RULE: IBorderOptions = { ...RULE, style: BorderStyle.DOUBLE }

interface Look {
  readonly bold?: boolean
  readonly italic?: boolean
  readonly align: 'left' | 'right' | 'center'
  readonly indentPt?: number
  /** A figure stands in by its own inset; a head reaches the edge of the figures' parentheses. */
  readonly inset?: 'figure' | 'edge'
}

function cellParagraph(text: string, look: Look): Paragraph {
  return new Paragraph({
    alignment: look.align === 'right' ? AlignmentType.RIGHT : look.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: 0, after: 0, line: twips(TABLE_GEOMETRY.rowHeightPt), lineRule: LineRuleType.EXACT },
    indent:
      look.align === 'right'
        ? { right: twips(figureInsetPt(look.inset === 'edge' ? ')' : text)) }
        : look.align === 'center'
          ? { right: twips(figureInsetPt(')')) }
          : { left: twips(look.indentPt ?? 0) },
    children: [
      new TextRun({
        text,
        size: halfPoints(TABLE_GEOMETRY.sizePt),
        ...(look.bold === true ? { bold: true } : {}),
        ...(look.italic === true ? { italics: true } : {}),
      }),
    ],
  })
}

function cell(widthPt: number, paragraph: Paragraph, options: { readonly span?: number; readonly borders?: ITableCellBorders } = {}): TableCell {
  return new TableCell({
    width: { size: twips(widthPt), type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.BOTTOM,
    ...(options.span === undefined ? {} : { columnSpan: options.span }),
    ...(options.borders === undefined ? {} : { borders: options.borders }),
    children: [paragraph],
  })
}

function figureBorders(row: ContentTableRow): ITableCellBorders | undefined {
  if (!row.ruleAbove && !row.doubleRuleBelow) return undefined
  return { ...(row.ruleAbove ? { top: RULE } : {}), ...(row.doubleRuleBelow ? { bottom: DOUBLE_RULE } : {}) }
}

function figureCell(widthPt: number, value: ContentTableCell | undefined, row: ContentTableRow): TableCell {
  const borders = figureBorders(row)
  return cell(
    widthPt,
    cellParagraph(value?.text ?? '', { align: value?.align ?? 'right', bold: row.style === 'total' }),
    borders === undefined ? {} : { borders },
  )
}

function lineCells(table: ContentTable, line: TableLine, widths: readonly number[]): TableCell[] {
  const total = widths.reduce((sum, width) => sum + width, 0)
  const [labelWidth = total, ...figureWidths] = widths
  const span = widths.length
  switch (line.kind) {
    case 'title':
      return [cell(total, cellParagraph(line.text, { align: 'left', bold: true }), { span })]
    case 'unit':
      return [cell(total, cellParagraph(line.text, { align: 'left', italic: true }), { span })]
    case 'note':
      return [cell(total, cellParagraph(line.text, { align: 'left' }), { span })]
    case 'head': {
      const widths = headWidths(line.cells, figureWidths)
      return [
        cell(labelWidth, cellParagraph('', { align: 'left' })),
        ...line.cells.map((head, position) => {
          const width = widths[position] ?? 0
          // A head over one column reaches its edge, over a negative figure's closing parenthesis;
          // a head set across columns is centred over them.
          const paragraph = cellParagraph(head.text, { align: head.span > 1 ? 'center' : 'right', inset: 'edge' })
          return cell(width, paragraph, {
            ...(head.span > 1 ? { span: head.span } : {}),
            ...(line.last ? { borders: { bottom: RULE } } : {}),
          })
        }),
      ]
    }
    case 'row': {
      const { row } = line
      const label = cellParagraph(row.label, {
        align: 'left',
        bold: row.style === 'heading' || row.style === 'total',
        indentPt: row.indent * TABLE_GEOMETRY.indentPt,
      })
      return [
        cell(labelWidth, label),
        ...table.columns.map((_, index) => figureCell(figureWidths[index] ?? 0, row.cells[index], row)),
      ]
    }
    default:
      return assertNever(line)
  }
}

/** The table, and the space under it (Word puts none after a table) as a paragraph of that height. */
export function createTable(table: ContentTable, textWidthPt: number): [Table, Paragraph] {
  const widths = tableLayout(table, textWidthPt).widthsPt
  const headingCount = tableHeading(table, textWidthPt, false).length
  const rows = tableLines(table, textWidthPt).map(
    (line, index) =>
      new TableRow({
        // The heading rows are Word's repeated header rows: printed again on each page the table runs onto.
        ...(index < headingCount ? { tableHeader: true } : {}),
        cantSplit: true,
        height: { value: twips(TABLE_GEOMETRY.rowHeightPt), rule: HeightRule.EXACT },
        children: lineCells(table, line, widths),
      }),
  )
  const space = new Paragraph({
    spacing: { before: 0, after: 0, line: twips(TABLE_GEOMETRY.spaceAfterPt), lineRule: LineRuleType.EXACT },
  })
  return [
    new Table({
      width: { size: twips(textWidthPt), type: WidthType.DXA },
      columnWidths: widths.map(twips),
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      rows,
    }),
    space,
  ]
}
