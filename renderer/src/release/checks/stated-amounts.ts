import type { MeasureDefinition, MeasureId } from '../measure-definition'
import type { PeriodKey } from '../measures'
import type { ReleaseFacts } from '../release-facts'
import { releaseFacts } from '../release-facts'
import { amountSubject } from './claims/amount-subject'
import { factsIndex } from './claims/facts-index'
import type { AmountToken } from './claims/number-tokens'
import { paragraphTokens } from './claims/paragraph-tokens'
import type { TextLocation } from './finding'
import type { TextParagraph } from './text-model'
import { locate } from './text-model'

/** An amount the text states as one measure's figure for one period: "gross profit of $1.2 million for the quarter". */
export interface StatedAmount {
  readonly measure: MeasureId
  readonly period: PeriodKey
  readonly token: AmountToken
  /** The amount as written. */
  readonly quote: string
  readonly location: TextLocation
}

type Spanned = { readonly start: number; readonly end: number }

function inRange<T extends Spanned>(tokens: readonly T[], range: Spanned): T[] {
  return tokens.filter((token) => token.start >= range.start && token.start < range.end)
}

/**
 * The amounts the paragraphs state for these measures, each tied to one period by its words.
 * The measures need not be in the figures grid: a line typed only into a table is read too, so
 * that what the text says of it can be compared with the table.
 */
export function statedAmounts(
  paragraphs: readonly TextParagraph[],
  facts: ReleaseFacts,
  extra: readonly MeasureDefinition[],
): readonly StatedAmount[] {
  const known = facts.resolution.figures.measures
  const added = extra.filter((measure) => !known.some((other) => other.id === measure.id))
  const document = facts.document
  // The words of a measure the grid does not report are read as the release's own would be.
  const widened =
    added.length === 0
      ? facts
      : releaseFacts({
          ...document,
          figures: {
            ...document.figures,
            entries: [...document.figures.entries, ...added.map((measure) => ({ id: measure.id }))],
            measures: [...document.figures.measures, ...added],
          },
        })
  const index = factsIndex(widened)
  const measures = widened.resolution.figures.measures
  const wanted = new Set(extra.map((measure) => measure.id))
  const stated: StatedAmount[] = []
  for (const paragraph of paragraphs) {
    if (!/\d/.test(paragraph.text)) continue
    const all = paragraphTokens(paragraph.text, index.companyWords, measures)
    for (const range of all.sentences) {
      const sentence = {
        range,
        amounts: inRange(all.amounts, range),
        percents: inRange(all.percents, range),
        measures: inRange(all.measures, range),
        pairs: inRange(all.pairs, range),
        directions: inRange(all.directions, range),
        quarters: inRange(all.quarters, range),
        others: inRange(all.others, range),
      }
      const context = { paragraph, sentence, index, inThousands: false }
      for (const token of sentence.amounts) {
        const subject = amountSubject(context, token)
        if (subject === null || !subject.stated || !wanted.has(subject.measure)) continue
        const [period, ...others] = subject.periods
        if (period === undefined || others.length > 0) continue
        stated.push({
          measure: subject.measure,
          period,
          token,
          quote: paragraph.text.slice(token.start, token.end),
          location: locate(paragraph, token.start, token.end),
        })
      }
    }
  }
  return stated
}
