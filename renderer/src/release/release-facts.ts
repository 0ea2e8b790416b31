import { compare, allComparisons } from './comparisons'
import type { Comparison } from './comparisons'
import type { ReleaseDocument } from './document-schema'
import type { ComparisonPair, Measure } from './measures'
import { resolveFigures } from './resolve-figures'
import type { FigureResolution } from './resolve-figures'

/** Everything computed from a release's figures, once per change: the figures with derived ones filled in, and every comparison. */
export interface ReleaseFacts {
  readonly document: ReleaseDocument
  readonly resolution: FigureResolution
  readonly comparisons: readonly Comparison[]
  readonly comparison: (measure: Measure, pair: ComparisonPair) => Comparison
}

/** Computes the facts of a release. Pure: the same document always gives the same facts. */
export function releaseFacts(document: ReleaseDocument): ReleaseFacts {
  const resolution = resolveFigures(document.figures, document.period.quarter)
  const comparisons = allComparisons(resolution.figures)
  return {
    document,
    resolution,
    comparisons,
    comparison: (measure, pair) =>
      comparisons.find((entry) => entry.measure === measure && entry.pair === pair) ??
      compare(resolution.figures, measure, pair),
  }
}
