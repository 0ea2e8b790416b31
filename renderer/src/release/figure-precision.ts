import { Dec } from './decimal'
import type { ReleaseDocument } from './document-schema'
import { measureKind } from './measures'
import type { Measure, PeriodKey } from './measures'

/**
 * The unit of the last digit an entered figure is known to: 100000 for "$5.6 million", 1 for
 * "5,600,000", 0.01 for "$0.02". Null when the figure is not entered. The checks use it to judge a
 * stated percent only where no values within the figures' precision give it.
 *
 * Interim rule (until the document keeps the precision people typed): the decimals of the stored
 * amount, and whole units for whole amounts.
 */
export function figureUnit(
  document: ReleaseDocument,
  measure: Measure,
  period: PeriodKey,
): Dec | null {
  const stored = document.figures[measure][period]
  if (stored === null) return null
  const decimals = /\.(\d+)$/.exec(stored)?.[1]?.length ?? 0
  const unit = new Dec(10).pow(-decimals)
  return measureKind(measure) === 'perShare' && decimals < 2 ? new Dec('0.01') : unit
}
