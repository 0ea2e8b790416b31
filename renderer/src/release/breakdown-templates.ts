import type { MeasureDefinition } from './measure-definition'
import { definitionOf } from './release-measures'
import type { Result } from './result'
import { fail, ok } from './result'
import type { StoredTable, TableRow } from './table-schema'
import type { TemplateInput } from './table-template-rows'
import { changeColumns, enteredRow, freeTableId, headingRow, measureRow } from './table-template-rows'

function childrenOf(measures: readonly MeasureDefinition[], parent: MeasureDefinition): readonly MeasureDefinition[] {
  return measures.filter((measure) => measure.parent === parent.id)
}

/** The parent the table breaks down: the one asked for, or the first measure of the release with segments. */
function segmentParent(input: TemplateInput): MeasureDefinition | undefined {
  if (input.subject !== undefined) {
    const asked = input.measures.find((measure) => measure.id === input.subject)
    return asked !== undefined && childrenOf(input.measures, asked).length > 0 ? asked : undefined
  }
  return input.measures.find((measure) => childrenOf(input.measures, measure).length > 0)
}

/** Revenue by segment: each segment of a parent, then its eliminations, then the parent as the total they add up to. */
export function segmentTemplate(input: TemplateInput): Result<StoredTable> {
  const parent = segmentParent(input)
  if (parent === undefined)
    return fail('The release reports no segments: add measures whose parent is the total they add up to, then build the segment table.')
  const children = childrenOf(input.measures, parent)
  // Eliminations come after the segments, as a statement shows them, whatever the grid's order.
  const ordered = [...children.filter((child) => !child.eliminations), ...children.filter((child) => child.eliminations)]
  const rows: TableRow[] = ordered.map((child) => measureRow(`segment-${child.id}`, child.id, { indent: 1 }))
  rows.push(
    measureRow(`total-${parent.id}`, parent.id, {
      style: 'total',
      doubleRuleBelow: true,
      sums: ordered.map((child) => ({ row: `segment-${child.id}`, sign: 1 })),
    }),
  )
  return ok({
    id: freeTableId('segments', input.tableIds),
    title: `${parent.label} by Segment`,
    unit: 'thousands',
    heads: 'periods',
    columns: [...changeColumns(input.quarter)],
    rows,
    notes: [],
  })
}

/** The non-GAAP measure reconciled: the one asked for, or the first of the release whose GAAP measure it also reports. */
function nonGaapMeasure(input: TemplateInput): MeasureDefinition | undefined {
  const reconcilable = (measure: MeasureDefinition): boolean =>
    !measure.gaap && measure.reconcilesTo !== null && input.measures.some((other) => other.id === measure.reconcilesTo)
  const candidates = input.measures.filter(reconcilable)
  return input.subject === undefined ? candidates[0] : candidates.find((measure) => measure.id === input.subject)
}

const ADJUSTMENTS = ['Amortization of acquired intangible assets', 'Restructuring charges', 'Income tax effect of adjustments'] as const

/**
 * A reconciliation of a non-GAAP measure to its GAAP measure, as Regulation G asks: the GAAP
 * figure, each adjustment as a row to enter (a tax effect entered negative), and the non-GAAP
 * figure as the total they must add up to.
 */
export function reconciliationTemplate(input: TemplateInput): Result<StoredTable> {
  const nonGaap = nonGaapMeasure(input)
  if (nonGaap === undefined || nonGaap.reconcilesTo === null)
    return fail('The release reports no non-GAAP measure with its GAAP measure: add both to the figures, then build the reconciliation.')
  const gaap = definitionOf(input.measures, nonGaap.reconcilesTo)
  const figures = nonGaap.kind === 'perShare' ? 'perShare' : nonGaap.kind === 'count' ? 'count' : 'money'
  const adjustments = ADJUSTMENTS.map((label, index) => enteredRow(`adjustment-${index + 1}`, label, { indent: 1 }, figures))
  return ok({
    id: freeTableId('reconciliation', input.tableIds),
    title: `Reconciliation of ${gaap.label} to ${nonGaap.label}`,
    unit: figures === 'perShare' ? 'units' : 'thousands',
    heads: 'periods',
    columns: [...changeColumns(input.quarter).filter((column) => column.kind === 'period')],
    rows: [
      measureRow(`gaap-${gaap.id}`, gaap.id, {}, `${gaap.label} (GAAP)`),
      headingRow('adjustments-heading', 'Adjustments:'),
      ...adjustments,
      measureRow(`non-gaap-${nonGaap.id}`, nonGaap.id, {
        style: 'total',
        doubleRuleBelow: true,
        sums: [{ row: `gaap-${gaap.id}`, sign: 1 }, ...adjustments.map((row) => ({ row: row.id, sign: 1 as const }))],
      }, `${nonGaap.label} (non-GAAP)`),
    ],
    notes: [],
  })
}
