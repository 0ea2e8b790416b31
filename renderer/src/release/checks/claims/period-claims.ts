import { formatLongDate } from '../../calendar-date'
import { fiscalYearName, quarterName, quarterOfYear, yearToDateName } from '../../fiscal-calendar'
import type { QuarterNumber } from '../../fiscal-calendar'
import type { Finding } from '../finding'
import type { TextParagraph } from '../text-model'
import type { ClaimContext } from './context'
import { isForwardLooking, report, sameCase, words } from './context'
import { daysBetween, withinDays } from './facts-index'
import type { AnnualReportRef, DateRef, QuarterRef, SpanRef, YearRef } from './period-tokens'

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth'] as const
const ORDINAL_NUMBERS = ['1st', '2nd', '3rd', '4th'] as const
// A previous-quarter mention is fine in a comparison: "up 56% from the first quarter".
const COMPARING =
  /\b(?:from|over|than|versus|vs\.?|against|compared|comparison|sequential(?:ly)?|relative)\b/i

function thisRelease(context: ClaimContext): string {
  return quarterOfYear(context.index.quarter, context.index.fiscalYear)
}

function named(ref: QuarterRef): string {
  return ref.year === null ? quarterName(ref.quarter) : quarterOfYear(ref.quarter, ref.year)
}

/** The same words naming this release's quarter: "3rd-quarter06" becomes "2nd-quarter06". */
function corrected(context: ClaimContext, ref: QuarterRef): string {
  const quote = words(context, ref.start, ref.end)
  const quarter: QuarterNumber = context.index.quarter
  const index = quarter - 1
  let text = quote
  switch (ref.form) {
    case 'word':
      text = quote.replace(/^\w+/, (found) => sameCase(found, ORDINAL_WORDS[index] ?? 'first'))
      break
    case 'ordinal':
      text = quote.replace(/^\w+/, ORDINAL_NUMBERS[index] ?? '1st')
      break
    case 'q':
      text = quote.replace(/^Q\d/, `Q${quarter}`)
      break
    case 'nq':
      text = quote.replace(/^\dQ/, `${quarter}Q`)
      break
  }
  if (ref.year === null || ref.year === context.index.fiscalYear) return text
  const year = String(context.index.fiscalYear)
  return text.replace(/(\d{4}|\d{2})(?!.*\d)/, (digits) =>
    digits.length === 2 ? year.slice(2) : year,
  )
}

// Words that make a sentence guidance, and words that make an old quarter history.
const FORECAST =
  /\b(?:expects?|expected\s+to|expecting|anticipat\w*|outlook|guidance|forecast\w*|projects?|projected|will|intends?|targets?|plans?\s+to)\b/i
const HISTORY = /\b(?:since|record|highest|lowest|best|strongest|weakest|first\s+time)\b/i

function sentenceText(context: ClaimContext): string {
  return context.paragraph.text.slice(context.sentence.range.start, context.sentence.range.end)
}

function inWebAddress(context: ClaimContext, ref: QuarterRef): boolean {
  const text = context.paragraph.text
  let start = ref.start
  let end = ref.end
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start -= 1
  while (end < text.length && !/\s/.test(text.charAt(end))) end += 1
  return /[/@]|www\.|\.(?:com|net|org)\b/i.test(text.slice(start, end))
}

// Words that make a sentence speak of this release's own period: "announced results for", "this quarter".
const THIS_PERIOD =
  /\b(?:announc\w*|report(?:s|ed|ing)?|releas\w*|posted)\b[^.]{0,60}\bresults\b|\bresults\s+(?:for|of)\b|\bthis\s+(?:fiscal\s+)?quarter\b/i
// A claim already made about a period: "sales were strong", "revenue rose".
const PAST_CLAIM =
  /\b(?:were|was|rose|fell|grew|declined|increased|decreased|improved|totaled|totalled|reached|posted|reported|achieved|recorded|came\s+in)\b/i
const RESULTS_AFTER = /^[\s-]*(?:fiscal\s+)?(?:results|earnings\s+(?:release|report|call))\b/i
const THIS_PERIOD_BLOCKS = new Set(['headline', 'subheadline', 'dateline'])

/**
 * True when the words at the offset are someone's quoted words: the quote block, or inside
 * quotation marks in the paragraph ("“First quarter sales were hurt,” said Mr. Gilbert").
 */
