/**
 * Random version-2 figures files over any set of measures: a random part of the catalogue plus a
 * few of the user's own of every kind (segments of revenue, non-GAAP measures), with figures that
 * tie out as a finance team sends them, so that any error the checker finds is the text's fault.
 */
import fc from 'fast-check'
import { toIsoDate } from '../../../../renderer/src/release/calendar-date'
import { Dec, roundHalfUp } from '../../../../renderer/src/release/decimal'
import { quarterEndDate } from '../../../../renderer/src/release/fiscal-calendar'
import type { QuarterNumber } from '../../../../renderer/src/release/fiscal-calendar'
import { MEASURE_CATALOGUE } from '../../../../renderer/src/release/measure-catalogue'
import type { MeasureDefinition, MeasureKind } from '../../../../renderer/src/release/measure-definition'
import type { MeasureEntry } from '../../../../renderer/src/release/measure-entry'
import { PERIODS } from '../../../../renderer/src/release/measures'
import type { PeriodKey } from '../../../../renderer/src/release/measures'
import { releaseMeasures } from '../../../../renderer/src/release/release-measures'

type Row = Record<PeriodKey, string | null>

/** A user's own measure as someone would make it in the grid. */
interface OwnSpec {
  readonly name: string
  readonly kind: MeasureKind
  readonly segment?: true
  /** For a non-GAAP measure, the GAAP measure it reconciles to, brought into the release with it. */
  readonly reconcilesTo?: string
}

const OWN_MEASURES: readonly OwnSpec[] = [
  { name: 'Order intake', kind: 'money' },
  { name: 'Free cash flow', kind: 'money' },
  { name: 'Adjusted operating income', kind: 'money', reconcilesTo: 'operatingIncome' },
  { name: 'Adjusted gross profit', kind: 'money', reconcilesTo: 'grossProfit' },
  { name: 'Dividends per share', kind: 'perShare' },
  { name: 'Book value per share', kind: 'perShare' },
  { name: 'Subscribers', kind: 'count' },
  { name: 'Stores', kind: 'count' },
  { name: 'Return on equity', kind: 'ratio' },
  { name: 'Utilization rate', kind: 'ratio' },
  { name: 'Aerospace revenue', kind: 'money', segment: true },
  { name: 'Medical revenue', kind: 'money', segment: true },
]

/** The measure every segment here is part of. */
const SEGMENT_PARENT = 'revenue'

/** A shape of figures, before they are tied out: one amount per period and which periods are entered. */
interface RawFigures {
  readonly quarter: number
  readonly previous: number
  readonly yearAgo: number
  readonly rest: number
  readonly yearAgoRest: number
  readonly entered: Readonly<Record<PeriodKey, boolean>>
  readonly negative: Readonly<Record<PeriodKey, boolean>>
}

const magnitude = fc.oneof(
  fc.integer({ min: 0, max: 2_000 }),
  fc.integer({ min: 0, max: 2_000_000 }),
  fc.integer({ min: 0, max: 20_000_000_000 }),
)
const flags = fc.record(
  Object.fromEntries(PERIODS.map((period) => [period, fc.boolean()])) as Record<
    PeriodKey,
    fc.Arbitrary<boolean>
  >,
)
const enteredFlags = fc.record(
  Object.fromEntries(
    PERIODS.map((period) => [period, fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constant(false))]),
  ) as Record<PeriodKey, fc.Arbitrary<boolean>>,
)

const rawFigures = fc.record({
  quarter: magnitude,
  previous: magnitude,
  yearAgo: magnitude,
  rest: magnitude,
  yearAgoRest: magnitude,
  entered: enteredFlags,
  negative: flags,
})

/** Sensible amounts per kind: money in dollars, per share to the cent, counts whole, ratios in percent to one decimal. */
function scaled(kind: MeasureKind, value: number): number {
  switch (kind) {
    case 'money':
      return value
    case 'perShare':
      return value % 2_000
    case 'count':
      return (value % 500_000_000) + 1
    case 'ratio':
      return value % 1_001
  }
}

function written(kind: MeasureKind, value: Dec): string {
  switch (kind) {
    case 'perShare':
      return value.dividedBy(100).toFixed(2)
    case 'ratio':
      return value.dividedBy(10).toFixed(1)
    case 'money':
    case 'count':
      return value.toFixed(0)
  }
}

/**
 * Whether the figures drawn may be negative: everything but what cannot be (revenue, a share
 * count, backlog, cash). Margins follow their parts' signs: an operating loss is a negative margin.
 */
function mayBeNegative(definition: MeasureDefinition): boolean {
  return !definition.nonNegative
}

