import { Dec } from '../decimal'
import type { MeasureDefinition, MeasureKind } from '../measure-definition'
import type { ReleaseFacts } from '../release-facts'
import { measureOf } from '../release-measures'
import { figureRowsById, tableRowKind, tableRowLabel, tableRowValues } from '../table-figures'
import { scalesWithUnit, shownInTable, tableDecimals, tableFigureText, tableNumber } from '../table-format'
import { periodColumnDate, periodColumnSpan, tableDate } from '../table-heads'
import type { FigureTableRow, StoredTable } from '../table-schema'
import type { Finding } from './finding'
import { finding } from './finding'

/** "Net sales" inside a sentence: "net sales"; "EBITDA" and "Test Systems revenue" keep their capitals. */
export function labelInSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label
}

/** What a finding says of where a figure sits: "in thousands; three months ended Sept. 30, 2026". */
export function cellContext(table: StoredTable, kind: MeasureKind, column: number, facts: ReleaseFacts): string {
  const head = table.columns[column]
  const period =
    head === undefined || head.kind !== 'period'
      ? ''
      : table.heads === 'dates'
        ? tableDate(periodColumnDate(facts.document.period, head.period))
        : `${periodColumnSpan(facts.document.period, head.period).toLowerCase()} ${tableDate(periodColumnDate(facts.document.period, head.period))}`
  const unit = scalesWithUnit(kind) && table.unit !== 'units' ? `in ${table.unit}` : ''
  return [unit, period].filter((part) => part !== '').join('; ')
}

/** The non-GAAP measure a total reconciles, when the total is one and it sums its GAAP measure. */
function reconciled(table: StoredTable, row: FigureTableRow, facts: ReleaseFacts): MeasureDefinition | null {
  if (row.kind !== 'measure') return null
  const measures = facts.resolution.figures.measures
  const total = measureOf(measures, row.measure)
  if (total === undefined || total.gaap || total.reconcilesTo === null) return null
  const rows = figureRowsById(table)
  const sumsGaap = row.sums.some((term) => {
    const summed = rows.get(term.row)
    return summed?.kind === 'measure' && summed.measure === total.reconcilesTo
  })
  return sumsGaap ? total : null
}

/**
 * Every subtotal and total of the table that does not add up, in each period column: an error when
 * the printed figures do not foot and the figures behind them do not either, a warning when only
 * the rounding makes the difference. A reconciliation's non-GAAP total that does not add up says
 * it does not reconcile.
 */
export function footingFindings(table: StoredTable, facts: ReleaseFacts): Finding[] {
  const rows = figureRowsById(table)
  const style = facts.document.style
  const findings: Finding[] = []
  for (const row of rows.values()) {
    if (row.sums.length === 0) continue
    const kind = tableRowKind(row, facts)
    const decimals = tableDecimals(kind, table.unit)
    const totals = tableRowValues(row, facts)
    const terms = row.sums.flatMap((term) => {
      const summed = rows.get(term.row)
      return summed === undefined ? [] : [{ row: summed, sign: term.sign, values: tableRowValues(summed, facts) }]
    })
    const nonGaap = reconciled(table, row, facts)
    table.columns.forEach((column, index) => {
      if (column.kind !== 'period') return
      const total = totals[column.period]
      const values = terms.map((term) => term.values[column.period])
      // A term not entered yet cannot be footed: the dash in the table already shows it.
      if (total === null || values.some((value) => value === null)) return
      let exact = new Dec(0)
      let shown = new Dec(0)
      terms.forEach((term, at) => {
        const value = values[at] ?? new Dec(0)
        exact = exact.plus(value.times(term.sign))
        shown = shown.plus(shownInTable(value, kind, table.unit).times(term.sign))
      })
      const shownTotal = shownInTable(total, kind, table.unit)
      if (shownTotal.equals(shown)) return
      const exactGap = shownInTable(total.minus(exact).abs(), kind, table.unit)
      const label = tableRowLabel(row, facts)
      const printed = tableFigureText(total, kind, table.unit, style)
      const parts = terms
        .map((term, at) => {
          const text = tableNumber(shownInTable(values[at] ?? new Dec(0), kind, table.unit), decimals, style, kind === 'perShare')
          const name = `${labelInSentence(tableRowLabel(term.row, facts))} ${text}`
          return at === 0 ? (term.sign === 1 ? name : `minus ${name}`) : `${term.sign === 1 ? 'plus' : 'less'} ${name}`
        })
        .join(' ')
      const sum = tableNumber(shown, decimals, style, kind === 'perShare')
      const where = cellContext(table, kind, index, facts)
      const location = { block: 'tableCell' as const, tableId: table.id, rowId: row.id, column: index }
      if (exactGap.isZero()) {
        const by = tableNumber(shownTotal.minus(shown).abs(), decimals, style, kind === 'perShare')
        findings.push(
          finding({
            severity: 'warning',
            rule: 'table-footing',
            message: `${label} ${printed}: footing differs by ${by} from rounding; ${parts} is ${sum} as printed, though the figures behind them add up (${where}).`,
            quote: printed,
            location,
          }),
        )
        return
      }
      const verb = nonGaap === null ? 'does not foot' : 'does not reconcile'
      findings.push(
        finding({
          severity: 'error',
          rule: nonGaap === null ? 'table-footing' : 'table-reconciliation',
          message: `${label} ${printed} ${verb}: ${parts} is ${sum} (${where}).`,
          quote: printed,
          location,
          expected: sum,
        }),
      )
    })
  }
  return findings
}
