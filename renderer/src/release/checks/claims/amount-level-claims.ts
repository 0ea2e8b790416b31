import { formatAmount } from '../../amount-format'
import { Dec, roundHalfUp } from '../../decimal'
import { resolvedFigureUnit } from '../../figure-precision'
import { PERIOD_LABELS } from '../../field-text'
import type { Finding } from '../finding'
import { rescaledFigure } from './amount-claims'
import { amountSubject } from './amount-subject'
import type { AmountSubject } from './amount-subject'
import { comparedAmountSubject } from './compared-amount'
import type { ClaimContext } from './context'
import { isForwardLooking, report, words } from './context'
import { definitionIn } from './facts-index'
import type { KnownFigure } from './facts-index'
import type { AmountToken } from './number-tokens'
import { amountFits } from './tolerance'

const HALF = new Dec('0.5')

/** Whether the stated amount and the figure overlap once each is widened by half its last unit. */
function withinPrecision(context: ClaimContext, amount: AmountToken, figure: KnownFigure): boolean {
  const { document, resolution } = context.index.facts
  const unit = resolvedFigureUnit(document, resolution, figure.measure, figure.period) ?? new Dec(0)
  const slack = unit.plus(amount.unit).times(HALF)
  // Rounding is half up, so the two ranges meeting at one end do not overlap.
  return amount.magnitude.minus(figure.magnitude).abs().lessThan(slack)
}

/** The sign the words give a stated amount: its own marks, else the measure word ("net loss", "a loss of"). */
function saysLoss(amount: AmountToken, subject: AmountSubject): boolean {
  return amount.negative || subject.subject.polarity === 'loss'
}

function isLoss(value: Dec): boolean {
  return value.isNegative() && !value.isZero()
}

const DIGITS = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+/
const CENTS_WORDS = /^(.*?)(\S+(?:[\s-]\S+)?)([\s-]cents?)$/i

/** The amount's own words with the figure's digits, in the same form: "3 cents" → "2 cents", "$(.03)" → "$(.02)". */
function restated(quote: string, amount: AmountToken, figure: KnownFigure): string | null {
  const cents = CENTS_WORDS.exec(quote)
  if (cents !== null && amount.perShare && /cents?$/i.test(quote)) {
    const value = roundHalfUp(figure.magnitude.times(100), 0)
    return `${value.toFixed(0)} ${value.equals(1) ? 'cent' : 'cents'}`
  }
  const digits = DIGITS.exec(quote)?.[0]
  if (digits === undefined) return null
  const point = digits.indexOf('.')
  const decimals = point < 0 ? 0 : digits.length - point - 1
  const scaled = roundHalfUp(figure.magnitude.dividedBy(amount.scale), decimals)
  let text = scaled.toFixed(decimals)
  if (digits.includes(',')) {
    const [whole = '', fraction] = text.split('.')
    text = `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction === undefined ? '' : `.${fraction}`}`
  }
  if (digits.startsWith('.')) text = text.replace(/^0(?=\.)/, '')
  return quote.replace(digits, text)
}

function figureText(context: ClaimContext, figure: KnownFigure): string {
  const measure = definitionIn(context.index, figure.measure)
  const { kind } = measure
  const shown = formatAmount(figure.value, kind, context.index.style)
  const sign = isLoss(figure.value) ? ', a loss' : ''
  return `${measure.inMessages} for ${PERIOD_LABELS[figure.period]} is ${shown}${kind === 'perShare' ? ' per share' : ''}${sign}`
}

