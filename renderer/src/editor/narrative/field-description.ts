import { assertNever } from '../../release/assert-never'
import { PERIOD_LABELS } from '../../release/field-text'
import type { MeasureDefinition } from '../../release/measure-definition'
import type { Measure } from '../../release/measures'
import { pairPeriods } from '../../release/measures'
import type { CompanyPart, Field, PeriodPart } from '../../release/narrative-schema'

/** The measure as a finding's sentence names it: "net income (loss)"; a measure the release lacks says so. */
function measureWords(measures: readonly MeasureDefinition[], measure: Measure): string {
  return measures.find((definition) => definition.id === measure)?.inMessages ?? `an unknown measure ("${measure}")`
}

const COMPANY_WORDS: Readonly<Record<CompanyPart, string>> = {
  name: 'the company name',
  shortName: 'the company short name',
  ticker: 'the ticker',
  datelineCity: 'the dateline city',
  web: 'the web address',
}

const PERIOD_WORDS: Readonly<Record<PeriodPart, string>> = {
  quarter: 'the name of this quarter',
  quarterOfYear: 'this quarter and fiscal year',
  fiscalYear: 'this fiscal year',
  previousQuarter: 'the previous quarter',
  yearAgoQuarter: 'the same quarter a year ago',
  yearToDate: 'the year to date',
  yearAgoYearToDate: 'last year to date',
  yearAgoFiscalYear: 'last fiscal year',
  periodEnd: 'the period end date',
  releaseDate: 'the release date',
}

/** What a field stands for, for its tooltip: "Live: revenue, this quarter vs the previous quarter". */
export function fieldDescription(field: Field, measures: readonly MeasureDefinition[]): string {
  switch (field.kind) {
    case 'company':
      return `Live: ${COMPANY_WORDS[field.part]}`
    case 'period':
      return `Live: ${PERIOD_WORDS[field.part]}`
    case 'amount':
      return `Live: ${measureWords(measures, field.measure)}, ${PERIOD_LABELS[field.period]}`
    case 'result':
      return field.measure === undefined
        ? `Live: net income or loss, ${PERIOD_LABELS[field.period]}`
        : `Live: ${measureWords(measures, field.measure)} with its words, ${PERIOD_LABELS[field.period]}`
    case 'resultWord':
      return `Live: \u201cnet income\u201d or \u201cnet loss\u201d, ${PERIOD_LABELS[field.period]}`
    case 'comparison': {
      const { current, prior } = pairPeriods(field.pair)
      return `Live: ${measureWords(measures, field.measure)}, ${PERIOD_LABELS[current]} vs ${PERIOD_LABELS[prior]}`
    }
    default:
      return assertNever(field)
  }
}
