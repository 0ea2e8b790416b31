import { assertNever } from './assert-never'
import { formatAmount } from './amount-format'
import {
  capitalize,
  fiscalYearName,
  periodEndText,
  previousQuarter,
  quarterName,
  quarterOfYear,
  releaseDateText,
  titleCase,
} from './fiscal-calendar'
import { fieldFigureCells, refusedPlaceholder } from './figure-cells'
import { wordingStyleFor } from './house-style'
import { MEASURE_CATALOGUE } from './measure-catalogue'
import type { MeasureDefinition } from './measure-definition'
import type { PeriodKey } from './measures'
import { definitionOf, measureOf, unknownMeasure } from './release-measures'
import type { CompanyPart, Field, PeriodPart } from './narrative-schema'
import type { ReleaseFacts } from './release-facts'
import { figureValue, resolvedFigure } from './resolve-figures'
import {
  comparisonClause,
  comparisonPredicate,
  measureResultPhrase,
  resultMeasure,
  resultPhrase,
  resultWord,
  theYearToDate,
} from './wording'

/** A period's name in words, for placeholders and column headers. */
export const PERIOD_LABELS: Readonly<Record<PeriodKey, string>> = {
  quarter: 'this quarter',
  previousQuarter: 'the previous quarter',
  yearAgoQuarter: 'the same quarter a year ago',
  yearToDate: 'year to date',
  yearAgoYearToDate: 'last year to date',
}

function notEntered(measure: MeasureDefinition, period: PeriodKey): string {
  const words = measure.shortLabel.charAt(0).toLowerCase() + measure.shortLabel.slice(1)
  return `[${words} for ${PERIOD_LABELS[period]} not entered]`
}

/** What a field shows for a measure the release does not report: visible, never another measure's figure. */
export function unknownMeasureMarker(id: string): string {
  return `[unknown measure "${id}"]`
}

/** The measure a "net income or loss" field speaks of; the marker's stand-in when the release reports none. */
function resultDefinition(facts: ReleaseFacts): MeasureDefinition {
  const measures = facts.resolution.figures.measures
  // The field without a measure is the catalogue's net income: an operating income listed first is not it.
  const catalogued = resultMeasure(MEASURE_CATALOGUE)
  const reported = catalogued === undefined ? undefined : measureOf(measures, catalogued.id)
  return reported ?? resultMeasure(measures) ?? unknownMeasure('netResult')
}

function reports(facts: ReleaseFacts, id: string): boolean {
  return measureOf(facts.resolution.figures.measures, id) !== undefined
}

function companyText(part: CompanyPart, facts: ReleaseFacts): string {
  const company = facts.document.company
  switch (part) {
    case 'name':
      return company.name
    case 'shortName':
      return company.shortName === '' ? company.name : company.shortName
    case 'ticker':
      return company.ticker === '' ? '[ticker]' : company.ticker
    case 'datelineCity':
      return company.datelineCity === '' ? '[city]' : company.datelineCity
    case 'web':
      return company.web === '' ? '[web address]' : company.web
    default:
      return assertNever(part)
  }
}

function periodText(part: PeriodPart, facts: ReleaseFacts): string {
  const period = facts.document.period
  const { quarter, fiscalYear } = period
  switch (part) {
    case 'quarter':
      return quarterName(quarter)
    case 'quarterOfYear':
      return quarterOfYear(quarter, fiscalYear)
    case 'fiscalYear':
      return fiscalYearName(fiscalYear)
    case 'previousQuarter': {
      const previous = previousQuarter(quarter, fiscalYear)
      return quarterOfYear(previous.quarter, previous.year)
    }
    case 'yearAgoQuarter':
      return quarterOfYear(quarter, fiscalYear - 1)
    case 'yearToDate':
      return theYearToDate(quarter, fiscalYear)
    case 'yearAgoYearToDate':
      return theYearToDate(quarter, fiscalYear - 1)
    case 'yearAgoFiscalYear':
      return fiscalYearName(fiscalYear - 1)
    case 'periodEnd':
      return periodEndText(period)
    case 'releaseDate':
      return releaseDateText(period)
    default:
      return assertNever(part)
  }
}

function rawFieldText(field: Field, facts: ReleaseFacts): string {
  const style = facts.document.style
  switch (field.kind) {
    case 'company':
      return companyText(field.part, facts)
    case 'period':
      return periodText(field.part, facts)
    case 'amount': {
      if (!reports(facts, field.measure)) return unknownMeasureMarker(field.measure)
      const measure = definitionOf(facts.resolution.figures.measures, field.measure)
      const value = figureValue(resolvedFigure(facts.resolution.figures, measure.id, field.period))
      return value === null
        ? notEntered(measure, field.period)
        : formatAmount(value, measure.kind, style)
    }
    case 'result': {
      const measure =
        field.measure === undefined
          ? resultDefinition(facts)
          : definitionOf(facts.resolution.figures.measures, field.measure)
      if (!reports(facts, measure.id)) return unknownMeasureMarker(field.measure ?? 'net income')
      const value = figureValue(resolvedFigure(facts.resolution.figures, measure.id, field.period))
      if (value === null) return notEntered(measure, field.period)
      return field.measure === undefined
        ? resultPhrase(value, style, measure)
        : measureResultPhrase(measure, value, style)
    }
    case 'resultWord': {
      const measure = resultDefinition(facts)
      if (!reports(facts, measure.id)) return unknownMeasureMarker('net income')
      const value = figureValue(resolvedFigure(facts.resolution.figures, measure.id, field.period))
      return value === null ? notEntered(measure, field.period) : resultWord(value, measure)
    }
    case 'comparison': {
      if (!reports(facts, field.measure)) return unknownMeasureMarker(field.measure)
      const comparison = facts.comparison(field.measure, field.pair)
      const wording = wordingStyleFor(style, comparison.definition, field.pair)
      const period = facts.document.period
      return field.withSubject
        ? comparisonClause(comparison, wording, style, period)
        : comparisonPredicate(comparison, wording, style, period)
    }
    default:
      return assertNever(field)
  }
}

/** The placeholder for the first refused cell the field's words rest on, or null when none is refused. */
function refusedText(field: Field, facts: ReleaseFacts): string | null {
  if (facts.refused.size === 0) return null
  const cell = fieldFigureCells(field, facts.resolution).find((key) => facts.refused.has(key))
  return cell === undefined ? null : refusedPlaceholder(cell, facts.resolution.figures.measures)
}

/**
 * The words a live field shows now, computed from the release's figures and settings; a
 * placeholder naming the cell when a figure it rests on was typed as something that is not an amount.
 */
export function fieldText(field: Field, facts: ReleaseFacts): string {
  const refused = refusedText(field, facts)
  if (refused !== null) return refused
  const text = rawFieldText(field, facts)
  switch (field.textCase) {
    case 'asIs':
      return text
    case 'sentence':
      return capitalize(text)
    case 'title':
      return titleCase(text)
    default:
      return assertNever(field.textCase)
  }
}
