import { formatAmount, signedStyle } from '../../amount-format'
import { PERIOD_LABELS } from '../../field-text'
import { Dec } from '../../decimal'
import type { Measure } from '../../measures'
import type { Finding } from '../finding'
import { locate } from '../text-model'
import type { ClaimContext } from './context'
import { isForwardLooking, measureBefore, report, sameCase, words } from './context'
import { definitionIn, perShareMeasureOf } from './facts-index'
import type { KnownFigure } from './facts-index'
import type { AmountToken } from './number-tokens'
import { amountFits } from './tolerance'
import { amountSubject } from './amount-subject'
import { resultPhrase } from '../../wording'
import type { MeasureToken } from './word-tokens'


// Factors that turn an amount into the one the digits would be at another scale: "$5.6 billion" read as millions.
const RESCALES = ['0.001', '0.000001', '1000', '1000000'].map((factor) => new Dec(factor))
// For an amount about a named measure, any power of ten: "$1.68 million" for $168,000.
const SUBJECT_RESCALES = ['0.001', '0.01', '0.1', '10', '100', '1000'].map(
  (factor) => new Dec(factor),
)
const THOUSAND = new Dec(1000)
const AS_WRITTEN = [new Dec(1)]
const AS_WRITTEN_OR_THOUSANDS = [new Dec(1), THOUSAND]

/** The figure of the measure an amount matches at another scale, and the factor, if any. */
export function rescaledFigure(
  context: ClaimContext,
  token: AmountToken,
  measure: Measure | null,
): { readonly figure: KnownFigure; readonly factor: Dec } | null {
  if (token.perShare) return null
  const factors = measure === null ? RESCALES : SUBJECT_RESCALES
  for (const factor of factors) {
    const figure = context.index.figures.find(
      (entry) =>
        (measure === null
          ? definitionIn(context.index, entry.measure).kind === 'money'
          : entry.measure === measure) &&
        !entry.magnitude.isZero() &&
        amountFits(token, entry.magnitude, factor),
    )
    if (figure !== undefined) return { figure, factor }
  }
  return null
}

function figureWords(index: ClaimContext['index'], figure: KnownFigure): string {
  const measure = definitionIn(index, figure.measure)
  return `${measure.inMessages} for ${PERIOD_LABELS[figure.period]}, ${formatAmount(figure.value, measure.kind, signedStyle(index.style))}`
}

function matchesSomething(context: ClaimContext, token: AmountToken): boolean {
  const { figures, changes } = context.index
  const factors =
    context.inThousands && token.scale.equals(1) ? AS_WRITTEN_OR_THOUSANDS : AS_WRITTEN
  return factors.some(
    (factor) =>
      figures.some((figure) => amountFits(token, figure.magnitude, factor)) ||
      changes.some((change) => amountFits(token, change.magnitude, factor)),
  )
}

function closestFigure(context: ClaimContext, token: AmountToken): KnownFigure | undefined {
  let best: KnownFigure | undefined
  let gap: Dec | undefined
  for (const figure of context.index.figures) {
    const perShare = definitionIn(context.index, figure.measure).kind === 'perShare'
    if (figure.magnitude.isZero() || perShare !== token.perShare) continue
    const ratio = Dec.max(figure.magnitude, token.magnitude).dividedBy(
      Dec.max(Dec.min(figure.magnitude, token.magnitude), '0.000001'),
    )
    if (gap === undefined || ratio.lessThan(gap)) {
      best = figure
      gap = ratio
    }
  }
  return best
}

// "revenue was", "sales of", "rose 19% to": words that make the amount after them the measure's value.
// Nothing between the measure and the amount is a table row's own value ("Net sales $ 5,600").
const VALUE_LINK =
  /(?:^\s*|\b(?:of|was|were|is|are|to|at|totaled|totalled|totaling|totalling|reached|amounted\s+to|came\s+(?:in\s+)?(?:at|to))\s+(?:(?:approximately|about|nearly|almost|roughly|a\s+record)\s+)?)$/i

/** True when the amount is the named measure's own value, not an effect on it ("affected revenue by $0.3 million"). */
function isValueOf(
  context: ClaimContext,
  subject: MeasureToken | undefined,
  token: AmountToken,
): boolean {
  if (subject === undefined || token.start - subject.end > 120) return false
  return VALUE_LINK.test(words(context, subject.end, token.start))
}

function amountFinding(context: ClaimContext, token: AmountToken): Finding | null {
  if (matchesSomething(context, token)) return null
  // Amounts of metrics the release has no figures for (gross profit, backlog), and forecasts, are not checked.
  const subject = measureBefore(context, token.start)
  if (subject?.measure === null) return null
  if (isForwardLooking(context, token.start)) return null
  const quote = words(context, token.start, token.end)
  // Table amounts under "(in thousands)" are read at that scale, never called the wrong one; and
  // only an amount that is the measure's own value can be at its wrong scale ("revenue was").
  const rescaled =
    (context.inThousands && token.scale.equals(1)) || !isValueOf(context, subject, token)
      ? null
      : rescaledFigure(context, token, subject?.measure ?? null)
  if (rescaled !== null) {
    const figure = rescaled.figure
    const right = formatAmount(figure.magnitude, definitionIn(context.index, figure.measure).kind, context.index.style)
    return report(context, token.start, token.end, {
      severity: 'error',
      rule: 'wrong-scale',
      message: `${quote} is at the wrong scale: ${figureWords(context.index, figure)}.`,
      expected: right,
      fixes: [
        { kind: 'replace', text: right },
        {
          kind: 'liveField',
          field: {
            kind: 'amount',
            measure: figure.measure,
            period: figure.period,
            textCase: 'asIs',
          },
          ...spanOf(context, token),
        },
      ],
    })
  }
  const nearest = closestFigure(context, token)
  return report(context, token.start, token.end, {
    severity: 'warning',
    rule: 'unmatched-amount',
    message:
      nearest === undefined
        ? `${quote} is not a figure of this release, nor a change between two of them.`
        : `${quote} is not a figure of this release, nor a change between two of them; the closest is ${figureWords(context.index, nearest)}.`,
  })
}

