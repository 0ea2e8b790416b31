import { formatLongDate, parseIsoDate } from '../calendar-date'
import type { CalendarDate } from '../calendar-date'
import { periodEndDate, quarterEndDate, quarterOfYear } from '../fiscal-calendar'
import type { PeriodPart } from '../narrative-schema'
import type { ReleaseFacts } from '../release-facts'
import type { Finding, TextLocation } from './finding'
import { finding } from './finding'
import type { TextParagraph } from './text-model'
import { locate } from './text-model'

const sameDay = (a: CalendarDate, b: CalendarDate): boolean => a.year === b.year && a.month === b.month && a.day === b.day
const before = (a: CalendarDate, b: CalendarDate): boolean =>
  a.year !== b.year ? a.year < b.year : a.month !== b.month ? a.month < b.month : a.day < b.day

/** Where the text states a period date (the dateline's live field), so the finding points at the words. */
function whereStated(paragraphs: readonly TextParagraph[], part: PeriodPart): { readonly quote: string; readonly location: TextLocation } | null {
  for (const paragraph of paragraphs) {
    const segment = paragraph.segments.find((entry) => entry.field?.kind === 'period' && entry.field.part === part)
    if (segment !== undefined) {
      return { quote: paragraph.text.slice(segment.start, segment.end), location: locate(paragraph, segment.start, segment.end) }
    }
  }
  return null
}

/**
 * The period's own dates: a period end set to another day than the quarter's last (a warning: some
 * companies close on a Saturday) and a release dated before the period it reports ends (an error:
 * usually last quarter's date left in).
 */
export function releaseDateFindings(facts: ReleaseFacts, paragraphs: readonly TextParagraph[]): Finding[] {
  const period = facts.document.period
  const found: Finding[] = []
  const quarterEnd = quarterEndDate(period.quarter, period.fiscalYear, period.fiscalYearEndMonth)
  const periodEnd = periodEndDate(period)
  const quarter = quarterOfYear(period.quarter, period.fiscalYear)
  if (!sameDay(periodEnd, quarterEnd)) {
    const stated = whereStated(paragraphs, 'periodEnd')
    found.push(
      finding({
        severity: 'warning',
        rule: 'stale-period',
        key: 'period-end',
        quote: stated?.quote ?? formatLongDate(periodEnd),
        location: stated?.location ?? null,
        message: `The period end is ${formatLongDate(periodEnd)}, but the ${quarter} ends ${formatLongDate(quarterEnd)}. If the quarter really closed that day, leave it; otherwise clear the period end under Figures, Period, so it follows the quarter.`,
      }),
    )
  }
  const released = period.releaseDate === null ? null : parseIsoDate(period.releaseDate)
  if (released?.ok === true && before(released.value, periodEnd)) {
    const stated = whereStated(paragraphs, 'releaseDate')
    found.push(
      finding({
        severity: 'error',
        rule: 'stale-period',
        key: 'release-date',
        quote: stated?.quote ?? formatLongDate(released.value),
        location: stated?.location ?? null,
        message: `The release is dated ${formatLongDate(released.value)}, before the ${quarter} ends on ${formatLongDate(periodEnd)}. Set the release date under Figures, Period.`,
      }),
    )
  }
  return found
}
