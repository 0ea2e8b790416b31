import type { MeasureDefinition } from './measure-definition'
import type { PeriodKey } from './measures'
import type { Result } from './result'
import { fail, ok } from './result'
import { freeTableId } from './table-template-rows'
import type { EnteredKind, StoredTable, SumTerm, TableRow, TableRowStyle } from './table-schema'

/** A new row as the Tables panel adds it: a heading, a measure's figures, or figures entered only for the table. */
export type NewTableRow =
  | { readonly kind: 'heading'; readonly label: string }
  | { readonly kind: 'measure'; readonly measure: string }
  | { readonly kind: 'entered'; readonly label: string; readonly figures: EnteredKind }

const EMPTY_VALUES: Readonly<Record<PeriodKey, string | null>> = {
  quarter: null,
  previousQuarter: null,
  yearAgoQuarter: null,
  yearToDate: null,
  yearAgoYearToDate: null,
}

/** "Cost of sales" → "cost-of-sales", a row id not yet used in the table. */
export function rowIdFor(text: string, table: StoredTable): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60)
  const base = /^[a-z]/.test(slug) ? slug : `row-${slug}`.replace(/-+$/, '')
  return freeTableId(base, table.rows.map((row) => row.id))
}

/** The row a new-row request makes, or why it cannot (no label, a measure the release does not report). */
export function newRow(request: NewTableRow, table: StoredTable, measures: readonly MeasureDefinition[]): Result<TableRow> {
  const layout = { indent: 0, style: 'normal' as const, doubleRuleBelow: false, sums: [] }
  switch (request.kind) {
    case 'heading':
      return ok({ id: rowIdFor(request.label === '' ? 'heading' : request.label, table), kind: 'heading', label: request.label.trim(), indent: 0 })
    case 'measure': {
      const measure = measures.find((definition) => definition.id === request.measure)
      if (measure === undefined) return fail(`The release does not report "${request.measure}"; add it to the figures first.`)
      return ok({ id: rowIdFor(measure.id, table), kind: 'measure', measure: measure.id, ...layout })
    }
    case 'entered': {
      const label = request.label.trim()
      if (label === '') return fail('A row of entered figures needs a label, such as "Cost of sales".')
      return ok({ id: rowIdFor(label, table), kind: 'entered', label, figures: request.figures, values: EMPTY_VALUES, ...layout })
    }
  }
}

/** The totals that add up a row, by label: a row cannot leave the place above them. */
function summedBy(table: StoredTable, rowId: string): readonly TableRow[] {
  return table.rows.filter((row) => row.kind !== 'heading' && row.sums.some((term) => term.row === rowId))
}

function labelOf(row: TableRow): string {
  return row.kind === 'measure' ? (row.label ?? row.measure) : row.label
}

/** The rows after one moves up or down; refused where a total would come to sum a row below it. */
export function movedRows(table: StoredTable, rowId: string, direction: 'up' | 'down'): Result<readonly TableRow[]> {
  const at = table.rows.findIndex((row) => row.id === rowId)
  const to = direction === 'up' ? at - 1 : at + 1
  const moved = table.rows[at]
  const other = table.rows[to]
  if (moved === undefined || other === undefined) return ok(table.rows)
  // A statement's totals sum the lines above them; swapping a total with a line it sums would break that.
  const [upper, lower] = direction === 'up' ? [other, moved] : [moved, other]
  if (lower.kind !== 'heading' && lower.sums.some((term) => term.row === upper.id))
    return fail(`"${labelOf(lower)}" sums "${labelOf(upper)}", so it stays below it; change what the total sums first.`)
  const next = [...table.rows]
  next[to] = moved
  next[at] = other
  return ok(next)
}

/** The rows without one; every total that summed it stops doing so (the person sees it no longer foots). */
export function rowsWithout(table: StoredTable, rowId: string): readonly TableRow[] {
  return table.rows
    .filter((row) => row.id !== rowId)
    .map((row) =>
      row.kind === 'heading' || !row.sums.some((term) => term.row === rowId)
        ? row
        : { ...row, sums: row.sums.filter((term) => term.row !== rowId) },
    )
}

/** What a row now sums, or why not: each term a row of figures above it. */
export function checkedSums(table: StoredTable, rowId: string, sums: readonly SumTerm[]): Result<readonly SumTerm[]> {
  const at = table.rows.findIndex((row) => row.id === rowId)
  for (const term of sums) {
    const index = table.rows.findIndex((row) => row.id === term.row)
    const row = table.rows[index]
    if (row === undefined || row.kind === 'heading' || index >= at)
      return fail(`A total sums rows of figures above it; "${term.row}" is not one.`)
  }
  return ok(sums)
}

/** The row with its style: a normal row sums nothing, so it lets go of its terms. */
export function styledRow(row: TableRow, style: TableRowStyle): TableRow {
  if (row.kind === 'heading') return row
  return { ...row, style, sums: style === 'normal' ? [] : row.sums }
}

/** Rows that the totals of a table sum, so the panel can warn before one is removed. */
export function totalsSumming(table: StoredTable, rowId: string): readonly string[] {
  return summedBy(table, rowId).map(labelOf)
}
