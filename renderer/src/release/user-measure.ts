import { catalogueMeasure } from './measure-catalogue'
import type { DefaultWording, MeasureDefinition, MeasureKind } from './measure-definition'
import type { MeasureEntry } from './measure-entry'
import {
  isPluralName,
  lossName,
  namesAResult,
  ownWords,
  segmentName,
  segmentWords,
  withoutLossSuffix,
} from './measure-name-words'
import { renamedMeasure } from './renamed-measure'
import type { Result } from './result'
import { fail, ok } from './result'

const EXACT: DefaultWording = {
  previousQuarter: 'exact',
  yearAgoQuarter: 'exact',
  yearAgoYearToDate: 'exact',
}

const KIND_WORDS: Readonly<Record<MeasureKind, string>> = {
  money: 'an amount of money',
  perShare: 'an amount per share',
  count: 'a count',
  ratio: 'a ratio in percent',
}

/** Whether a kind's figures add up, across quarters and across segments: money and counts do, per-share amounts and ratios do not. */
export function kindAdds(kind: MeasureKind): boolean {
  return kind === 'money' || kind === 'count'
}

function who(entry: MeasureEntry): string {
  return entry.name === undefined
    ? `Measure "${entry.id}"`
    : `Measure "${entry.id}" (${entry.name})`
}

/** A sentence subject from a name: "Order intake" → "order intake"; "EBITDA", "RPO" and a segment's proper name keep their capitals. */
function subjectOf(name: string, properName: boolean): string {
  if (properName) return name
  return name.replace(/^[A-Z][a-z]+\b/, (first) => first.toLowerCase())
}

/** A catalogue measure as the file names it: renamed when the entry gives a name, its GAAP standing as the entry says. */
function catalogueEntry(entry: MeasureEntry, known: MeasureDefinition): Result<MeasureDefinition> {
  if (entry.kind !== undefined && entry.kind !== known.kind) {
    return fail(
      `${who(entry)}: field "kind" is "${entry.kind}", but "${entry.id}" is the built-in ${known.inMessages}, which is ${KIND_WORDS[known.kind]}. Remove "kind", or give the measure an id of its own.`,
    )
  }
  if (entry.parent !== undefined || entry.eliminations !== undefined) {
    const field = entry.parent === undefined ? 'eliminations' : 'parent'
    return fail(
      `${who(entry)}: field "${field}" cannot be set on the built-in ${known.inMessages}; a segment is a measure of your own, with an id, name and kind.`,
    )
  }
  if (entry.ratioOf !== undefined)
    return fail(
      `${who(entry)}: field "ratioOf" cannot be set on the built-in ${known.inMessages}; ${known.ratioOf === null ? 'only a ratio of your own names its parts' : 'its parts are built in'}.`,
    )
  const gaap = entry.gaap ?? known.gaap
  const reconcilesTo = entry.reconcilesTo ?? (gaap ? null : known.reconcilesTo)
  const checked = gaapError(entry, gaap, reconcilesTo)
  if (checked !== null) return fail(checked)
  const name = entry.name
  return ok({
    ...(name === undefined ? known : renamedMeasure(known, name)),
    gaap,
    reconcilesTo,
  })
}

function gaapError(entry: MeasureEntry, gaap: boolean, reconcilesTo: string | null): string | null {
  if (reconcilesTo === null) return null
  if (reconcilesTo === entry.id)
    return `${who(entry)}: field "reconcilesTo" names the measure itself; name the GAAP measure it reconciles to.`
  return gaap
    ? `${who(entry)}: field "reconcilesTo" is for a non-GAAP measure, but this one is GAAP. Set "gaap" to false, or remove "reconcilesTo".`
    : null
}

function parentError(
  entry: MeasureEntry,
  kind: MeasureKind,
  parent: MeasureDefinition | undefined,
): string | null {
  if (entry.parent === undefined) {
    return entry.eliminations === true
      ? `${who(entry)}: field "eliminations" is set, but the measure has no "parent"; an eliminations line is the difference between a measure and the sum of its segments, so name that measure in "parent".`
      : null
  }
  if (entry.parent === entry.id)
    return `${who(entry)}: field "parent" names the measure itself; name the measure its segments add up to.`
  if (parent === undefined || parent.id !== entry.parent)
    return `${who(entry)}: field "parent" is "${entry.parent}", which is not one of the release's measures. List the parent measure in the file, or remove "parent".`
  if (parent.kind !== kind)
    return `${who(entry)}: field "kind" is "${kind}", but its parent, ${parent.inMessages}, is ${KIND_WORDS[parent.kind]}; a segment is measured like the measure it is part of.`
  if (!kindAdds(kind))
    return `${who(entry)}: field "parent" is set, but ${KIND_WORDS[kind]} does not add up across segments; only amounts of money and counts can have segments.`
  return null
}

