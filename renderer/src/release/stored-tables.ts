import type { z } from 'zod'
import type { MeasureDefinition } from './measure-definition'
import { tablesSchema } from './table-schema'
import type { StoredTable } from './table-schema'

/**
 * Reads a release file's `tables` against its measures, adding any problem to the file's own
 * issues with its field named: a row bound to a measure the release does not report is refused,
 * since it would print dashes where the person expects figures.
 */
export function storedTables(
  raw: unknown,
  measures: readonly MeasureDefinition[],
  ctx: z.RefinementCtx,
): readonly StoredTable[] | null {
  if (raw === undefined) return []
  const parsed = tablesSchema.safeParse(raw, { reportInput: true })
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      ctx.addIssue({
        code: 'custom',
        path: ['tables', ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))],
        message: issue.message,
        input: issue.input,
      })
    return null
  }
  const reported = new Set(measures.map((measure) => measure.id))
  let refused = false
  parsed.data.forEach((table, tableIndex) => {
    table.rows.forEach((row, rowIndex) => {
      if (row.kind !== 'measure' || reported.has(row.measure)) return
      refused = true
      ctx.addIssue({
        code: 'custom',
        path: ['tables', tableIndex, 'rows', rowIndex, 'measure'],
        message: `the release does not report "${row.measure}"; add it to the measures or make the row one of figures entered for the table`,
        input: row.measure,
      })
    })
  })
  return refused ? null : parsed.data
}
