import { memo } from 'react'
import type { ReactNode } from 'react'
import { assertNever } from '../release/assert-never'
import type { ContentTable } from '../release/content-table'
import { tableLayout } from '../export/table-layout'
import { tableHeading, tableLines } from '../export/table-lines'
import type { TableLine } from '../export/table-lines'
import { pt } from './page-css'
import type { TablePiece } from './paragraph-pieces'
import { sameTablePiece } from './same-piece'
import { rowRules, tableCellStyle } from './table-css'
import { tableStyle } from './table-css'

function lineRow(table: ContentTable, line: TableLine, key: string): ReactNode {
  const span = table.columns.length + 1
  switch (line.kind) {
    case 'title':
      return (
        <tr key={key} data-table-line="title">
          <th colSpan={span} scope="colgroup" style={tableCellStyle({ align: 'left', bold: true })}>{line.text}</th>
        </tr>
      )
    case 'unit':
      return (
        <tr key={key} data-table-line="unit">
          <td colSpan={span} style={tableCellStyle({ align: 'left', italic: true })}>{line.text}</td>
        </tr>
      )
    case 'note':
      return (
        <tr key={key} data-table-line="note">
          <td colSpan={span} style={tableCellStyle({ align: 'left' })}>{line.text}</td>
        </tr>
      )
    case 'head':
      return (
        <tr key={key} data-table-line="head">
          <td style={tableCellStyle({ align: 'left' })} />
          {line.cells.map((head, index) => (
            <th
              key={index}
              scope={head.span > 1 ? 'colgroup' : 'col'}
              colSpan={head.span > 1 ? head.span : undefined}
              style={tableCellStyle({
                // Over one column a head reaches its edge; across several it is centred over them.
                align: head.span > 1 ? 'center' : 'right',
                text: ')',
                ruleBelow: line.last ? 'single' : 'none',
              })}
            >
              {head.text}
            </th>
          ))}
        </tr>
      )
    case 'row': {
      const { row } = line
      const bold = row.style === 'heading' || row.style === 'total'
      return (
        <tr key={key} data-table-line="row" data-row-id={row.id} data-row-style={row.style}>
          <th scope="row" style={tableCellStyle({ align: 'left', bold, indent: row.indent })}>{row.label}</th>
          {table.columns.map((_, index) => {
            const cell = row.cells[index]
            return (
              <td key={index} style={tableCellStyle({ align: cell?.align ?? 'right', text: cell?.text ?? '', bold: row.style === 'total', ...rowRules(row) })}>
                {cell?.text ?? ''}
              </td>
            )
          })}
        </tr>
      )
    }
    default:
      return assertNever(line)
  }
}

/**
 * The lines of a table on one page: the whole table, or the rows a page break left here under the
 * heading printed again ("(continued)"), as Word repeats a table's header rows.
 */
export const PrintTable = memo(function PrintTable(props: { readonly piece: TablePiece; readonly textWidthPt: number }) {
  const { table, fromLine, toLine, continues } = props.piece
  const lines = tableLines(table, props.textWidthPt)
  const heading = tableHeading(table, props.textWidthPt, fromLine > 0)
  const repeats = fromLine >= heading.length
  const head = repeats ? heading : lines.slice(fromLine, Math.min(toLine, heading.length))
  const body = lines.slice(Math.max(fromLine, heading.length), toLine)
  const widths = tableLayout(table, props.textWidthPt).widthsPt
  return (
    <table
      className="print-table"
      data-table-id={table.id}
      data-continued={fromLine > 0 ? 'true' : undefined}
      style={tableStyle(continues)}
    >
      <colgroup>
        {widths.map((width, index) => (
          <col key={index} style={{ width: pt(width) }} />
        ))}
      </colgroup>
      {head.length > 0 && <thead>{head.map((line, index) => lineRow(table, line, `h${index}`))}</thead>}
      {body.length > 0 && <tbody>{body.map((line, index) => lineRow(table, line, `b${fromLine + index}`))}</tbody>}
    </table>
  )
}, (a, b) => a.textWidthPt === b.textWidthPt && sameTablePiece(a.piece, b.piece))
