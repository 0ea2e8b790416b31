import type { QuarterNumber } from './fiscal-calendar'
import type { MeasureDefinition, MeasureId, StatementLine } from './measure-definition'
import type { PeriodKey } from './measures'
import type { EnteredKind, SumTerm, TableColumn, TableRow, TableRowStyle } from './table-schema'

/** What a template is built from: the release's measures and quarter, and the ids its tables already use. */
export interface TemplateInput {
  readonly measures: readonly MeasureDefinition[]
  readonly quarter: QuarterNumber
  readonly tableIds: readonly string[]
  /** The measure the table is about, where a template needs one: a segment table's parent, a reconciliation's non-GAAP measure. */
  readonly subject?: MeasureId
}

/** How a template row is laid out: everything but its figures. */
export interface RowLayout {
  readonly indent?: number
  readonly style?: TableRowStyle
  readonly sums?: readonly SumTerm[]
  readonly doubleRuleBelow?: boolean
}

const NO_VALUES: Readonly<Record<PeriodKey, string | null>> = {
  quarter: null,
  previousQuarter: null,
  yearAgoQuarter: null,
  yearToDate: null,
  yearAgoYearToDate: null,
}

function layoutOf(layout: RowLayout) {
  return {
    indent: layout.indent ?? 0,
    style: layout.style ?? 'normal',
    doubleRuleBelow: layout.doubleRuleBelow ?? false,
    sums: [...(layout.sums ?? [])],
  }
}

/** A row of figures the person enters for the table, empty until they do. */
export function enteredRow(id: string, label: string, layout: RowLayout = {}, figures: EnteredKind = 'money'): TableRow {
  return { id, kind: 'entered', label, figures, values: NO_VALUES, ...layoutOf(layout) }
}

/** A row showing a measure's figures from the grid, with its own label unless the statement words it otherwise. */
export function measureRow(id: string, measure: MeasureId, layout: RowLayout = {}, label?: string): TableRow {
  return { id, kind: 'measure', measure, ...(label === undefined ? {} : { label }), ...layoutOf(layout) }
}

/** A label-only row: "Operating expenses:". */
export function headingRow(id: string, label: string, indent = 0): TableRow {
  return { id, kind: 'heading', label, indent }
}

/** The release's measure for a statement line, if it reports one. */
export function lineMeasure(measures: readonly MeasureDefinition[], line: StatementLine): MeasureDefinition | undefined {
  return measures.find((measure) => measure.statementLine === line)
}

/**
 * A statement line: bound to the release's measure when it reports one, so the table shows the
 * grid's figures; a row to enter otherwise.
 */
export function lineRow(
  input: TemplateInput,
  line: StatementLine,
  label: string,
  layout: RowLayout = {},
  figures: EnteredKind = 'money',
  keepLabel = false,
): TableRow {
  const measure = lineMeasure(input.measures, line)
  if (measure === undefined) return enteredRow(line, label, layout, figures)
  return measureRow(line, measure.id, layout, keepLabel ? label : undefined)
}

/** Adds the rows named, each with its sign: `sum(['gross-profit', 1], ['operating-expenses', -1])`. */
export function sum(...terms: readonly (readonly [string, 1 | -1])[]): readonly SumTerm[] {
  return terms.map(([row, sign]) => ({ row, sign }))
}

/** An id for a new table not yet used by the release: "operations", then "operations-2". */
export function freeTableId(base: string, used: readonly string[]): string {
  if (!used.includes(base)) return base
  for (let index = 2; ; index += 1) {
    const id = `${base}-${index}`
    if (!used.includes(id)) return id
  }
}

/** The quarter against the same quarter a year ago, then the year to date against last year's; the quarter alone at Q1, where the year to date is the quarter. */
export function statementColumns(quarter: QuarterNumber): readonly TableColumn[] {
  const quarters: readonly TableColumn[] = [
    { kind: 'period', period: 'quarter' },
    { kind: 'period', period: 'yearAgoQuarter' },
  ]
  if (quarter === 1) return quarters
  return [...quarters, { kind: 'period', period: 'yearToDate' }, { kind: 'period', period: 'yearAgoYearToDate' }]
}

/** The columns of a breakdown: each period pair with its % change. */
export function changeColumns(quarter: QuarterNumber): readonly TableColumn[] {
  const quarterPair: readonly TableColumn[] = [
    { kind: 'period', period: 'quarter' },
    { kind: 'period', period: 'yearAgoQuarter' },
    { kind: 'change', change: 'percent', current: 'quarter', prior: 'yearAgoQuarter' },
  ]
  if (quarter === 1) return quarterPair
  return [
    ...quarterPair,
    { kind: 'period', period: 'yearToDate' },
    { kind: 'period', period: 'yearAgoYearToDate' },
    { kind: 'change', change: 'percent', current: 'yearToDate', prior: 'yearAgoYearToDate' },
  ]
}
