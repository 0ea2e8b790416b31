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
import { builtInMeasure } from './measure-catalogue'
import { measureKind } from './measures'
import type { Measure, PeriodKey } from './measures'
import type { CompanyPart, Field, PeriodPart } from './narrative-schema'
import type { ReleaseFacts } from './release-facts'
import { figureValue } from './resolve-figures'
import {
  comparisonClause,
  comparisonPredicate,
  measureResultPhrase,
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

const MEASURE_WORDS: Readonly<Record<Measure, string>> = {
  revenue: 'revenue',
  netIncome: 'net income',
  dilutedEps: 'diluted EPS',
  dilutedShares: 'diluted shares',
}

function notEntered(measure: Measure, period: PeriodKey): string {
  return `[${MEASURE_WORDS[measure]} for ${PERIOD_LABELS[period]} not entered]`
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
      const value = figureValue(facts.resolution.figures[field.measure][field.period])
      return value === null
        ? notEntered(field.measure, field.period)
        : formatAmount(value, measureKind(field.measure), style)
    }
    case 'result': {
      const measure = field.measure ?? 'netIncome'
      const value = figureValue(facts.resolution.figures[measure][field.period])
      return value === null
        ? notEntered(measure, field.period)
        : measureResultPhrase(builtInMeasure(measure), value, style)
    }
    case 'resultWord': {
      const value = figureValue(facts.resolution.figures.netIncome[field.period])
      return value === null ? notEntered('netIncome', field.period) : resultWord(value)
    }
    case 'comparison': {
      const comparison = facts.comparison(field.measure, field.pair)
      const wording = wordingStyleFor(style, field.measure, field.pair)
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
  return cell === undefined ? null : refusedPlaceholder(cell)
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