function spanOf(
  context: ClaimContext,
  token: AmountToken,
): { readonly start: number; readonly end: number } {
  const located = locate(context.paragraph, token.start, token.end)
  return { start: located.start, end: located.end }
}

/** Amounts that match no figure (a warning), and amounts whose digits match a figure at another scale (an error). */
export function amountClaims(
  context: ClaimContext,
  judgedAsChanges: ReadonlySet<AmountToken> = new Set(),
): Finding[] {
  const findings: Finding[] = []
  for (const token of context.sentence.amounts) {
    if (judgedAsChanges.has(token)) continue
    const found = amountFinding(context, token)
    if (found !== null) findings.push(found)
  }
  return findings
}

// "net loss of", "net loss for the first six months of fiscal 2006 was": words that tie an amount to the result word.
const RESULT_LINK =
  /(?:\b(?:of|was|were|is|totaled|totalled|totaling|totalling|amounted\s+to|came\s+(?:in\s+)?(?:at|to)|reached)\s+(?:(?:approximately|about|nearly|almost|roughly)\s+)?|:\s*)$/i

function isLoss(value: Dec): boolean {
  return value.isNegative() && !value.isZero()
}

function resultWordFinding(context: ClaimContext, token: MeasureToken): Finding | null {
  if (token.measure === null || token.polarity === null) return null
  const named = definitionIn(context.index, token.measure)
  // Words that carry a sign ("net loss", "loss per share") speak of a measure that can be a loss.
  if (!named.narrowsAndWidens) return null
  const perShareNamed = named.kind === 'perShare'
  if (isForwardLooking(context, token.start)) return null
  const { sentence } = context
  const amount = sentence.amounts.find((entry) => entry.start >= token.end)
  if (amount === undefined || amount.start - token.end > 80) return null
  // "A loss of 3 cents per share": a result word with a per-share amount speaks of EPS.
  const perShareOfNamed = perShareMeasureOf(context.index, token.measure)
  const perShareResult = !perShareNamed && amount.perShare && perShareOfNamed !== null
  if (amount.perShare !== perShareNamed && !perShareResult) return null
  const between = (list: readonly { readonly start: number }[]): boolean =>
    list.some((entry) => entry.start >= token.end && entry.start < amount.start)
  if (between(sentence.measures) || between(sentence.directions) || between(sentence.percents))
    return null
  if (!RESULT_LINK.test(words(context, token.end, amount.start))) return null
  const measure = perShareResult && perShareOfNamed !== null ? perShareOfNamed : token.measure
  const definition = definitionIn(context.index, measure)
  const rescaled = rescaledFigure(context, amount, measure)
  // The period the words name decides which figure the amount is ("for the quarter"); unstated, this quarter's or the year to date's.
  const periods = amountSubject(context, amount)?.periods ?? null
  const matching = context.index.figures.filter(
    (figure) =>
      figure.measure === measure &&
      (periods === null || periods.includes(figure.period)) &&
      (amountFits(amount, figure.magnitude) || figure === rescaled?.figure),
  )
  const saysLoss = token.polarity === 'loss'
  if (matching.length === 0 || matching.some((figure) => isLoss(figure.value) === saysLoss))
    return null
  const [figure] = matching
  if (figure === undefined) return null
  const right = saysLoss
    ? token.words.replace(/loss(?:es)?/i, (found) =>
        sameCase(found, definition.kind === 'perShare' ? 'earnings' : 'income'),
      )
    : token.words.replace(/income|earnings|profits?/i, (found) => sameCase(found, 'loss'))
  const style = context.index.style
  const actual =
    definition.kind !== 'perShare'
      ? resultPhrase(figure.value, style, definition)
      : `${formatAmount(figure.value, 'perShare', style)} per share, ${isLoss(figure.value) ? 'a loss' : 'a profit'}`
  return report(context, token.start, token.end, {
    severity: 'error',
    rule: 'result-word',
    message: `The result for ${PERIOD_LABELS[figure.period]} is ${actual}: write “${right}”, not “${token.words}”.`,
    expected: right,
    fixes: [{ kind: 'replace', text: right }],
  })
}

/** "Net income of $X" where $X is a loss, and the reverse. */
export function resultWordClaims(context: ClaimContext): Finding[] {
  const findings: Finding[] = []
  for (const token of context.sentence.measures) {
    const found = resultWordFinding(context, token)
    if (found !== null) findings.push(found)
  }
  return findings
}
