import { MEASURE_CATALOGUE } from '../measure-catalogue'
import type { ReleaseFacts } from '../release-facts'
import type { Finding } from './finding'
import { enteredFigureFindings, statedFigureFindings } from './table-figure-checks'
import { footingFindings } from './table-footing'
import type { TextParagraph } from './text-model'

/**
 * Every problem in the release's financial tables, each at its cell: a subtotal or total that
 * does not foot, a reconciliation that does not reconcile, and a figure typed for a table that
 * the figures grid or the text states otherwise.
 */
export function tableFindings(facts: ReleaseFacts, paragraphs: readonly TextParagraph[]): readonly Finding[] {
  const tables = facts.document.tables
  if (tables.length === 0) return []
  const reported = facts.resolution.figures.measures
  // A line the grid does not report may still be a measure the text names: the catalogue's words find it.
  const candidates = [...reported, ...MEASURE_CATALOGUE.filter((measure) => !reported.some((own) => own.id === measure.id))]
  return tables.flatMap((table) => [
    ...footingFindings(table, facts),
    ...enteredFigureFindings(table, facts),
    ...statedFigureFindings(table, facts, paragraphs, candidates),
  ])
}
