import { assertNever } from './assert-never'
import type { QuarterNumber } from './fiscal-calendar'
import type { MeasureDefinition } from './measure-definition'
import type { PeriodKey } from './measures'
import type { Result } from './result'
import { fail, ok } from './result'
import { checkedSums, movedRows, newRow, rowsWithout, styledRow } from './table-rows-edit'
import type { NewTableRow } from './table-rows-edit'
import { tablesSchema } from './table-schema'
import type { StoredTable, SumTerm, TableRow, TableRowStyle } from './table-schema'
import { tableTemplate } from './table-templates'

export type { NewTableRow } from './table-rows-edit'

/** A change to the release's financial tables, as the Tables panel and the menus make it: commands as data. */
export type TableCommand =
  | { readonly kind: 'insertTemplate'; readonly template: string; readonly subject?: string }
  | { readonly kind: 'removeTable'; readonly table: string }
  | { readonly kind: 'addRow'; readonly table: string; readonly row: NewTableRow; readonly after?: string }
  | { readonly kind: 'removeRow'; readonly table: string; readonly row: string }
  | { readonly kind: 'moveRow'; readonly table: string; readonly row: string; readonly direction: 'up' | 'down' }
  | { readonly kind: 'setLabel'; readonly table: string; readonly row: string; readonly label: string }
  | { readonly kind: 'setIndent'; readonly table: string; readonly row: string; readonly indent: number }
  | { readonly kind: 'setStyle'; readonly table: string; readonly row: string; readonly style: TableRowStyle }
  | { readonly kind: 'setSums'; readonly table: string; readonly row: string; readonly sums: readonly SumTerm[] }
  /** An entered row's figure for a period, already read as an exact amount (null: not reported). */
  | { readonly kind: 'setEntered'; readonly table: string; readonly row: string; readonly period: PeriodKey; readonly amount: string | null }

/** What a command is applied against: the release's measures and quarter. */
export interface TableContext {
  readonly measures: readonly MeasureDefinition[]
  readonly quarter: QuarterNumber
}

function withRows(
  tables: readonly StoredTable[],
  tableId: string,
  change: (table: StoredTable) => Result<readonly TableRow[]>,
): Result<readonly StoredTable[]> {
  const table = tables.find((candidate) => candidate.id === tableId)
  if (table === undefined) return fail(`The release has no table "${tableId}".`)
  const rows = change(table)
  if (!rows.ok) return rows
  if (rows.value === table.rows) return ok(tables)
  return ok(tables.map((candidate) => (candidate === table ? { ...table, rows: [...rows.value] } : candidate)))
}

function withRow(
  tables: readonly StoredTable[],
  tableId: string,
  rowId: string,
  change: (row: TableRow, table: StoredTable) => Result<TableRow>,
): Result<readonly StoredTable[]> {
  return withRows(tables, tableId, (table) => {
    const row = table.rows.find((candidate) => candidate.id === rowId)
    if (row === undefined) return fail(`The table "${table.title}" has no row "${rowId}".`)
    const next = change(row, table)
    if (!next.ok) return next
    if (next.value === row) return ok(table.rows)
    return ok(table.rows.map((candidate) => (candidate === row ? next.value : candidate)))
  })
}

function insertTemplate(tables: readonly StoredTable[], command: Extract<TableCommand, { kind: 'insertTemplate' }>, context: TableContext) {
  const template = tableTemplate(command.template)
  if (template === undefined) return fail(`There is no table template "${command.template}".`)
  const built = template.build({
    measures: context.measures,
    quarter: context.quarter,
    tableIds: tables.map((table) => table.id),
    ...(command.subject === undefined ? {} : { subject: command.subject }),
  })
  if (!built.ok) return built
  return ok([...tables, built.value])
}

function relabelled(row: TableRow, label: string): Result<TableRow> {
  const text = label.trim()
  switch (row.kind) {
    case 'heading':
      return ok(row.label === text ? row : { ...row, label: text })
    case 'entered':
      if (text === '') return fail('A row of entered figures needs a label, such as "Cost of sales".')
      return ok(row.label === text ? row : { ...row, label: text })
    case 'measure': {
      // An emptied label goes back to the measure's own.
      if (text === '') {
        if (row.label === undefined) return ok(row)
        const { label: _dropped, ...rest } = row
        return ok(rest)
      }
      return ok(row.label === text ? row : { ...row, label: text })
    }
    default:
      return assertNever(row)
  }
}

function apply(tables: readonly StoredTable[], command: TableCommand, context: TableContext): Result<readonly StoredTable[]> {
  switch (command.kind) {
    case 'insertTemplate':
      return insertTemplate(tables, command, context)
    case 'removeTable':
      return ok(tables.filter((table) => table.id !== command.table))
    case 'addRow':
      return withRows(tables, command.table, (table) => {
        const row = newRow(command.row, table, context.measures)
        if (!row.ok) return row
        const after = command.after === undefined ? -1 : table.rows.findIndex((candidate) => candidate.id === command.after)
        const at = after === -1 ? table.rows.length : after + 1
        return ok([...table.rows.slice(0, at), row.value, ...table.rows.slice(at)])
      })
    case 'removeRow':
      return withRows(tables, command.table, (table) => ok(rowsWithout(table, command.row)))
    case 'moveRow':
      return withRows(tables, command.table, (table) => movedRows(table, command.row, command.direction))
    case 'setLabel':
      return withRow(tables, command.table, command.row, (row) => relabelled(row, command.label))
    case 'setIndent': {
      const indent = Math.min(4, Math.max(0, Math.round(command.indent)))
      return withRow(tables, command.table, command.row, (row) => ok(row.indent === indent ? row : { ...row, indent }))
    }
    case 'setStyle':
      return withRow(tables, command.table, command.row, (row) =>
        ok(row.kind !== 'heading' && row.style === command.style ? row : styledRow(row, command.style)),
      )
    case 'setSums':
      return withRow(tables, command.table, command.row, (row, table) => {
        if (row.kind === 'heading') return fail('A heading has no figures to sum.')
        if (row.style === 'normal' && command.sums.length > 0) return fail('Only a subtotal or total sums other rows; set its style first.')
        const sums = checkedSums(table, row.id, command.sums)
        return sums.ok ? ok({ ...row, sums: [...sums.value] }) : sums
      })
    case 'setEntered':
      return withRow(tables, command.table, command.row, (row) => {
        if (row.kind !== 'entered') return fail('Only a row of entered figures takes typed figures; a measure row shows the figures grid.')
        if (row.values[command.period] === command.amount) return ok(row)
        return ok({ ...row, values: { ...row.values, [command.period]: command.amount } })
      })
    default:
      return assertNever(command)
  }
}

/** The release's tables after a command, or why it was refused; the result always reads back as a release file does. */
export function applyTableCommand(
  tables: readonly StoredTable[],
  command: TableCommand,
  context: TableContext,
): Result<readonly StoredTable[]> {
  const next = apply(tables, command, context)
  if (!next.ok || next.value === tables) return next
  // A safety net: a table the file could not read back is never made.
  const checked = tablesSchema.safeParse(next.value)
  if (!checked.success) return fail(checked.error.issues[0]?.message ?? 'The table could not be changed that way.')
  return next
}
