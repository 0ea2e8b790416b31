import { z } from 'zod'
import { amountSchemaFor } from './figures-schema'
import { PERIODS } from './measures'
import type { PeriodKey } from './measures'
import { keptTextSchema } from './narrative-schema'

/** The scale a table's money figures are printed in. Per-share figures and ratios are never scaled. */
export const TABLE_UNITS = ['units', 'thousands', 'millions'] as const
export type TableUnit = (typeof TABLE_UNITS)[number]

/** How a row of figures entered for the table is written: money and share counts in the table's unit, per-share amounts in dollars and cents. */
export const ENTERED_KINDS = ['money', 'perShare', 'count'] as const
export type EnteredKind = (typeof ENTERED_KINDS)[number]

export const TABLE_ROW_STYLES = ['normal', 'subtotal', 'total'] as const
export type TableRowStyle = (typeof TABLE_ROW_STYLES)[number]

const periodKey = z.enum(PERIODS, { error: `expected a period: ${PERIODS.join(', ')}` })
const idSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,99}$/, 'expected an id of letters, digits, "-" or "_", starting with a letter, such as "gross-profit"')

/** A column of a table: one period's figures, or the change between two periods ("% change" or "change"). */
export const tableColumnSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('period'), period: periodKey }).strict(),
    z
      .object({
        kind: z.literal('change'),
        /** "percent" prints "% Change" (19%, NM); "amount" prints "Change" in the table's unit. */
        change: z.enum(['percent', 'amount']),
        current: periodKey,
        prior: periodKey,
      })
      .strict()
      .refine((column) => column.current !== column.prior, {
        message: 'a change column compares two different periods',
        path: ['prior'],
      }),
  ],
  { error: 'expected a column {"kind": "period", …} or {"kind": "change", …}' },
)
export type TableColumn = z.output<typeof tableColumnSchema>

/** One term of a subtotal or total: a row above it, added (1) or subtracted (-1). */
export const sumTermSchema = z
  .object({ row: idSchema, sign: z.union([z.literal(1), z.literal(-1)], { error: 'expected a sign of 1 or -1' }) })
  .strict()
export type SumTerm = z.output<typeof sumTermSchema>

const figureRowFields = {
  id: idSchema,
  indent: z.number().int().min(0).max(4).default(0),
  style: z.enum(TABLE_ROW_STYLES).default('normal'),
  /** A rule above the figures; a subtotal or total has one unless it says not. */
  ruleAbove: z.boolean().optional(),
  /** A double rule under the figures, as under net income. */
  doubleRuleBelow: z.boolean().default(false),
  /** What a subtotal or total adds up: gross profit is revenue (1) and cost of sales (-1). */
  sums: z.array(sumTermSchema).max(100).default([]),
}

const enteredValues = (kind: EnteredKind) =>
  z
    .object(
      Object.fromEntries(PERIODS.map((period) => [period, amountSchemaFor(kind)])) as Record<
        PeriodKey,
        ReturnType<typeof amountSchemaFor>
      >,
    )
    .strict()
    .prefault({})

const measureRowSchema = z
  .object({
    ...figureRowFields,
    kind: z.literal('measure'),
    /** The measure whose figures the row shows, from the release's figures. */
    measure: idSchema,
    /** The row's label when not the measure's own ("Net sales" for revenue). */
    label: keptTextSchema.pipe(z.string().min(1).max(200)).optional(),
  })
  .strict()

const enteredRowSchema = z
  .object({
    ...figureRowFields,
    kind: z.literal('entered'),
    label: keptTextSchema.pipe(z.string().min(1, 'an entered row needs a label').max(200)),
    figures: z.enum(ENTERED_KINDS).default('money'),
    values: z.unknown().optional(),
  })
  .strict()
  .transform((row, ctx) => {
    const parsed = enteredValues(row.figures).safeParse(row.values, { reportInput: true })
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        ctx.addIssue({
          code: 'custom',
          path: ['values', ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))],
          message: issue.message,
          input: issue.input,
        })
      return z.NEVER
    }
    return { ...row, values: parsed.data as Readonly<Record<PeriodKey, string | null>> }
  })

const headingRowSchema = z
  .object({
    id: idSchema,
    kind: z.literal('heading'),
    label: keptTextSchema.pipe(z.string().max(200)),
    indent: z.number().int().min(0).max(4).default(0),
  })
  .strict()

/** A row of a stored table: a measure's figures, figures entered only for the table, or a heading. */
export const tableRowSchema = z.discriminatedUnion('kind', [measureRowSchema, enteredRowSchema, headingRowSchema], {
  error: 'expected a row of kind "measure", "entered" or "heading"',
})
export type TableRow = z.output<typeof tableRowSchema>
export type MeasureTableRow = Extract<TableRow, { kind: 'measure' }>
export type EnteredTableRow = Extract<TableRow, { kind: 'entered' }>
export type FigureTableRow = MeasureTableRow | EnteredTableRow

/** A financial table as the release file stores it; its figures are read from the release when it is shown. */
export const storedTableSchema = z
  .object({
    id: idSchema,
    title: keptTextSchema.pipe(z.string().max(300)),
    unit: z.enum(TABLE_UNITS, { error: `expected a unit: ${TABLE_UNITS.join(', ')}` }).default('thousands'),
    /** The unit line as printed, when not the one the unit gives ("(in thousands, except per share data)"). */
    unitLine: keptTextSchema.pipe(z.string().max(300)).optional(),
    /** How period columns are headed: "periods" over a span ("Three Months Ended"), "dates" by their day alone, as a balance sheet is. */
    heads: z.enum(['periods', 'dates'], { error: 'expected heads "periods" or "dates"' }).default('periods'),
    columns: z.array(tableColumnSchema).min(1, 'a table needs at least one column').max(12),
    rows: z.array(tableRowSchema).max(200),
    notes: z.array(keptTextSchema.pipe(z.string().max(2000))).max(20).default([]),
  })
  .strict()
  .superRefine((table, ctx) => {
    const seen = new Map<string, TableRow>()
    table.rows.forEach((row, index) => {
      if (seen.has(row.id))
        ctx.addIssue({ code: 'custom', path: ['rows', index, 'id'], message: `two rows have the id "${row.id}"; each row needs its own` })
      if (row.kind !== 'heading') {
        if (row.sums.length > 0 && row.style === 'normal')
          ctx.addIssue({ code: 'custom', path: ['rows', index, 'style'], message: 'only a subtotal or total row sums other rows; set its style to "subtotal" or "total"' })
        row.sums.forEach((term, termIndex) => {
          const above = seen.get(term.row)
          // Sums name rows above them, as a statement reads, which also keeps them free of cycles.
          if (above === undefined || above.kind === 'heading')
            ctx.addIssue({
              code: 'custom',
              path: ['rows', index, 'sums', termIndex, 'row'],
              message: `"${term.row}" is not a row of figures above "${row.id}"; a total sums rows above it`,
            })
        })
      }
      seen.set(row.id, row)
    })
  })
export type StoredTable = z.output<typeof storedTableSchema>

/** The `tables` list of a release file, in reading order. */
export const tablesSchema = z
  .array(storedTableSchema)
  .max(20)
  .superRefine((tables, ctx) => {
    const ids = new Set<string>()
    tables.forEach((table, index) => {
      if (ids.has(table.id))
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `two tables have the id "${table.id}"; each table needs its own` })
      ids.add(table.id)
    })
  })
