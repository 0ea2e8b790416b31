import { compare, allComparisons } from './comparisons'
import type { Comparison } from './comparisons'
import type { ReleaseDocument } from './document-schema'
import { NO_REFUSED_ENTRIES } from './figure-cells'
import type { RefusedEntries } from './figure-cells'
import type { ComparisonPair, Measure } from './measures'
import { definitionOf } from './release-measures'
import { resolveFigures } from './resolve-figures'
import type { FigureResolution } from './resolve-figures'

/** Everything computed from a release's figures, once per change: the figures with derived ones filled in, and every comparison. */
export interface ReleaseFacts {
  readonly document: ReleaseDocument
  readonly resolution: FigureResolution
  readonly comparisons: readonly Comparison[]
  readonly comparison: (measure: Measure, pair: ComparisonPair) => Comparison
  /** Cells whose typed entry is not an amount: the words that rest on them show a placeholder instead. */
  readonly refused: RefusedEntries
}

/** Computes the facts of a release. Pure: the same document and refused entries always give the same facts. */
export function releaseFacts(
  document: ReleaseDocument,
  refused: RefusedEntries = NO_REFUSED_ENTRIES,
): ReleaseFacts {
  const resolution = resolveFigures(document.figures, document.period.quarter)
  const comparisons = allComparisons(resolution.figures)
  return {
    document,
    resolution,
    comparisons,
    refused,
    comparison: (measure, pair) =>
      comparisons.find((entry) => entry.measure === measure && entry.pair === pair) ??
      compare(resolution.figures, definitionOf(resolution.figures.measures, measure), pair),
  }
}