function ratioOfError(entry: MeasureEntry, kind: MeasureKind): string | null {
  const parts = entry.ratioOf
  if (parts === undefined) return null
  if (kind !== 'ratio')
    return `${who(entry)}: field "ratioOf" is set, but the measure is ${KIND_WORDS[kind]}; only a ratio is a ratio of two measures. Set "kind" to "ratio", or remove "ratioOf".`
  if (parts.numerator === entry.id || parts.denominator === entry.id)
    return `${who(entry)}: field "ratioOf" names the measure itself; name the two amounts it is a ratio of, such as adjusted EBITDA over revenue.`
  if (parts.numerator === parts.denominator)
    return `${who(entry)}: field "ratioOf" names "${parts.numerator}" as both parts; a ratio is of one amount over another, such as adjusted EBITDA over revenue.`
  return null
}

/**
 * A user's own measure from its file entry: the name gives the words, the label and the subject;
 * the kind gives whether it adds up; a ratio's `ratioOf` gives its parts. A catalogue id gives the built-in measure, renamed if the
 * entry names it. `parent` is the definition the entry's `parent` names.
 */
export function userMeasure(
  entry: MeasureEntry,
  parent?: MeasureDefinition,
): Result<MeasureDefinition> {
  const known = catalogueMeasure(entry.id)
  if (known !== undefined) return catalogueEntry(entry, known)
  const { name, kind } = entry
  if (name === undefined)
    return fail(
      `${who(entry)}: field "name" is missing; a measure of your own needs the name the release uses for it, such as "Aerospace revenue".`,
    )
  if (!/[\p{L}\p{N}]/u.test(name))
    return fail(
      `${who(entry)}: field "name" has no letters or digits; give the name the release uses for it, such as "Aerospace revenue".`,
    )
  if (kind === undefined)
    return fail(
      `${who(entry)}: field "kind" is missing; say whether it is "money", "perShare", "count" or "ratio".`,
    )
  const problem = parentError(entry, kind, parent) ?? ratioOfError(entry, kind)
  if (problem !== null) return fail(problem)
  const gaap = entry.gaap ?? true
  const reconcilesTo = entry.reconcilesTo ?? null
  const gaapProblem = gaapError(entry, gaap, reconcilesTo)
  if (gaapProblem !== null) return fail(gaapProblem)
  const segmentOf = entry.eliminations === true ? undefined : parent
  if (segmentOf !== undefined && segmentName(name, segmentOf) === '')
    return fail(
      `${who(entry)}: field "name" is only the name of its parent, ${segmentOf.inMessages}; name the segment too, such as "Aerospace ${segmentOf.shortLabel.toLowerCase()}".`,
    )
  const result = kind === 'money' && namesAResult(name)
  const subject = subjectOf(withoutLossSuffix(name), segmentOf !== undefined)
  const negative = result ? lossName(name) : null
  return ok({
    id: entry.id,
    kind,
    label: name,
    shortLabel: name,
    inMessages: subject,
    words: segmentOf === undefined ? ownWords(name, result) : segmentWords(name, segmentOf, result),
    subject: {
      positive: subject,
      negative: negative === null ? null : subjectOf(negative, segmentOf !== undefined),
      plural: isPluralName(name),
      followsRevenueWord: false,
      swing: null,
    },
    narrowsAndWidens: result,
    additive: kindAdds(kind),
    gaap,
    reconcilesTo,
    parent: entry.parent ?? null,
    eliminations: entry.eliminations ?? false,
    ratioOf: entry.ratioOf ?? null,
    perShareOf: null,
    // A segment of revenue cannot be negative; the eliminations line between segments is.
    nonNegative: entry.eliminations !== true && (parent?.nonNegative ?? kind === 'count'),
    defaultWording: EXACT,
    inResultsParagraph: false,
  })
}