function quoted(context: ClaimContext, offset: number): boolean {
  if (context.paragraph.block === 'quote') return true
  return quotedOffsets(context.paragraph)[offset] === 1
}

// Worked out once per paragraph, so checking stays linear in the length of the text.
const quotedCache = new WeakMap<TextParagraph, Uint8Array>()

/** For each offset of the paragraph's text, 1 when it sits inside quotation marks. */
function quotedOffsets(paragraph: TextParagraph): Uint8Array {
  const known = quotedCache.get(paragraph)
  if (known !== undefined) return known
  const text = paragraph.text
  const inside = new Uint8Array(text.length + 1)
  let curly = 0
  let straight = false
  for (let offset = 0; offset <= text.length; offset += 1) {
    inside[offset] = curly > 0 || straight ? 1 : 0
    const mark = text.charAt(offset)
    if (mark === '\u201c') curly += 1
    else if (mark === '\u201d') curly = Math.max(0, curly - 1)
    else if (mark === '"') straight = !straight
  }
  quotedCache.set(paragraph, inside)
  return inside
}

/** True when the sentence speaks of this release's own period: the headline, the dateline, "announced results for", a web address. */
function aboutThisPeriod(context: ClaimContext, ref: QuarterRef, sentence: string): boolean {
  return (
    THIS_PERIOD_BLOCKS.has(context.paragraph.block) ||
    inWebAddress(context, ref) ||
    THIS_PERIOD.test(sentence) ||
    // "First quarter results were hurt by start-up costs" in a speaker's words is their past.
    (!quoted(context, ref.start) &&
      RESULTS_AFTER.test(context.paragraph.text.slice(ref.end, ref.end + 20)))
  )
}

function isPast(context: ClaimContext, ref: QuarterRef): boolean {
  const { quarter, fiscalYear } = context.index
  if (ref.year === null) return false
  return ref.year < fiscalYear || (ref.year === fiscalYear && ref.quarter < quarter)
}

function quarterFinding(context: ClaimContext, ref: QuarterRef): Finding | null {
  const { quarter, fiscalYear, previous } = context.index
  if (
    ref.quarter === quarter &&
    (ref.year === null || ref.year === fiscalYear || ref.year === fiscalYear - 1)
  )
    return null
  const isPrevious =
    ref.quarter === previous.quarter && (ref.year === null || ref.year === previous.year)
  const sentenceStart = context.sentence.range.start
  const sentence = sentenceText(context)
  const own = aboutThisPeriod(context, ref, sentence)
  if (!own) {
    if (isPrevious && COMPARING.test(context.paragraph.text.slice(sentenceStart, ref.start)))
      return null
    // Past quarters named with their year are history, and a quote speaks for its speaker.
    if (isPast(context, ref) || quoted(context, ref.start)) return null
    // Guidance and hopes name quarters to come ("we are confident about the fourth quarter").
    if (FORECAST.test(sentence) || !PAST_CLAIM.test(sentence)) return null
  }
  // "The highest since the fourth quarter of fiscal 2002": history, named with its year.
  if (!own && ref.year !== null && ref.year < fiscalYear - 1 && HISTORY.test(sentence)) return null
  const fix = corrected(context, ref)
  const warning = isPrevious && !own
  // Another period in a speaker's words or in guidance may be meant: the fix would change what
  // they say, so the finding names the period and leaves the words to the writer.
  const offerFix = !quoted(context, ref.start) && !FORECAST.test(sentence)
  return report(context, ref.start, ref.end, {
    severity: warning ? 'warning' : 'error',
    rule: 'stale-period',
    message: warning
      ? `“${words(context, ref.start, ref.end)}” names the previous quarter outside a comparison; this release is the ${thisRelease(context)}. Left over from last quarter’s release?`
      : `“${words(context, ref.start, ref.end)}” names the ${named(ref)}; this release is the ${thisRelease(context)}.`,
    ...(offerFix ? { expected: fix, fixes: [{ kind: 'replace' as const, text: fix }] } : {}),
  })
}

