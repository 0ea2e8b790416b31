import type { z } from 'zod'
import { assertNever } from './assert-never'
import type { MeasureDefinition } from './measure-definition'
import { tablesSchema } from './table-schema'
import type { FigureTableRow, StoredTable, TableColumn, TableRow } from './table-schema'

/**
 * Reads a release file's `tables` against its measures, adding any problem to the file's own
 * issues with its field named: a row bound to a measure the release does not report is refused,
 * since it would print dashes where the person expects figures.
 */
export function storedTables(
  raw: unknown,
  measures: readonly MeasureDefinition[],
  ctx: z.RefinementCtx,
): readonly StoredTable[] | null {
  if (raw === undefined) return []
  const parsed = tablesSchema.safeParse(raw, { reportInput: true })
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      ctx.addIssue({
        code: 'custom',
        path: ['tables', ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))],
        message: issue.message,
        input: issue.input,
      })
    return null
  }
  const reported = new Set(measures.map((measure) => measure.id))
  let refused = false
  parsed.data.forEach((table, tableIndex) => {
    table.rows.forEach((row, rowIndex) => {
      if (row.kind !== 'measure' || reported.has(row.measure)) return
      refused = true
      ctx.addIssue({
        code: 'custom',
        path: ['tables', tableIndex, 'rows', rowIndex, 'measure'],
        message: `the release does not report "${row.measure}"; add it to the measures or make the row one of figures entered for the table`,
        input: row.measure,
      })
    })
  })
  return refused ? null : parsed.data
}

function layoutForFile(row: FigureTableRow) {
  return {
    indent: row.indent,
    style: row.style,
    ...(row.ruleAbove === undefined ? {} : { ruleAbove: row.ruleAbove }),
    doubleRuleBelow: row.doubleRuleBelow,
    sums: row.sums.map((term) => ({ row: term.row, sign: term.sign })),
  }
}

function rowForFile(row: TableRow): Readonly<Record<string, unknown>> {
  switch (row.kind) {
    case 'heading':
      return { id: row.id, kind: row.kind, label: row.label, indent: row.indent }
    case 'measure':
      return { id: row.id, kind: row.kind, measure: row.measure, ...(row.label === undefined ? {} : { label: row.label }), ...layoutForFile(row) }
    case 'entered':
      return { id: row.id, kind: row.kind, label: row.label, figures: row.figures, values: { ...row.values }, ...layoutForFile(row) }
    default:
      return assertNever(row)
  }
}

function columnForFile(column: TableColumn): Readonly<Record<string, unknown>> {
  switch (column.kind) {
    case 'period':
      return { kind: column.kind, period: column.period }
    case 'change':
      return { kind: column.kind, change: column.change, current: column.current, prior: column.prior }
    default:
      return assertNever(column)
  }
}

/** A table as the file writes it, its keys always in one order, however it was made (opened, built from a template, edited). */
export function tableForFile(table: StoredTable): Readonly<Record<string, unknown>> {
  return {
    id: table.id,
    title: table.title,
    unit: table.unit,
    ...(table.unitLine === undefined ? {} : { unitLine: table.unitLine }),
    heads: table.heads,
    columns: table.columns.map(columnForFile),
    rows: table.rows.map(rowForFile),
    notes: [...table.notes],
  }
}
