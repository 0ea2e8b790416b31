import { figureCellKey } from '../figure-cells'
import type { FigureCellKey } from '../figure-cells'
import { storedPrecision } from '../figure-precision'
import { figureRow } from '../figures-schema'
import { ratioTieOuts } from '../ratio-parts'
import type { ReleaseFacts } from '../release-facts'
import { enteredFigures } from './claims/release-ratios'
import { segmentTieOutFindings } from './segment-tie-outs'
import type { SegmentFigures } from './segment-tie-outs'
import type { FigureFinding } from './tie-outs'

/**
 * Every entered margin against its entered parts: a gross margin typed 41.0% beside gross profit
 * of $4,050 over revenue of $10,000 (40.5%). The entered margin's cell comes first, so the grid
 * marks it and its parts; a margin whose parts are not both entered is not judged.
 */
export function ratioFigureFindings(facts: ReleaseFacts): readonly FigureFinding[] {
  const { measures } = facts.resolution.figures
  const derivedAgainst = new Set(
    facts.resolution.discrepancies.map((entry) => figureCellKey(entry.measure, entry.period)),
  )
  return ratioTieOuts(measures, enteredFigures(facts), facts.document.style).map((tieOut) => {
    const cells = tieOut.cells.map(({ measure, period }): FigureCellKey => figureCellKey(measure, period))
    // At the first quarter a margin's year to date may also disagree with its quarter: two problems, two ids.
    const clash = cells[0] !== undefined && derivedAgainst.has(cells[0])
    const finding = clash ? { ...tieOut.finding, id: `${tieOut.finding.id}:parts` } : tieOut.finding
    return { finding, cells }
  })
}

/** The release's entered figures as the segment tie-out reads them: a row only for a measure it reports. */
function segmentFigures(facts: ReleaseFacts): SegmentFigures {
  const { figures } = facts.document
  const reported = new Set(figures.measures.map((measure) => measure.id))
  return {
    // Only what was typed: a derived figure would tie out the segments with themselves.
    row: (id) => (reported.has(id) ? figureRow(figures, id) : undefined),
    precision: (id, period) => storedPrecision(figures, id, period),
  }
}

/**
 * Every period where all of a measure's segments are entered and, with any eliminations line,
 * do not add up to it within the figures' precision: one finding a period, on the parent's and
 * every segment's cells.
 */
export function segmentFigureFindings(facts: ReleaseFacts): readonly FigureFinding[] {
  return segmentTieOutFindings(facts.document.figures.measures, segmentFigures(facts)).map(
    (found) => ({ finding: found.finding, cells: found.cells }),
  )
}
