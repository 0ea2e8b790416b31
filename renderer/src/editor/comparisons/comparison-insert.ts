import type { MeasureDefinition } from '../../release/measure-definition'
import type { ComparisonPair } from '../../release/measures'
import type { Field } from '../../release/narrative-schema'

const SUBJECTS = new WeakMap<MeasureDefinition, RegExp>()

/** The words that name the measure, as one pattern: built once per definition. */
function namedSubject(measure: MeasureDefinition): RegExp {
  const known = SUBJECTS.get(measure)
  if (known !== undefined) return known
  const words = measure.words
  const names = [...words.profitNames, ...words.lossNames, ...words.names]
  // A measure with no words of its own (never the case in the catalogue) matches nothing.
  const pattern =
    names.length === 0
      ? /(?!)/
      : new RegExp(String.raw`(?:^|[^\w])(?:${names.join('|')})(?![\w])`, 'i')
  SUBJECTS.set(measure, pattern)
  return pattern
}

/** Where a sentence starts: the paragraph's start, or after a full stop, question or exclamation mark. */
function atSentenceStart(before: string): boolean {
  return /^\s*$/.test(before) || /[.!?]["'\u201d\u2019)\]]*\s*$/.test(before)
}

/**
 * The clause the cursor is in: the words since the last sentence end, comma, semicolon, colon or
 * dash. A measure named there is the subject the comparison continues ("Sales for the second
 * quarter " + "were 19% ahead …"); one named in an earlier clause ("Compared with sales of $4.7
 * million a year ago, ") is not.
 */
function clauseBeforeCursor(before: string): string {
  const breaks = /(?:[.!?]["'\u201d\u2019)\]]*\s+|[,;:\u2013\u2014])/g
  let start = 0
  for (const match of before.matchAll(breaks)) start = match.index + match[0].length
  return before.slice(start)
}

/** What "Insert" puts at the cursor: the live field, and a space before it when the words before end in one. */
export interface ComparisonInsertion {
  readonly field: Field
  /** A space to type before the field, so "Second quarter sales" and the field do not run together. */
  readonly leadingText: '' | ' '
}

/**
 * The live field "Insert" puts at the cursor for one comparison. When the clause before the
 * cursor already names the measure ("Second quarter sales ", "Sales for the second quarter "), the
 * field brings only the predicate ("were 19% ahead of …"), so the subject is never doubled; at the
 * start of a sentence it brings its subject, capitalised. Without the words before the cursor
 * (null), it brings its subject as is.
 */
export function comparisonToInsert(
  definition: MeasureDefinition,
  pair: ComparisonPair,
  textBefore: string | null,
): Field {
  const measure = definition.id
  if (textBefore === null) {
    return { kind: 'comparison', measure, pair, withSubject: true, textCase: 'asIs' }
  }
  if (namedSubject(definition).test(clauseBeforeCursor(textBefore))) {
    return { kind: 'comparison', measure, pair, withSubject: false, textCase: 'asIs' }
  }
  const textCase = atSentenceStart(textBefore) ? 'sentence' : 'asIs'
  return { kind: 'comparison', measure, pair, withSubject: true, textCase }
}

/** The comparison's field with the space the words before the cursor need, if any. */
export function comparisonInsertion(
  measure: MeasureDefinition,
  pair: ComparisonPair,
  textBefore: string | null,
): ComparisonInsertion {
  const field = comparisonToInsert(measure, pair, textBefore)
  // A word, a closing mark or a live field (U+FFFC) right before the cursor needs a space.
  const leadingText = textBefore !== null && /[^\s(\u201c\u2018"'[]$/.test(textBefore) ? ' ' : ''
  return { field, leadingText }
}
