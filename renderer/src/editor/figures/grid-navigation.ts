import { PERIODS } from '../../release/measures'
import type { Measure, PeriodKey } from '../../release/measures'

export type Move = 'down' | 'up'

/** Enter goes down the column, as in a spreadsheet; past the last row it starts the next column. */
export function neighbourCell(
  measures: readonly Measure[],
  measure: Measure,
  period: PeriodKey,
  move: Move,
): { readonly measure: Measure; readonly period: PeriodKey } | null {
  const row = measures.indexOf(measure)
  const column = PERIODS.indexOf(period)
  const step = move === 'down' ? 1 : -1
  let nextRow = row + step
  let nextColumn = column
  if (nextRow >= measures.length) {
    nextRow = 0
    nextColumn += 1
  } else if (nextRow < 0) {
    nextRow = measures.length - 1
    nextColumn -= 1
  }
  const nextMeasure = measures[nextRow]
  const nextPeriod = PERIODS[nextColumn]
  return nextMeasure === undefined || nextPeriod === undefined ? null : { measure: nextMeasure, period: nextPeriod }
}

export function cellInputId(measure: Measure, period: PeriodKey): string {
  return `figure-${measure}-${period}`
}
