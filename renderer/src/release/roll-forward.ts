import type { FigurePrecision, FigureRow, Figures, ReleaseDocument } from './document-schema'
import { figureRow } from './figures-schema'
import { nextQuarter } from './fiscal-calendar'

type PeriodRow = FigureRow

function rolledRow(row: PeriodRow): PeriodRow {
  return {
    quarter: null,
    // This quarter becomes the previous one; the rest belong to periods not reported yet.
    previousQuarter: row.quarter,
    yearAgoQuarter: null,
    yearToDate: null,
    yearAgoYearToDate: null,
  }
}

function rolledFigures(figures: Figures): Figures {
  // Every measure the release reports, the person's own included, in the grid's order.
  const rolled: Figures = {
    entries: figures.entries,
    measures: figures.measures,
    rows: Object.fromEntries(
      figures.measures.map((measure) => [measure.id, rolledRow(figureRow(figures, measure.id))]),
    ),
  }
  // A quarter typed as "5.6m" is still known only to 100000 as the previous quarter.
  const precision: FigurePrecision = Object.fromEntries(
    figures.measures.map((definition) => definition.id).flatMap((measure) => {
      const unit = figures.precision?.[measure]?.quarter
      return unit === undefined ? [] : [[measure, { previousQuarter: unit }]]
    }),
  )
  return Object.keys(precision).length === 0 ? rolled : { ...rolled, precision }
}

/**
 * "New quarter from this release": the next quarter's release, wrapping from the fourth quarter
 * to the first of the next fiscal year. This quarter's figures become the previous quarter's; the
 * rest are emptied, dates reset and the release goes back to draft. The narrative is kept: its
 * fields follow the new period, and typed words naming the old one are then flagged by the checks.
 */
export function rollForward(document: ReleaseDocument): ReleaseDocument {
  const next = nextQuarter(document.period.quarter, document.period.fiscalYear)
  return {
    ...document,
    period: {
      ...document.period,
      fiscalYear: next.year,
      quarter: next.quarter,
      periodEnd: null,
      releaseDate: null,
    },
    figures: rolledFigures(document.figures),
    status: { final: false, overrideReason: null },
  }
}
