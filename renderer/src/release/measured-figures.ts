import type { z } from 'zod'
import { figuresSchemaFor } from './figures-schema'
import type { Figures } from './figures-schema'
import type { MeasureEntry } from './measure-entry'
import { releaseMeasures, VERSION_1_ENTRIES } from './release-measures'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Reads a file's figures against its measures list, adding any problem to the file's own issues
 * with its field named. A version-1 file has no list: it reports the four measures of version 1,
 * and ignores unknown keys in its figures as it always did. A version-2 file refuses figures of a
 * measure its list does not name.
 */
export function measuredFigures(
  listed: readonly MeasureEntry[] | undefined,
  figures: unknown,
  strict: boolean,
  ctx: z.RefinementCtx,
): Figures | null {
  const entries = listed ?? VERSION_1_ENTRIES
  const measures = releaseMeasures(entries)
  if (!measures.ok) {
    // The message starts with the field it is about ("measures.2: …").
    const [field, ...rest] = measures.error.split(': ')
    ctx.addIssue({
      code: 'custom',
      path: (field ?? 'measures').split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      message: rest.join(': '),
    })
    return null
  }
  if (listed !== undefined && isRecord(figures)) {
    const ids = new Set(entries.map((entry) => entry.id))
    for (const key of Object.keys(figures)) {
      if (key === 'precision' || ids.has(key)) continue
      ctx.addIssue({
        code: 'custom',
        path: ['figures', key],
        message: `"${key}" is not in this file's measures list; add {"id": "${key}"} to "measures" or remove these figures`,
        input: figures[key],
      })
      return null
    }
  }
  const parsed = figuresSchemaFor(entries, measures.value, strict).safeParse(figures, {
    reportInput: true,
  })
  if (parsed.success) return parsed.data
  for (const issue of parsed.error.issues) {
    ctx.addIssue({
      code: 'custom',
      path: ['figures', ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))],
      message: issue.message,
      input: issue.input,
    })
  }
  return null
}
