import { PERIODS } from '../../release/measures'
import type { Measure, MeasureKind, PeriodKey } from '../../release/measures'
import { splitCell, workbookMappingSchema } from '../../release/workbook-mapping'
import type { WorkbookMapping, WorkbookUnit } from '../../release/workbook-mapping'
import type { Result } from '../../release/result'
import { fail, ok } from '../../release/result'
import { firstProblem } from '../../release/validation-message'
import { figureCellText } from '../../store/figure-text'
import { readMappedFigures } from '../../workbook/workbook-import'
import type { OpenedWorkbook } from '../../workbook/workbook-import'

/** What the mapping dialog's fields hold: the sheet, the unit, and each measure's cell of each period as typed. */
export interface MappingFields {
  readonly sheet: string | undefined
  readonly unit: WorkbookUnit
  readonly cells: Readonly<Record<Measure, Partial<Record<PeriodKey, string>>>>
}

/** What one mapped cell shows under its field before anything is applied. */
export type CellPreview =
  | { readonly kind: 'none' }
  | { readonly kind: 'value'; readonly text: string }
  | { readonly kind: 'problem'; readonly text: string }

/**
 * The mapping the fields describe. A remembered mapping's signs and per-measure units are kept;
 * a measure with no cell typed is left out, and a cell that is not an address such as C5 refuses it.
 */
export function mappingFromFields(fields: MappingFields, remembered: WorkbookMapping | undefined): Result<WorkbookMapping> {
  const measures: Record<Measure, unknown> = {}
  for (const [measure, row] of Object.entries(fields.cells)) {
    const cells = Object.fromEntries(
      PERIODS.flatMap((period) => {
        const typed = row[period]?.trim() ?? ''
        return typed === '' ? [] : [[period, typed]]
      }),
    )
    if (Object.keys(cells).length === 0) continue
    const before = remembered?.measures[measure]
    measures[measure] = {
      cells,
      ...(before?.unit === undefined ? {} : { unit: before.unit }),
      ...(before?.signs === undefined ? {} : { signs: before.signs }),
    }
  }
  if (Object.keys(measures).length === 0) return fail('Type the cell of at least one figure, such as C5.')
  const parsed = workbookMappingSchema.safeParse({
    ...(fields.sheet === undefined ? {} : { sheet: fields.sheet }),
    unit: fields.unit,
    signs: remembered?.signs ?? 'asShown',
    measures,
  })
  return parsed.success ? ok(parsed.data) : fail(firstProblem(parsed.error))
}

/** The figure one typed cell would bring in, read as Apply would read it, or why it cannot. */
export function previewCell(
  workbook: OpenedWorkbook,
  fields: MappingFields,
  measure: Measure,
  kind: MeasureKind,
  period: PeriodKey,
): CellPreview {
  const typed = fields.cells[measure]?.[period]?.trim() ?? ''
  if (typed === '') return { kind: 'none' }
  if (splitCell(typed.toUpperCase()) === null) return { kind: 'problem', text: 'Type a cell such as C5.' }
  const mapping = workbookMappingSchema.parse({
    ...(fields.sheet === undefined ? {} : { sheet: fields.sheet }),
    unit: fields.unit,
    measures: { [measure]: { cells: { [period]: typed } } },
  })
  const read = readMappedFigures(workbook, mapping)
  if (!read.ok) return { kind: 'problem', text: read.error }
  const value = read.value.figures[measure]?.[period] ?? null
  return value === null ? { kind: 'value', text: 'empty: not reported' } : { kind: 'value', text: figureCellText(kind, value) }
}
