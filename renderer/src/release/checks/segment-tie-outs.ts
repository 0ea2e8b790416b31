import { Dec, groupThousands } from '../decimal'
import { PERIOD_LABELS } from '../field-text'
import { storedUnit } from '../figure-precision'
import type { FigureRow } from '../figures-schema'
import type { MeasureDefinition, MeasureId } from '../measure-definition'
import { PERIODS } from '../measures'
import type { PeriodKey } from '../measures'
import type { Finding } from './finding'
import { finding } from './finding'

/** The figures the segment tie-out reads, by measure id, whatever shape the release keeps them in. */
export interface SegmentFigures {
  /** A measure's entered figures by period; undefined when the release has no row for it. */
  readonly row: (id: MeasureId) => FigureRow | undefined
  /** The unit of the last digit a figure was typed to ("100000" for "5.6m"), or null when exact as stored. */
  readonly precision: (id: MeasureId, period: PeriodKey) => string | null
}

/** A grid cell by measure id and period: "aerospaceRevenue.quarter". */
export type SegmentCellKey = `${MeasureId}.${PeriodKey}`

/** A segment tie-out problem, with the cells it is about: the parent's and every child's. */
export interface SegmentFinding {
  readonly finding: Finding
  readonly cells: readonly SegmentCellKey[]
}

type AddingKind = 'money' | 'count'

interface Figure {
  readonly measure: MeasureDefinition
  readonly value: Dec
  /** Half the unit of its last known digit: how far the true figure may be from the one typed. */
  readonly halfUnit: Dec
}

/** An amount exactly as entered, with the grouping a reader expects: "$5,550,000", "$(100,000)", "8,250,000". */
function exactAmount(value: Dec, kind: AddingKind): string {
  const digits = groupThousands(value.abs().toFixed())
  const dollar = kind === 'money' ? '$' : ''
  return value.isNegative() && !value.isZero() ? `${dollar}(${digits})` : `${dollar}${digits}`
}

function figureOf(
  measure: MeasureDefinition,
  kind: AddingKind,
  period: PeriodKey,
  figures: SegmentFigures,
): Figure | null {
  const stored = figures.row(measure.id)?.[period] ?? null
  if (stored === null) return null
  const precision = figures.precision(measure.id, period)
  const unit = precision === null ? storedUnit(stored, kind) : new Dec(precision)
  return { measure, value: new Dec(stored), halfUnit: unit.dividedBy(2) }
}

function listed(parts: readonly Figure[], kind: AddingKind): string {
  return parts.map((part) => `${part.measure.label} ${exactAmount(part.value, kind)}`).join(', ')
}

// A figure exact to the dollar (or the unit) is no rounding a reader would speak of.
const ROUNDED = new Dec(5)

/** " Revenue was typed to the nearest $100,000, so the two may differ by up to $50,000." when any figure was typed rounded. */
function roundedNote(figures: readonly Figure[], kind: AddingKind): string {
  const rounded = figures.filter((figure) => figure.halfUnit.greaterThanOrEqualTo(ROUNDED))
  if (rounded.length === 0) return ''
  const amount = (value: Dec): string => exactAmount(value, kind)
  const which = rounded
    .map((figure, index) => {
      const verb = index === 0 ? ' was typed' : ''
      return `${figure.measure.label}${verb} to the nearest ${amount(figure.halfUnit.times(2))}`
    })
    .join(' and ')
  const leeway = rounded.reduce((so, figure) => so.plus(figure.halfUnit), new Dec(0))
  return ` ${which}, so the two may differ by up to ${amount(leeway)}.`
}

function periodFinding(
  parent: MeasureDefinition,
  kind: AddingKind,
  children: readonly MeasureDefinition[],
  period: PeriodKey,
  figures: SegmentFigures,
): SegmentFinding | null {
  const total = figureOf(parent, kind, period, figures)
  if (total === null) return null
  const segments: Figure[] = []
  for (const child of children.filter((entry) => !entry.eliminations)) {
    const figure = figureOf(child, kind, period, figures)
    // A segment not given for the period: the others cannot be said to fall short of the parent.
    if (figure === null) return null
    segments.push(figure)
  }
  if (segments.length === 0) return null
  const eliminationLines = children.filter((entry) => entry.eliminations)
  const eliminations = eliminationLines.flatMap((line) => {
    const figure = figureOf(line, kind, period, figures)
    return figure === null ? [] : [figure]
  })
  const parts = [...segments, ...eliminations]
  const sum = parts.reduce((so, part) => so.plus(part.value), new Dec(0))
  const allowed = parts.reduce((so, part) => so.plus(part.halfUnit), total.halfUnit)
  const difference = total.value.minus(sum)
  if (difference.abs().lessThanOrEqualTo(allowed)) return null
  const amount = (value: Dec): string => exactAmount(value, kind)
  const what = eliminationLines.length === 0 ? 'its segments' : 'its segments and eliminations'
  const rounded = roundedNote([total, ...parts], kind)
  const blank = eliminationLines.filter(
    (line) => !eliminations.some((entry) => entry.measure === line),
  )
  const missing =
    blank.length === 0
      ? ''
      : ` ${blank.map((line) => line.label).join(', ')} ${blank.length === 1 ? 'is' : 'are'} not entered for ${PERIOD_LABELS[period]}, so ${blank.length === 1 ? 'it counts' : 'they count'} as zero.`
  return {
    finding: finding({
      severity: 'error',
      rule: 'segment-tie-out',
      location: null,
      key: `${parent.id}.${period}`,
      quote: amount(total.value),
      expected: amount(sum),
      message: `${parent.label} for ${PERIOD_LABELS[period]} is ${amount(total.value)}, but ${what} (${listed(parts, kind)}) add up to ${amount(sum)}, a difference of ${amount(difference.abs())}.${rounded}${missing}`,
    }),
    cells: [parent, ...children].map((measure): SegmentCellKey => `${measure.id}.${period}`),
  }
}

/**
 * Where every segment of a measure is given for a period, their sum plus any eliminations line
 * must equal the measure, within the figures' precision (half a unit of each one's last typed
 * digit): a revenue typed "5.6m" agrees with segments summing to $5,550,000. A period with a
 * segment missing is not judged.
 */
export function segmentTieOutFindings(
  measures: readonly MeasureDefinition[],
  figures: SegmentFigures,
): readonly SegmentFinding[] {
  const found: SegmentFinding[] = []
  for (const parent of measures) {
    const { kind } = parent
    if (kind !== 'money' && kind !== 'count') continue
    const children = measures.filter((entry) => entry.parent === parent.id && entry.kind === kind)
    if (children.length === 0) continue
    for (const period of PERIODS) {
      const problem = periodFinding(parent, kind, children, period, figures)
      if (problem !== null) found.push(problem)
    }
  }
  return found
}
