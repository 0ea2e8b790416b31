import { figureUnit } from '../../figure-precision'
import { figureRow } from '../../figures-schema'
import type { FigureLookup } from '../../ratio-parts'
import { ratioLookup } from '../../ratio-parts'
import type { ReleaseFacts } from '../../release-facts'
import { figureValue, resolvedFigure } from '../../resolve-figures'
import type { FactsIndex } from './facts-index'
import type { RatioClaimFacts } from './point-claims'

/**
 * The figures as entered, each with the unit of its last digit: what a ratio and its parts are
 * judged with. A figure the release only derives is not entered, so it neither makes nor breaks a ratio.
 */
export function enteredFigures(facts: ReleaseFacts): FigureLookup {
  const { document, resolution } = facts
  return (measure, period) => {
    if (figureRow(document.figures, measure)[period] === null) return null
    const value = figureValue(resolvedFigure(resolution.figures, measure, period))
    const unit = figureUnit(document, measure, period)
    return value === null || unit === null ? null : { value, unit }
  }
}

// Built once per facts index, as the index itself is once per facts.
const RATIO_FACTS = new WeakMap<FactsIndex, RatioClaimFacts>()

/** The release's ratio measures and their values, entered or derived from their parts, for the points rules. */
export function releaseRatioFacts(index: FactsIndex): RatioClaimFacts {
  const kept = RATIO_FACTS.get(index)
  if (kept !== undefined) return kept
  const measures = index.facts.resolution.figures.measures
  const facts: RatioClaimFacts = {
    ratios: measures.filter((measure) => measure.kind === 'ratio'),
    values: ratioLookup(measures, enteredFigures(index.facts)),
    measures,
  }
  RATIO_FACTS.set(index, facts)
  return facts
}