/**
 * One measure's row that ties out at the quarter: the year to date is the quarter plus the earlier
 * quarters where the measure adds up, and equals the quarter at the first quarter. `hidePrevious`
 * leaves the previous quarter out while the year to date still includes it.
 */
function tiedRow(
  definition: MeasureDefinition,
  raw: RawFigures,
  quarter: QuarterNumber,
  hidePrevious: boolean,
): Row {
  const sign = (period: PeriodKey, value: number): Dec =>
    new Dec(scaled(definition.kind, value)).times(
      raw.negative[period] && mayBeNegative(definition) ? -1 : 1,
    )
  const q = sign('quarter', raw.quarter)
  const previous = sign('previousQuarter', raw.previous)
  const yearAgo = sign('yearAgoQuarter', raw.yearAgo)
  const text = (value: Dec): string => written(definition.kind, value)
  const adds = definition.additive
  const previousEntered = raw.entered.previousQuarter && !hidePrevious
  const toDate = (): Dec | null => {
    if (quarter === 1) return q
    if (!adds) return sign('yearToDate', raw.rest)
    if (quarter === 2) return previousEntered || hidePrevious ? q.plus(previous) : null
    return q.plus(previous).plus(sign('yearToDate', raw.rest))
  }
  const yearAgoToDate = (): Dec =>
    quarter === 1 ? yearAgo : adds ? yearAgo.plus(sign('yearAgoYearToDate', raw.yearAgoRest)) : sign('yearAgoYearToDate', raw.yearAgoRest)
  const ytd = toDate()
  return {
    quarter: raw.entered.quarter || hidePrevious ? text(q) : null,
    previousQuarter: previousEntered ? text(previous) : null,
    yearAgoQuarter: raw.entered.yearAgoQuarter ? text(yearAgo) : null,
    // At the first quarter the year to date is left to be derived, as the app fills it in.
    yearToDate:
      ytd !== null && (hidePrevious || (raw.entered.yearToDate && quarter !== 1)) ? text(ytd) : null,
    yearAgoYearToDate: raw.entered.yearAgoYearToDate && quarter !== 1 ? text(yearAgoToDate()) : null,
  }
}

/** Where the figures have parts (segments, a margin's parts, EPS's income and shares), makes the whole agree with them. */
function tieParts(
  measures: readonly MeasureDefinition[],
  rows: Record<string, Row>,
): Record<string, Row> {
  const value = (id: string, period: PeriodKey): Dec | null => {
    const cell = rows[id]?.[period] ?? null
    return cell === null ? null : new Dec(cell)
  }
  for (const parent of measures) {
    const segments = measures.filter((child) => child.parent === parent.id)
    if (segments.length === 0) continue
    const row = { ...rows[parent.id] } as Row
    for (const period of PERIODS) {
      const parts = segments.map((child) => value(child.id, period))
      row[period] = parts.every((part) => part !== null)
        ? parts.reduce<Dec>((sum, part) => sum.plus(part ?? 0), new Dec(0)).toFixed(0)
        : null
    }
    rows[parent.id] = row
  }
  // The finance team gives a GAAP figure wherever it gives the non-GAAP one reconciled to it.
  for (const definition of measures) {
    const gaap = definition.reconcilesTo === null ? undefined : rows[definition.reconcilesTo]
    const own = rows[definition.id]
    if (gaap === undefined || own === undefined) continue
    rows[definition.id] = Object.fromEntries(
      PERIODS.map((period) => [period, gaap[period] === null ? null : own[period]]),
    ) as Row
  }
  for (const definition of measures) {
    const parts =
      definition.ratioOf === null
        ? definition.perShareOf === null
          ? null
          : { top: definition.perShareOf.amount, bottom: definition.perShareOf.shares, places: 2, times: 1 }
        : { top: definition.ratioOf.numerator, bottom: definition.ratioOf.denominator, places: 1, times: 100 }
    if (parts === null) continue
    const row = { ...rows[definition.id] } as Row
    for (const period of PERIODS) {
      const top = value(parts.top, period)
      const bottom = value(parts.bottom, period)
      const cell = row[period]
      if (top === null || cell === null) continue
      if (bottom === null) {
        // Without the divisor the amount per share is free, but it carries the amount's sign.
        if (definition.perShareOf === null) continue
        const size = new Dec(cell).abs()
        row[period] = (top.isZero() ? new Dec(0) : top.isNegative() ? size.negated() : size).toFixed(2)
        continue
      }
      const whole = bottom.isPositive() && !bottom.isZero()
        ? roundHalfUp(top.times(parts.times).dividedBy(bottom), parts.places)
        : null
      // A margin above 100% (gross profit above revenue) is no finance team's figure: left out.
      const outside = definition.kind === 'ratio' && whole !== null && whole.greaterThan(100)
      row[period] = whole === null || outside ? null : whole.toFixed(parts.places)
    }
    rows[definition.id] = row
  }
  return rows
}

