import { MEASURE_WORDS } from '../../release/measure-words'
import type { ComparisonPair, Measure } from '../../release/measures'
import type { Field } from '../../release/narrative-schema'

function typedSubject(measure: Measure): RegExp {
  const words = MEASURE_WORDS[measure]
  const names = [...words.profitNames, ...words.lossNames, ...words.names]
  return new RegExp(String.raw`(?:^|[^\w])(?:${names.join('|')})\s*$`, 'i')
}

const SUBJECTS: Readonly<Record<Measure, RegExp>> = {
  revenue: typedSubject('revenue'),
  netIncome: typedSubject('netIncome'),
  dilutedEps: typedSubject('dilutedEps'),
  dilutedShares: typedSubject('dilutedShares'),
}

/** Where a sentence starts: the paragraph's start, or after a full stop, question or exclamation mark. */
function atSentenceStart(before: string): boolean {
  return /^\s*$/.test(before) || /[.!?]["'\u201d\u2019)\]]*\s+$/.test(before)
}

/**
 * The live field "Insert" puts at the cursor for one comparison. When the words just before the
 * cursor already name the measure ("Second quarter sales "), the field brings only the predicate
 * ("were 19% ahead of …"), so the subject is never doubled; at the start of a sentence it brings
 * its subject, capitalised. Without the words before the cursor (null), it brings its subject as is.
 */
export function comparisonToInsert(
  measure: Measure,
  pair: ComparisonPair,
  textBefore: string | null,
): Field {
  if (textBefore === null) {
    return { kind: 'comparison', measure, pair, withSubject: true, textCase: 'asIs' }
  }
  if (SUBJECTS[measure].test(textBefore)) {
    return { kind: 'comparison', measure, pair, withSubject: false, textCase: 'asIs' }
  }
  const textCase = atSentenceStart(textBefore) ? 'sentence' : 'asIs'
  return { kind: 'comparison', measure, pair, withSubject: true, textCase }
}
