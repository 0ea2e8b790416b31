import { assertNever } from './assert-never'
import type { ContentTable, ContentTableCell, ContentTableRow } from './content-table'
import type { ReleaseDocument } from './document-schema'
import type { HouseStyle } from './house-style'
import type { ReleaseFacts } from './release-facts'
import { tableRowKind, tableRowLabel, tableRowValues } from './table-figures'
import { scalesWithUnit, tableChangeText, tableFigureText } from './table-format'
import { columnHeadLines } from './table-heads'
import type { FigureTableRow, StoredTable, TableColumn, TableUnit } from './table-schema'

/** The unit line a table prints: "(in thousands, except per share data)"; its own when it gives one. */
export function tableUnitLine(table: StoredTable, facts: ReleaseFacts): string {
  if (table.unitLine !== undefined) return table.unitLine
  const kinds = table.rows.flatMap((row) => (row.kind === 'heading' ? [] : [tableRowKind(row, facts)]))
  // A table of per-share figures and ratios alone is in no unit.
  if (!kinds.some(scalesWithUnit)) return ''
  const perShare = kinds.includes('perShare')
  const except = perShare ? ', except per share data' : ''
  switch (table.unit) {
    case 'units':
      return ''
    case 'thousands':
    case 'millions':
      return `(in ${table.unit}${except})`
    default:
      return assertNever(table.unit)
  }
}

/** The text of one figure cell: a period's figure, or the change between two. */
export function tableCellText(
  row: FigureTableRow,
  column: TableColumn,
  unit: TableUnit,
  facts: ReleaseFacts,
  style: HouseStyle,
): string {
  const kind = tableRowKind(row, facts)
  const values = tableRowValues(row, facts)
  switch (column.kind) {
    case 'period':
      return tableFigureText(values[column.period], kind, unit, style)
    case 'change':
      return tableChangeText(values[column.current], values[column.prior], column.change, kind, unit, style)
    default:
      return assertNever(column)
  }
}

function resolvedRow(table: StoredTable, row: StoredTable['rows'][number], facts: ReleaseFacts): ContentTableRow {
  const style = facts.document.style
  if (row.kind === 'heading') {
    return {
      id: row.id,
      label: row.label,
      indent: row.indent,
      style: 'heading',
      ruleAbove: false,
      doubleRuleBelow: false,
      cells: table.columns.map((): ContentTableCell => ({ text: '', align: 'right', source: null })),
    }
  }
  return {
    id: row.id,
    label: tableRowLabel(row, facts),
    indent: row.indent,
    style: row.style,
    ruleAbove: row.ruleAbove ?? row.style !== 'normal',
    doubleRuleBelow: row.doubleRuleBelow,
    cells: table.columns.map(
      (column, index): ContentTableCell => ({
        text: tableCellText(row, column, table.unit, facts, style),
        align: 'right',
        source: { tableId: table.id, rowId: row.id, column: index },
      }),
    ),
  }
}

/** One stored table as it prints, its figures read from the release's figures. */
export function resolveTable(table: StoredTable, facts: ReleaseFacts): ContentTable {
  return {
    kind: 'table',
    id: table.id,
    title: table.title,
    unitLine: tableUnitLine(table, facts),
    columns: table.columns.map((column) => ({ headLines: columnHeadLines(facts.document.period, column, table.heads) })),
    rows: table.rows.map((row) => resolvedRow(table, row, facts)),
    notes: table.notes,
  }
}

/** The release's financial tables, resolved from its stored tables and figures, in reading order. */
export function releaseTables(document: ReleaseDocument, facts: ReleaseFacts): readonly ContentTable[] {
  return document.tables.map((table) => resolveTable(table, facts))
}
