import type { MeasureDefinition, MeasureWords } from './measure-definition'
import { isPluralName, lossName, namesAResult, ownWords, withoutLossSuffix } from './measure-name-words'

/**
 * A built-in measure the person renamed in the grid ("Revenue" to "Net sales"): the sentences, the
 * Comparisons tab, the checker's words and the exports use the new name. What the measure is (its
 * kind, whether it adds up, its GAAP standing, its parts) stays the catalogue's.
 */

/** "Net sales" → "net sales"; "EBITDA" and "RPO" keep their capitals. */
function subjectOf(name: string): string {
  return name.replace(/^[A-Z][a-z]+\b/, (first) => first.toLowerCase())
}

function unique(fragments: readonly string[]): readonly string[] {
  return [...new Set(fragments)]
}

/** Whether the new name says one of the built-in's own names ("Net sales" for revenue, "Gross profit (margin dollars)"). */
function isSynonym(known: MeasureDefinition, name: string): boolean {
  const { names, profitNames } = known.words
  return [...names, ...profitNames].some((fragment) =>
    new RegExp(String.raw`\b(?:${fragment})(?![\w-])`, 'i').test(name),
  )
}

/**
 * The words the checker reads the renamed measure by. A name that says one of the built-in's own
 * names ("Net sales" for revenue) keeps them: the text's "revenue" and "sales" still mean it. Any
 * other name ("Remaining performance obligations" for backlog) replaces them: the person chose it
 * because the release calls the measure so, and "backlog" in the text is then something else.
 */
function renamedWords(known: MeasureDefinition, name: string, result: boolean): MeasureWords {
  const own = ownWords(name, result)
  if (!isSynonym(known, name)) return own
  return {
    names: unique([...own.names, ...known.words.names]),
    profitNames: unique([...own.profitNames, ...known.words.profitNames]),
    lossNames: unique([...own.lossNames, ...known.words.lossNames]),
  }
}

/** The built-in measure under the name the person gave it; unchanged when the name is its own label. */
export function renamedMeasure(known: MeasureDefinition, name: string): MeasureDefinition {
  if (name === known.label) return known
  const bare = withoutLossSuffix(name)
  // A loss keeps the built-in's word unless the new name gives its own ("Income from operations" → "loss from operations").
  const result = known.kind === 'money' && known.subject.negative !== null && namesAResult(name)
  const loss = result ? lossName(name) : null
  const positive = subjectOf(bare)
  return {
    ...known,
    label: name,
    shortLabel: name,
    inMessages: subjectOf(name),
    words: renamedWords(known, bare, result && loss !== null),
    subject: {
      ...known.subject,
      positive,
      negative: loss === null ? known.subject.negative : subjectOf(loss),
      plural: isPluralName(bare),
      // The person's name wins over the house style's "sales" or "revenue".
      followsRevenueWord: false,
    },
  }
}
