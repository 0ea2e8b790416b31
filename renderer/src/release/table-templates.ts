import { reconciliationTemplate, segmentTemplate } from './breakdown-templates'
import type { Result } from './result'
import { ok } from './result'
import { balanceSheetTemplate, operationsTemplate } from './statement-templates'
import type { StoredTable } from './table-schema'
import type { TemplateInput } from './table-template-rows'

export type { TemplateInput } from './table-template-rows'

/** A table a person can start from, built from the release's measures. */
export interface TableTemplate {
  readonly id: string
  /** As the "Add table" menu lists it. */
  readonly label: string
  /** The table, or why the release cannot have it yet (no segments, no non-GAAP measure). */
  readonly build: (input: TemplateInput) => Result<StoredTable>
}

/** Every table template, in the order the menu lists them. */
export const TABLE_TEMPLATES: readonly TableTemplate[] = [
  {
    id: 'statement-of-operations',
    label: 'Statement of operations',
    build: (input) => ok(operationsTemplate(input)),
  },
  {
    id: 'balance-sheet',
    label: 'Balance sheet summary',
    build: (input) => ok(balanceSheetTemplate(input)),
  },
  { id: 'segment-revenue', label: 'Revenue by segment', build: segmentTemplate },
  { id: 'non-gaap-reconciliation', label: 'Non-GAAP reconciliation', build: reconciliationTemplate },
]

/** A template by its id, or undefined when there is none by that id. */
export function tableTemplate(id: string): TableTemplate | undefined {
  return TABLE_TEMPLATES.find((template) => template.id === id)
}
