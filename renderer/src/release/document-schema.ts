import { z } from 'zod'
import { parseIsoDate } from './calendar-date'
import { measureEntrySchema } from './measure-entry'
import { measuredFigures } from './measured-figures'
import { houseStyleSchema } from './house-style'
import { LOGO_MEDIA_TYPES, logoProblem } from './logo-image'
import { EMPTY_RICH_TEXT, keptTextSchema, richTextSchema } from './narrative-schema'
import { storedTables } from './stored-tables'
import { workbookMappingSchema } from './workbook-mapping'

// The figures and their amounts have their own module; these names stay importable from here.
export { amountSchema, figureRow } from './figures-schema'
export type { FigurePrecision, FigureRow, Figures } from './figures-schema'

/**
 * The version of the file format this build writes. Older versions are migrated on load; newer
 * ones are refused. Version 2 lists the measures a release reports; version 1 reports four.
 */
export const FORMAT_VERSION = 2

/** The versions this build reads. */
export const FORMAT_VERSIONS = [1, 2] as const

// A year such as 0025 is a slip of the keyboard (it would print "April 20, 25"), not a date of a release.
const isoDate = z.string().superRefine((text, ctx) => {
  const parsed = parseIsoDate(text)
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error })
  else if (parsed.value.year < 1900 || parsed.value.year > 2100)
    ctx.addIssue({ code: 'custom', message: `expected a date from 1900 to 2100, got ${JSON.stringify(text)}` })
})

export { LOGO_MEDIA_TYPES } from './logo-image'
export type { LogoMediaType } from './logo-image'

/** The logo's size and type are checked here, so a file's logo is checked when it is opened. */
export const logoSchema = z
  .object({
    mediaType: z.enum(LOGO_MEDIA_TYPES),
    /** The image bytes, base64-encoded, so the release file is complete on its own. */
    data: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, 'expected base64 image data'),
  })
  .superRefine((logo, ctx) => {
    const problem = logoProblem(logo.mediaType, logo.data)
    if (problem !== null) ctx.addIssue({ code: 'custom', path: ['data'], message: problem })
  })
export type Logo = z.output<typeof logoSchema>

export const companySchema = z.object({
  name: keptTextSchema.trim().min(1, 'the company name is required'),
  shortName: keptTextSchema.default(''),
  /** As the dateline prints it: "IECE.OB", or "NASDAQ: IECE". */
  ticker: keptTextSchema.default(''),
  addressLines: z.array(keptTextSchema).default([]),
  /** The dateline's place: "Newark, NY". */
  datelineCity: keptTextSchema.default(''),
  phone: keptTextSchema.default(''),
  fax: keptTextSchema.default(''),
  web: keptTextSchema.default(''),
  logo: logoSchema.nullable().default(null),
})
export type Company = z.output<typeof companySchema>

export const periodSchema = z.object({
  fiscalYear: z
    .number()
    .int('expected a fiscal year from 1900 to 2100, such as 2006')
    .min(1900, 'expected a fiscal year from 1900 to 2100, such as 2006')
    .max(2100, 'expected a fiscal year from 1900 to 2100, such as 2006'),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
    error: 'expected a quarter from 1 to 4',
  }),
  fiscalYearEndMonth: z
    .number({ error: 'expected a month from 1 to 12' })
    .int()
    .min(1, 'expected a month from 1 to 12')
    .max(12, 'expected a month from 1 to 12')
    .default(12),
  periodEnd: isoDate.nullable().default(null),
  releaseDate: isoDate.nullable().default(null),
})

export const layoutSchema = z
  .object({
    pageSize: z.enum(['letter', 'a4']).default('letter'),
    exhibitLine: z.boolean().default(true),
    exhibitLabel: keptTextSchema.default('Exhibit 99.1'),
    /** Printing on paper that already carries the letterhead: no letterhead art, the same top margin. */
    preprinted: z.boolean().default(false),
  })
  .prefault({})
export type Layout = z.output<typeof layoutSchema>

const block = richTextSchema.default(EMPTY_RICH_TEXT)

/** The narrative's blocks in reading order; 'quote' stands for the quote's text. */
export const NARRATIVE_BLOCKS = [
  'headline',
  'subheadline',
  'dateline',
  'results',
  'quote',
  'boilerplate',
  'webReference',
  'safeHarbor',
  'contact',
] as const

export const narrativeSchema = z
  .object({
    headline: block,
    subheadline: block,
    dateline: block,
    results: block,
    quote: z
      .object({ speaker: keptTextSchema.default(''), title: keptTextSchema.default(''), text: block })
      .prefault({}),
    boilerplate: block,
    webReference: block,
    safeHarbor: block,
    contact: block,
  })
  .prefault({})
export type Narrative = z.output<typeof narrativeSchema>

export const statusSchema = z
  .object({
    /** Until marked final, exports carry a DRAFT marking. */
    final: z.boolean().default(false),
    /** Why a final export went out while checks reported errors. */
    overrideReason: keptTextSchema.nullable().default(null),
  })
  .prefault({})

/** The `measures` list of a version-2 file, in the grid's order. */
export const measuresListSchema = z.array(measureEntrySchema).max(200)

const releaseFields = z.object({
  formatVersion: z.union([z.literal(1), z.literal(2)], {
    error: `expected formatVersion ${FORMAT_VERSIONS.join(' or ')}`,
  }),
  measures: measuresListSchema.optional(),
  company: companySchema,
  /** Where the company's figures are in its finance team's workbook, remembered from the last import. Optional. */
  workbookMapping: workbookMappingSchema.optional(),
  period: periodSchema,
  figures: z.unknown().optional(),
  style: houseStyleSchema.prefault({}),
  layout: layoutSchema,
  narrative: narrativeSchema,
  status: statusSchema,
  /** Words the spelling accepts in this release ("Add to dictionary"). Optional: a file without it reads as before. */
  dictionary: z.array(keptTextSchema.pipe(z.string().min(1).max(100))).max(5000).optional(),
  /** Financial tables (version 2); read in the transform, where the release's measures are known. */
  tables: z.unknown().optional(),
})

/**
 * A release file of any version this build reads, as version 2: a version-1 file reports the four
 * measures of version 1 and means exactly what it meant.
 */
export const releaseDocumentSchema = releaseFields.transform((file, ctx) => {
  const { measures, figures, formatVersion, tables, ...rest } = file
  const listed = formatVersion === 1 ? undefined : measures
  const read = measuredFigures(listed, figures, listed !== undefined, ctx)
  if (read === null) return z.NEVER
  // Version 1 had no tables, and ignored keys it did not know.
  const stored = formatVersion === 1 ? [] : storedTables(tables, read.measures, ctx)
  if (stored === null) return z.NEVER
  return { formatVersion: FORMAT_VERSION, ...rest, figures: read, tables: stored }
})

/** A whole release, as saved in a `.release.json` file. Comparisons, wording and checks are computed from it, never stored. */
export type ReleaseDocument = z.output<typeof releaseDocumentSchema>
export type FiscalPeriodData = ReleaseDocument['period']
