import { z } from 'zod'
import { catalogueMeasure } from './measure-catalogue'
import type { MeasureId } from './measure-definition'
import { PERIODS } from './measures'
import type { PeriodKey } from './measures'

/**
 * The mapping a person makes once from the finance team's workbook to the release's figures:
 * which sheet, and for each measure either the cell of each period or the row labels to look for
 * in a labelled range. Next quarter's workbook of the same layout imports with the same mapping.
 * Described in docs/figures-format.md, "From a workbook".
 */

const CELL = /^([A-Z]{1,3})([1-9]\d{0,6})$/
const COLUMN = /^[A-Z]{1,3}$/

const cellSchema = z
  .string({ error: 'expected a cell such as "C5"' })
  .trim()
  .toUpperCase()
  .regex(CELL, 'expected a cell such as "C5" (a column letter, then a row number)')

const columnSchema = z
  .string({ error: 'expected a column letter such as "C"' })
  .trim()
  .toUpperCase()
  .regex(COLUMN, 'expected a column letter such as "C"')

/** How the workbook's figures are scaled: "in thousands" means 12,400 is $12,400,000. */
export const WORKBOOK_UNITS = ['ones', 'thousands', 'millions', 'billions'] as const
export type WorkbookUnit = (typeof WORKBOOK_UNITS)[number]

const UNIT_FACTORS: Readonly<Record<WorkbookUnit, string>> = {
  ones: '1',
  thousands: '1000',
  millions: '1000000',
  billions: '1000000000',
}

/** The factor a figure in this unit is multiplied by: "1000" for thousands. */
export function unitFactor(unit: WorkbookUnit): string {
  return UNIT_FACTORS[unit]
}

const unitSchema = z.enum(WORKBOOK_UNITS, {
  error: 'expected "ones", "thousands", "millions" or "billions"',
})

/**
 * "asShown": a minus sign or parentheses mean negative, as accountants write it. "reversed": the
 * workbook shows this measure's losses as positive amounts (a "Net loss" row), so every sign flips.
 */
const signsSchema = z.enum(['asShown', 'reversed'], { error: 'expected "asShown" or "reversed"' })
export type SignConvention = z.output<typeof signsSchema>

const periodCellsSchema = z
  .object({
    quarter: cellSchema.optional(),
    previousQuarter: cellSchema.optional(),
    yearAgoQuarter: cellSchema.optional(),
    yearToDate: cellSchema.optional(),
    yearAgoYearToDate: cellSchema.optional(),
  })
  .strict()

const labelsSchema = z
  .array(z.string().trim().min(1, 'expected a row label such as "Net sales"'), {
    error: 'expected a list of row labels such as ["Net sales", "Revenue"]',
  })
  .min(1, 'expected at least one row label such as "Net sales"')

const measureMappingSchema = z
  .object({
    /** Each period's cell; a period left out is not reported. */
    cells: periodCellsSchema.optional(),
    /** The row labels to find in the labelled range's label column; absent means the measure's own name and words. */
    labels: labelsSchema.optional(),
    /** This measure's unit, where it differs from the workbook's ("except per share data"). */
    unit: unitSchema.optional(),
    signs: signsSchema.optional(),
  })
  .strict()

/** A period column of a labelled range: found by its head ("Q3 2026"), or given by its letter. */
const periodColumnSchema = z.union(
  [
    z.object({ head: z.string().trim().min(1, 'expected the column head, such as "Q3 2026"') }).strict(),
    z.object({ column: columnSchema }).strict(),
  ],
  { error: 'expected { "head": "Q3 2026" } or { "column": "C" }' },
)

const rangeSchema = z
  .object({
    /** The column that holds the row labels: "A". */
    labelColumn: columnSchema,
    /** The row that holds the period heads; needed only where a period is found by its head. */
    headRow: z.number({ error: 'expected a row number such as 4' }).int().min(1).max(1048576).optional(),
    periods: z
      .object({
        quarter: periodColumnSchema.optional(),
        previousQuarter: periodColumnSchema.optional(),
        yearAgoQuarter: periodColumnSchema.optional(),
        yearToDate: periodColumnSchema.optional(),
        yearAgoYearToDate: periodColumnSchema.optional(),
      })
      .strict(),
  })
  .strict()
  .superRefine((range, ctx) => {
    const byHead = Object.values(range.periods).some((period) => period !== undefined && 'head' in period)
    if (byHead && range.headRow === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['headRow'],
        message: 'a period is found by its head, so the row of the heads is needed, such as 4',
      })
  })