/** "Diluted EPS was $0.02" for a loss of $(0.02): the amount's own marks give the wrong sign. */
function signFinding(
  context: ClaimContext,
  amount: AmountToken,
  subject: AmountSubject,
  fitting: readonly KnownFigure[],
): Finding | null {
  // A sign word ("net loss", "earnings") that disagrees is the result-word rule's.
  if (subject.subject.polarity !== null) return null
  if (fitting.some((entry) => isLoss(entry.value) === amount.negative)) return null
  const [figure] = fitting
  if (figure === undefined || figure.value.isZero()) return null
  const quote = words(context, amount.start, amount.end)
  const right = formatAmount(figure.value, definitionIn(context.index, figure.measure).kind, context.index.style)
  // A loss written without its sign can take the sign; a profit written as a loss needs other words.
  const fix =
    isLoss(figure.value) && !/cents?$/i.test(quote)
      ? { expected: right, fixes: [{ kind: 'replace' as const, text: right }] }
      : {}
  return report(context, amount.start, amount.end, {
    severity: 'error',
    rule: 'amount-sign',
    message: `${quote} reads as ${amount.negative ? 'a loss' : 'a profit'}, but ${figureText(context, figure)}.`,
    ...fix,
  })
}

function levelFinding(
  context: ClaimContext,
  amount: AmountToken,
  subject: AmountSubject,
): Finding | null {
  const figures = context.index.figures.filter(
    (figure) => figure.measure === subject.measure && subject.periods.includes(figure.period),
  )
  const [figure] = figures
  if (figure === undefined) return null
  const loss = saysLoss(amount, subject)
  const fitting = figures.filter((entry) => amountFits(amount, entry.magnitude))
  if (fitting.length > 0) return signFinding(context, amount, subject, fitting)
  const quote = words(context, amount.start, amount.end)
  const elsewhere = context.index.figures.find(
    (entry) =>
      entry.measure === subject.measure &&
      !subject.periods.includes(entry.period) &&
      isLoss(entry.value) === loss &&
      amountFits(amount, entry.magnitude),
  )
  const other =
    elsewhere === undefined
      ? ''
      : ` ${sentenceCase(quote)} is the figure for ${PERIOD_LABELS[elsewhere.period]}.`
  // Only the number is wrong when the words give the right sign: the same words with the figure's digits.
  const text = loss === isLoss(figure.value) ? restated(quote, amount, figure) : null
  return report(context, amount.start, amount.end, {
    severity: 'error',
    rule: 'wrong-amount',
    message: `${sentenceCase(figureText(context, figure))}, not ${quote}.${other}`,
    ...(text === null ? {} : { expected: text, fixes: [{ kind: 'replace' as const, text }] }),
  })
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * Amounts stated as a measure's figure for a period ("net loss for the quarter was 3 cents per
 * diluted share", "compared to $1.3 million for the six months ended June 30, 2007") that
 * differ from that figure: an error, as the figure is known. Returns the
 * findings and the amounts judged, which the unmatched-amount warning leaves alone.
 */
export function amountLevelClaims(context: ClaimContext): {
  readonly findings: Finding[]
  readonly judged: ReadonlySet<AmountToken>
} {
  const findings: Finding[] = []
  const judged = new Set<AmountToken>()
  for (const amount of context.sentence.amounts) {
    if (amount.qualifier !== 'none' && amount.qualifier !== 'approximately') continue
    if (isForwardLooking(context, amount.start)) continue
    const subject = amountSubject(context, amount) ?? comparedAmountSubject(context, amount)
    if (subject === null) continue
    const figures = context.index.figures.filter(
      (figure) => figure.measure === subject.measure && subject.periods.includes(figure.period),
    )
    if (figures.length === 0) continue
    const fits = figures.some((figure) => amountFits(amount, figure.magnitude))
    // The digits of a figure at another scale: the wrong-scale rule says so. An amount the figure's
    // own rounding allows ("$5.61 million" for "5.6m") cannot be contradicted: at most a warning.
    if (!fits && rescaledFigure(context, amount, subject.measure) !== null) continue
    if (!fits && figures.some((figure) => withinPrecision(context, amount, figure))) continue
    judged.add(amount)
    const found = levelFinding(context, amount, subject)
    if (found !== null) findings.push(found)
  }
  return { findings, judged }
}
