/** Test helpers for a release's figures, now keyed by measure id: change some rows, keep the rest. */
import { releaseMeasures, VERSION_1_ENTRIES } from '../../renderer/src/release/release-measures'
import { catalogueMeasure } from '../../renderer/src/release/measure-catalogue'
import type { MeasureDefinition } from '../../renderer/src/release/measure-definition'
import { EMPTY_ROW, figureRow } from '../../renderer/src/release/figures-schema'
import type { FigureRow, Figures } from '../../renderer/src/release/figures-schema'

export { figureRow }

/** The figures with some cells of some rows changed; a row of a measure the figures do not report is ignored. */
export function withRows(
  figures: Figures,
  rows: Readonly<Record<string, Partial<FigureRow> | undefined>>,
): Figures {
  const next: Record<string, FigureRow> = { ...figures.rows }
  for (const [measure, row] of Object.entries(rows)) {
    if (row === undefined || !(measure in next)) continue
    next[measure] = { ...(next[measure] ?? EMPTY_ROW), ...row }
  }
  return { ...figures, rows: next }
}

/** A catalogue measure's definition, for tests that name one. */
export function measure(id: string): MeasureDefinition {
  const found = catalogueMeasure(id)
  if (found === undefined) throw new Error(`no catalogue measure "${id}"`)
  return found
}

/** A resolved row of a measure, for tests that read one. */
export { resolvedRow } from '../../renderer/src/release/resolve-figures'

/** Version-1 figures (revenue, net income, diluted EPS, diluted shares) from their rows. */
export function v1Figures(rows: Readonly<Record<string, FigureRow>>): Figures {
  const measures = releaseMeasures(VERSION_1_ENTRIES)
  if (!measures.ok) throw new Error(measures.error)
  return { entries: VERSION_1_ENTRIES, measures: measures.value, rows }
}