/** The whole mapping, as a figures mapping file's "workbook" part holds it. */
export const workbookMappingSchema = z
  .object({
    /** The worksheet's name; absent means the first sheet. A CSV file has one and ignores it. */
    sheet: z.string().trim().min(1, 'expected the sheet name, such as "Q3"').optional(),
    unit: unitSchema.prefault('ones'),
    signs: signsSchema.prefault('asShown'),
    range: rangeSchema.optional(),
    measures: z.record(z.string(), measureMappingSchema, {
      error: 'expected the measures, such as { "revenue": { "cells": { "quarter": "C5" } } }',
    }),
  })
  .strict()
  .superRefine((mapping, ctx) => {
    const ids = Object.keys(mapping.measures)
    if (ids.length === 0)
      ctx.addIssue({ code: 'custom', path: ['measures'], message: 'no measure is mapped; map at least one' })
    for (const id of ids) {
      const measure = mapping.measures[id]
      if (measure === undefined) continue
      if (measure.cells !== undefined && measure.labels !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['measures', id],
          message: 'give either "cells" or "labels", not both',
        })
      if (measure.cells === undefined && mapping.range === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['measures', id, 'cells'],
          message: 'expected the cell of each period, such as { "quarter": "C5" }, or a labelled "range" for the workbook',
        })
    }
  })
export type WorkbookMapping = z.output<typeof workbookMappingSchema>
export type MeasureMapping = z.output<typeof measureMappingSchema>
export type PeriodColumn = z.output<typeof periodColumnSchema>

/** A cell address split into its column letters and row number: "C5" → { column: "C", row: 5 }. */
export function splitCell(address: string): { readonly column: string; readonly row: number } | null {
  const match = CELL.exec(address)
  if (match === null) return null
  return { column: match[1] ?? '', row: Number(match[2]) }
}

/** A column's number from its letters: A → 1, Z → 26, AA → 27. */
export function columnNumber(letters: string): number {
  let number = 0
  for (const letter of letters) number = number * 26 + (letter.charCodeAt(0) - 64)
  return number
}

/** A column's letters from its number: 1 → A, 27 → AA. */
export function columnLetters(number: number): string {
  let letters = ''
  for (let rest = number; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters
  return letters
}

/** Row labels compared as a person reads them: case, spacing, a trailing colon and footnote marks ignored. */
export function normalLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s*(?:\(\d\)|\*+|†+)\s*$/u, '')
    .replace(/[:\s]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase()
}

/**
 * Whether a row label names the measure: one of the labels the person gave, or, when none was
 * given, the measure's label, short label or one of its words ("Net sales" is revenue).
 * Built once per measure, as it is asked of every row of the label column.
 */
export function labelMatcher(id: MeasureId, given: readonly string[] | undefined): (label: string) => boolean {
  const definition = catalogueMeasure(id)
  const names = new Set(
    (given ?? (definition === undefined ? [id] : [definition.label, definition.shortLabel])).map(normalLabel),
  )
  const words =
    given === undefined && definition !== undefined
      ? [...definition.words.names, ...definition.words.profitNames].map((fragment) => new RegExp(`^(?:${fragment})$`, 'iu'))
      : []
  return (label) => {
    const read = normalLabel(label)
    return read !== '' && (names.has(read) || words.some((pattern) => pattern.test(read)))
  }
}

/** The labels the importer looks for, in a message: "Net sales" or "Revenue". */
export function labelsInWords(id: MeasureId, given: readonly string[] | undefined): string {
  const names = given ?? [catalogueMeasure(id)?.label ?? id]
  const quoted = names.map((name) => `"${name}"`)
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1) ?? ''}`
}

/** The periods in the release's order, for walking a measure's mapping. */
export const MAPPED_PERIODS: readonly PeriodKey[] = PERIODS
