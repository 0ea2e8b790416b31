import type { Dec } from '../decimal'
import type { MeasureDefinition } from '../measure-definition'
import type { PeriodKey } from '../measures'
import type { ReleaseFacts } from '../release-facts'
import { figureValue, resolvedFigure } from '../resolve-figures'
import { tableRowValues } from '../table-figures'
import { shownInTable, tableFigureText } from '../table-format'
import type { EnteredTableRow, StoredTable } from '../table-schema'
import type { Finding } from './finding'
import { finding } from './finding'
import { amountFits } from './claims/tolerance'
import type { StatedAmount } from './stated-amounts'
import { statedAmounts } from './stated-amounts'
import { cellContext } from './table-footing'
import type { TextParagraph } from './text-model'

const NAME_CACHE = new WeakMap<MeasureDefinition, RegExp>()

/** Whether a row's label names the measure outright: "Net sales" is revenue, "Cost of sales" is not. */
function namesMeasure(label: string, measure: MeasureDefinition): boolean {
  let pattern = NAME_CACHE.get(measure)
  if (pattern === undefined) {
    const { names, profitNames, lossNames } = measure.words
    const escaped = measure.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    pattern = new RegExp(String.raw`^(?:${[escaped, ...names, ...profitNames, ...lossNames].join('|')})$`, 'i')
    NAME_CACHE.set(measure, pattern)
  }
  return pattern.test(label.trim().replace(/[:,]$/, '').trim())
}

/** The measure of the release an entered row stands for, by its label and kind; null when it names none. */
export function enteredRowMeasure(row: EnteredTableRow, measures: readonly MeasureDefinition[]): MeasureDefinition | null {
  return measures.find((measure) => measure.kind === row.figures && namesMeasure(row.label, measure)) ?? null
}

/**
 * Each figure typed for the table that disagrees, as printed, with the same measure's figure in
 * the grid: "Net sales" typed as 5,700 where the grid's revenue is 5,600 (in thousands).
 */
export function enteredFigureFindings(table: StoredTable, facts: ReleaseFacts): Finding[] {
  const findings: Finding[] = []
  const style = facts.document.style
  for (const row of table.rows) {
    if (row.kind !== 'entered') continue
    const measure = enteredRowMeasure(row, facts.resolution.figures.measures)
    if (measure === null) continue
    const values = tableRowValues(row, facts)
    table.columns.forEach((column, index) => {
      if (column.kind !== 'period') return
      const typed = values[column.period]
      const grid = gridFigure(facts, measure, column.period)
      if (typed === null || grid === null) return
      if (shownInTable(typed, measure.kind, table.unit).equals(shownInTable(grid, measure.kind, table.unit))) return
      const printed = tableFigureText(typed, measure.kind, table.unit, style)
      const right = tableFigureText(grid, measure.kind, table.unit, style)
      findings.push(
        finding({
          severity: 'error',
          rule: 'table-figure',
          message: `${row.label} ${printed} disagrees with ${measure.inMessages} in the figures grid, which is ${right} (${cellContext(table, measure.kind, index, facts)}): bind the row to the measure, or correct the figure.`,
          quote: printed,
          location: { block: 'tableCell', tableId: table.id, rowId: row.id, column: index },
          expected: right,
        }),
      )
    })
  }
  return findings
}

function gridFigure(facts: ReleaseFacts, measure: MeasureDefinition, period: PeriodKey): Dec | null {
  return figureValue(resolvedFigure(facts.resolution.figures, measure.id, period))
}

const PLACE_NAMES: Readonly<Record<string, string>> = { results: 'the results', quote: 'the quote', headline: 'the headline', subheadline: 'the subheadline' }

/** "the results, paragraph 2": where the text states a figure, for a finding at the table's cell. */
function textPlace(amount: StatedAmount): string {
  const block = PLACE_NAMES[amount.location.block] ?? `the ${amount.location.block}`
  return `${block}, paragraph ${amount.location.paragraph + 1}`
}

/**
 * Each figure typed for the table that the text states otherwise, where the grid has no figure to
 * judge either by: "Gross profit 1,300" in the table and "gross profit of $1.2 million" in the text.
 */
export function statedFigureFindings(
  table: StoredTable,
  facts: ReleaseFacts,
  paragraphs: readonly TextParagraph[],
  candidates: readonly MeasureDefinition[],
): Finding[] {
  const rows = table.rows.flatMap((row) => {
    if (row.kind !== 'entered') return []
    const measure = enteredRowMeasure(row, candidates)
    return measure === null ? [] : [{ row, measure }]
  })
  if (rows.length === 0) return []
  const stated = statedAmounts(paragraphs, facts, rows.map((entry) => entry.measure))
  const style = facts.document.style
  const findings: Finding[] = []
  for (const { row, measure } of rows) {
    const values = tableRowValues(row, facts)
    table.columns.forEach((column, index) => {
      if (column.kind !== 'period') return
      const typed = values[column.period]
      if (typed === null || gridFigure(facts, measure, column.period) !== null) return
      const wrong = stated.find(
        (amount) => amount.measure === measure.id && amount.period === column.period && !amountFits(amount.token, typed.abs()),
      )
      if (wrong === undefined) return
      const printed = tableFigureText(typed, measure.kind, table.unit, style)
      findings.push(
        finding({
          severity: 'error',
          rule: 'table-figure',
          message: `${row.label} ${printed} disagrees with the text, which states ${measure.inMessages} of ${wrong.quote} in ${textPlace(wrong)} (${cellContext(table, measure.kind, index, facts)}): correct the table or the text.`,
          quote: printed,
          location: { block: 'tableCell', tableId: table.id, rowId: row.id, column: index },
        }),
      )
    })
  }
  return findings
}
