import { z } from 'zod'
import { companySchema, FORMAT_VERSION, measuresListSchema, periodSchema } from './document-schema'
import { measuredFigures } from './measured-figures'
import type { ReleaseDocument } from './document-schema'
import { newReleaseStyleSchema } from './house-style'
import { standardNarrative } from './standard-template'

const figuresFileFields = z.object({
  /** Optional: a figures file without it is version 1, reporting the four measures of version 1. */
  formatVersion: z
    .union([z.literal(1), z.literal(2)], { error: 'expected formatVersion 1 or 2' })
    .optional(),
  measures: measuresListSchema.optional(),
  company: companySchema.partial({
    shortName: true,
    ticker: true,
    addressLines: true,
    datelineCity: true,
    phone: true,
    fax: true,
    web: true,
    logo: true,
  }),
  fiscalYear: periodSchema.shape.fiscalYear,
  quarter: periodSchema.shape.quarter,
  fiscalYearEndMonth: periodSchema.shape.fiscalYearEndMonth,
  periodEnd: periodSchema.shape.periodEnd,
  releaseDate: periodSchema.shape.releaseDate,
  figures: z.unknown().optional(),
  /** Optional house style; absent parts take a new release's defaults (losses in words). */
  style: newReleaseStyleSchema.prefault({}),
})

/** The figures file: the interchange with the finance team (docs/figures-format.md). Its figures are always strict. */
export const figuresFileSchema = figuresFileFields.transform((file, ctx) => {
  const { measures, figures, formatVersion, ...rest } = file
  const listed = formatVersion === 1 ? undefined : measures
  const read = measuredFigures(listed, figures, true, ctx)
  if (read === null) return z.NEVER
  return { ...rest, figures: read }
})
export type FiguresFile = z.output<typeof figuresFileSchema>

/** Writes a complete release from a figures file with the standard template and a new release's house style. */
export function draftFromFigures(file: FiguresFile): ReleaseDocument {
  const company = companySchema.parse(file.company)
  const style = file.style
  return {
    formatVersion: FORMAT_VERSION,
    company,
    period: {
      fiscalYear: file.fiscalYear,
      quarter: file.quarter,
      fiscalYearEndMonth: file.fiscalYearEndMonth,
      periodEnd: file.periodEnd,
      releaseDate: file.releaseDate,
    },
    figures: file.figures,
    style,
    layout: {
      pageSize: 'letter',
      exhibitLine: true,
      exhibitLabel: 'Exhibit 99.1',
      preprinted: false,
    },
    narrative: standardNarrative({ company, quarter: file.quarter, figures: file.figures, style }),
    status: { final: false, overrideReason: null },
    tables: [],
  }
}