/** The `measures` list: the chosen catalogue measures, then the user's own; segments bring their parent. */
function entriesOf(catalogue: readonly string[], own: readonly OwnSpec[]): MeasureEntry[] {
  const entries: MeasureEntry[] = catalogue.map((id) => ({ id }))
  if (own.some((spec) => spec.segment) && !catalogue.includes(SEGMENT_PARENT))
    entries.unshift({ id: SEGMENT_PARENT })
  // A release that gives a non-GAAP measure must give its GAAP measure too (Regulation G): listed last, to try the order.
  for (const id of catalogue) {
    const reconcilesTo = MEASURE_CATALOGUE.find((definition) => definition.id === id)?.reconcilesTo
    if (reconcilesTo != null && !entries.some((entry) => entry.id === reconcilesTo))
      entries.push({ id: reconcilesTo })
  }
  own.forEach((spec, index) => {
    const id = `own${index}`
    const base = { id, name: spec.name, kind: spec.kind }
    const { reconcilesTo } = spec
    if (reconcilesTo !== undefined && !entries.some((entry) => entry.id === reconcilesTo))
      entries.push({ id: reconcilesTo })
    if (spec.segment) entries.push({ ...base, parent: SEGMENT_PARENT })
    else if (reconcilesTo !== undefined) entries.push({ ...base, gaap: false, reconcilesTo })
    else entries.push(base)
  })
  return entries
}

export interface MeasureSetCase {
  readonly quarter: QuarterNumber
  readonly entries: readonly MeasureEntry[]
  readonly rows: Readonly<Record<string, Row>>
}

/** A random set of measures with tied-out figures; `atSecondQuarterWithoutPrevious` fixes the quarter at 2 and leaves every previous quarter out. */
export function measureSetCase(atSecondQuarterWithoutPrevious = false): fc.Arbitrary<MeasureSetCase> {
  return fc
    .record({
      quarter: fc.constantFrom<QuarterNumber>(1, 2, 3, 4),
      catalogue: fc.shuffledSubarray(MEASURE_CATALOGUE.map((definition) => definition.id)),
      own: fc.shuffledSubarray([...OWN_MEASURES], { maxLength: 3 }),
      raws: fc.array(rawFigures, { minLength: 20, maxLength: 20 }),
    })
    // A release with no measure at all has no results to state; the template is not for it.
    .filter(({ catalogue, own }) => catalogue.length + own.length > 0)
    .map(({ quarter: drawn, catalogue, own, raws }) => {
      const quarter = atSecondQuarterWithoutPrevious ? 2 : drawn
      const entries = entriesOf(catalogue, own)
      const read = releaseMeasures(entries)
      if (!read.ok) throw new Error(read.error)
      const measures = read.value
      const rows: Record<string, Row> = {}
      measures.forEach((definition, index) => {
        const raw = raws[index % raws.length]
        if (raw === undefined) throw new Error('no figures drawn')
        rows[definition.id] = tiedRow(definition, raw, quarter, atSecondQuarterWithoutPrevious)
      })
      return { quarter, entries, rows: tieParts(measures, rows) }
    })
}

/** Three weeks after the quarter ends, as releases go out. */
function releaseDateOf(quarter: QuarterNumber): string {
  const end = quarterEndDate(quarter, 2026, 12)
  const release = new Date(Date.UTC(end.year, end.month - 1, end.day + 20))
  return toIsoDate({
    year: release.getUTCFullYear(),
    month: release.getUTCMonth() + 1,
    day: release.getUTCDate(),
  })
}

/** The case as a version-2 figures file, as the finance team would send it. */
export function figuresFileJson(testCase: MeasureSetCase): Readonly<Record<string, unknown>> {
  return {
    formatVersion: 2,
    measures: testCase.entries,
    company: {
      name: 'Northwind Instruments Inc.',
      shortName: 'Northwind',
      ticker: 'NWI',
      addressLines: ['12 Harbor Road'],
      datelineCity: 'Portland, ME',
      phone: '(207) 555-0142',
      fax: '',
      web: 'www.northwind-instruments.com',
      logo: null,
    },
    fiscalYear: 2026,
    quarter: testCase.quarter,
    fiscalYearEndMonth: 12,
    periodEnd: null,
    releaseDate: releaseDateOf(testCase.quarter),
    figures: testCase.rows,
  }
}
