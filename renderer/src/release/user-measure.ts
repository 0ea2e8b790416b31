import type { MeasureDefinition, MeasureKind } from './measure-definition'
import type { MeasureEntry } from './measure-entry'

// A regular-expression fragment that matches the user's name as typed, whatever its spacing.
function namePattern(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(String.raw`[\s-]+`)
}

/** A user's own measure, from its file entry: its words are its name, and a segment adds like its parent. */
export function userMeasure(entry: MeasureEntry, parent?: MeasureDefinition): MeasureDefinition {
  const name = entry.name ?? entry.id
  const kind: MeasureKind = entry.kind ?? parent?.kind ?? 'money'
  const lower = name.charAt(0).toLowerCase() + name.slice(1)
  return {
    id: entry.id,
    kind,
    label: name,
    shortLabel: name,
    inMessages: lower,
    words: { names: [namePattern(name)], profitNames: [], lossNames: [] },
    subject: { positive: lower, negative: null, plural: false, followsRevenueWord: false, swing: null },
    narrowsAndWidens: parent?.narrowsAndWidens ?? false,
    additive: parent?.additive ?? (kind === 'money' || kind === 'count'),
    gaap: entry.gaap ?? parent?.gaap ?? true,
    reconcilesTo: entry.reconcilesTo ?? null,
    parent: entry.parent ?? null,
    eliminations: entry.eliminations ?? false,
    ratioOf: null,
    perShareOf: null,
    // A segment of revenue cannot be negative; the eliminations line between segments is.
    nonNegative: !(entry.eliminations ?? false) && (parent?.nonNegative ?? kind === 'count'),
    defaultWording: { previousQuarter: 'exact', yearAgoQuarter: 'exact', yearAgoYearToDate: 'exact' },
    inResultsParagraph: false,
  }
}