function yearFinding(context: ClaimContext, ref: YearRef): Finding | null {
  const { fiscalYear } = context.index
  if (ref.year === fiscalYear || ref.year === fiscalYear - 1) return null
  if (
    ref.year === fiscalYear + 1 &&
    (isForwardLooking(context, ref.start) || FORECAST.test(sentenceText(context)))
  )
    return null
  return report(context, ref.start, ref.end, {
    severity: 'warning',
    rule: 'stale-period',
    message: `“${words(context, ref.start, ref.end)}” is neither this release’s year (${fiscalYearName(fiscalYear)}) nor the year it compares with (${fiscalYearName(fiscalYear - 1)}).`,
  })
}

function spanFinding(context: ClaimContext, ref: SpanRef): Finding | null {
  const { quarter, fiscalYear } = context.index
  if (ref.months === 3 || ref.months === 12 || ref.months === quarter * 3) return null
  // Guidance and a speaker's hopes may speak of a span still to come ("we expect sales for the
  // first nine months to …"): only a span already past in a plain statement is a leftover.
  const ahead = ref.months > quarter * 3
  if (ahead && (FORECAST.test(sentenceText(context)) || quoted(context, ref.start))) return null
  const right =
    quarter === 1 || quarter === 4
      ? yearToDateName(quarter, fiscalYear).replace(/ of fiscal \d+$| \d+$/, '')
      : `first ${quarter === 2 ? 'six' : 'nine'} months`
  return report(context, ref.start, ref.end, {
    severity: 'error',
    rule: 'stale-period',
    message: `“${words(context, ref.start, ref.end)}” does not match this release: at the ${quarterName(quarter)} the year to date is the ${right}.`,
  })
}

function dateFinding(context: ClaimContext, ref: DateRef): Finding | null {
  const { exactDates, nearDates } = context.index
  const same = (other: typeof ref.date): boolean =>
    other.year === ref.date.year && other.month === ref.date.month && other.day === ref.date.day
  if (exactDates.some(same) || nearDates.some((date) => withinDays(date, ref.date, 7))) return null
  // A conference call, its replay or a dividend date in the weeks after the release.
  const { releaseDate } = context.index
  if (releaseDate !== null) {
    const after = daysBetween(releaseDate, ref.date)
    if (after >= 0 && after <= 45) return null
  }
  const [periodEnd] = exactDates
  const known = [
    periodEnd === undefined ? '' : `the quarter ended ${formatLongDate(periodEnd)}`,
    releaseDate === null ? '' : `the release is dated ${formatLongDate(releaseDate)}`,
  ].filter((part) => part !== '')
  return report(context, ref.start, ref.end, {
    severity: 'warning',
    rule: 'stale-period',
    message: `“${words(context, ref.start, ref.end)}” is not a date this release reports: ${known.join(' and ')}.`,
  })
}

function annualReportFinding(context: ClaimContext, ref: AnnualReportRef): Finding | null {
  const { fiscalYear, quarter } = context.index
  if (ref.year === fiscalYear - 1 || (quarter === 4 && ref.year === fiscalYear)) return null
  return report(context, ref.start, ref.end, {
    severity: 'warning',
    rule: 'stale-period',
    message: `“${words(context, ref.start, ref.end)}” names the annual report for ${ref.year}; the latest is the one for ${fiscalYearName(fiscalYear - 1)}.`,
  })
}

function overlaps(
  a: { readonly start: number; readonly end: number },
  list: readonly { readonly start: number; readonly end: number }[],
): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end)
}

/** Quarters, years, year-to-date spans, dates and annual reports that do not belong to this release. */
export function periodClaims(context: ClaimContext): Finding[] {
  const findings: (Finding | null)[] = []
  const { quarters, others } = context.sentence
  const reports = others.filter((ref) => ref.kind === 'annualReport')
  for (const ref of quarters) findings.push(quarterFinding(context, ref))
  for (const ref of others) {
    switch (ref.kind) {
      case 'annualReport':
        findings.push(annualReportFinding(context, ref))
        break
      case 'year':
        if (!overlaps(ref, quarters) && !overlaps(ref, reports))
          findings.push(yearFinding(context, ref))
        break
      case 'span':
        findings.push(spanFinding(context, ref))
        break
      case 'date':
        findings.push(dateFinding(context, ref))
        break
    }
  }
  return findings.filter((entry): entry is Finding => entry !== null)
}
