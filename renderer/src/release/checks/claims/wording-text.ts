import type { Comparison } from '../../comparisons'
import { capitalize } from '../../fiscal-calendar'
import { wordingStyleFor } from '../../house-style'
import type { ComparisonPair } from '../../measures'
import { comparisonClause, priorPhrase } from '../../wording'
import type { FactsIndex } from './facts-index'

/**
 * The comparison as the release's own wording engine states it, as a sentence:
 * "Sales were 19% ahead of the same quarter in fiscal 2005". `exact` turns a bounded wording
 * ("more than 50%") into the exact percent, which is what a correction needs to show.
 */
export function comparisonSentence(
  index: FactsIndex,
  comparison: Comparison,
  exact: boolean,
): string {
  const style = index.style
  const chosen = wordingStyleFor(style, comparison.definition, comparison.pair)
  const wording = exact && chosen === 'bounded' ? 'exact' : chosen
  return capitalize(
    comparisonClause(comparison, wording, style, {
      quarter: index.quarter,
      fiscalYear: index.fiscalYear,
    }),
  )
}

/** "the previous quarter", "the same quarter in fiscal 2005". */
export function priorWords(index: FactsIndex, pair: ComparisonPair): string {
  return priorPhrase(pair, { quarter: index.quarter, fiscalYear: index.fiscalYear })
}
