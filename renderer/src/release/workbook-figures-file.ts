import { z } from 'zod'
import { figuresFileSchema } from './figures-file'
import type { FiguresFile } from './figures-file'
import { parseJsonText } from './load-document'
import { VERSION_1_MEASURES } from './measure-catalogue'
import type { MeasureId } from './measure-definition'
import type { PeriodKey } from './measures'
import { shapeProblem } from './nesting-depth'
import type { Result } from './result'
import { fail, ok } from './result'
import { firstProblem, issuePath } from './validation-message'
import { workbookMappingSchema } from './workbook-mapping'

/**
 * The mapping file of `draft figures.xlsx --map mapping.json`: everything a figures file says but
 * the figures ("figuresFile"), and where the figures are in the workbook ("workbook").
 * Described in docs/figures-format.md, "From a workbook".
 */
export const workbookFiguresMappingSchema = z
  .object({
    figuresFile: z
      .record(z.string(), z.unknown(), {
        error: 'expected the figures file\'s company, fiscalYear, quarter and the rest, without its figures',
      })
      .refine((file) => !('figures' in file), {
        message: 'the figures come from the workbook; remove "figures" here',
        path: ['figures'],
      }),
    workbook: workbookMappingSchema,
  })
  .strict()
export type WorkbookFiguresMapping = z.output<typeof workbookFiguresMappingSchema>

function listed(ids: readonly string[]): string {
  return ids.length <= 1 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} or ${ids.at(-1) ?? ''}`
}

/**
 * Reads a workbook mapping file, refusing a measure the figures file cannot hold. `measures` are
 * the ids a figures file knows: today's four, until figures files list their own.
 */
export function readWorkbookFiguresMapping(
  text: string,
  measures: readonly MeasureId[] = VERSION_1_MEASURES,
): Result<WorkbookFiguresMapping> {
  const json = parseJsonText(text)
  if (!json.ok) return json
  const shape = shapeProblem(json.value)
  if (shape !== null) return fail(`${issuePath(shape.path.slice(0, 4))}: nested too deeply or too large for a mapping file`)
  const parsed = workbookFiguresMappingSchema.safeParse(json.value, { reportInput: true })
  if (!parsed.success) return fail(firstProblem(parsed.error))
  const unknown = Object.keys(parsed.data.workbook.measures).find((id) => !measures.includes(id))
  if (unknown !== undefined)
    return fail(`workbook.measures.${unknown}: not a measure a figures file holds; expected ${listed(measures)}`)
  return ok(parsed.data)
}

/** Where a problem with the composed figures file lies: in the mapping file, or in the workbook's figures. */
export interface FiguresFileProblem {
  readonly inWorkbook: boolean
  readonly message: string
}

/** The figures file the JSON route would read: the mapping's figures file with the workbook's figures. */
export function figuresFileFromWorkbook(
  mapping: WorkbookFiguresMapping,
  figures: Readonly<Record<MeasureId, Readonly<Record<PeriodKey, string | null>>>>,
): Result<FiguresFile, FiguresFileProblem> {
  const parsed = figuresFileSchema.safeParse({ ...mapping.figuresFile, figures }, { reportInput: true })
  if (parsed.success) return ok(parsed.data)
  const issue = parsed.error.issues[0]
  const inWorkbook = issue?.path[0] === 'figures'
  const issues = parsed.error.issues.map((each) => ({
    ...each,
    path: inWorkbook ? each.path : ['figuresFile', ...each.path],
  }))
  return fail({ inWorkbook, message: firstProblem(new z.ZodError(issues)) })
}
