import { z } from 'zod'
import { companySchema, FORMAT_VERSION, periodSchema } from './document-schema'
import { figuresSchemaFor } from './figures-schema'
import type { ReleaseDocument } from './document-schema'
import { newReleaseStyleSchema } from './house-style'
import { standardNarrative } from './standard-template'

/** The figures file: the interchange with the finance team (docs/figures-format.md). */
export const figuresFileSchema = z.object({
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
  figures: figuresSchemaFor(true),
  /** Optional house style; absent parts take a new release's defaults (losses in words). */
  style: newReleaseStyleSchema.prefault({}),
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
  }
}
