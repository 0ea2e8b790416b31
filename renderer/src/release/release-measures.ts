import { catalogueMeasure, VERSION_1_MEASURES } from './measure-catalogue'
import type { MeasureDefinition, MeasureId } from './measure-definition'
import type { MeasureEntry } from './measure-entry'
import type { Result } from './result'
import { fail, ok } from './result'
import { userMeasure } from './user-measure'

/** The `measures` list every version-1 file means: revenue, net income, diluted EPS and diluted shares. */
export const VERSION_1_ENTRIES: readonly MeasureEntry[] = VERSION_1_MEASURES.map((id) => ({ id }))

/** A catalogue measure's definition with the user's name for it, if the entry gives one. */
function named(definition: MeasureDefinition, entry: MeasureEntry): MeasureDefinition {
  if (entry.name === undefined || entry.name === definition.label) return definition
  return { ...definition, label: entry.name, shortLabel: entry.name }
}

/**
 * The definitions of a release's measures, in the release's order: catalogue measures by id,
 * the user's own from their entries. Refuses an unknown id without a name and kind, an id given
 * twice, and a parent or GAAP measure that is not in the list. The error names the entry.
 */
export function releaseMeasures(entries: readonly MeasureEntry[]): Result<readonly MeasureDefinition[]> {
  const ids = new Set<MeasureId>()
  for (const [index, entry] of entries.entries()) {
    // The figures keep their precision under this key.
    if (entry.id === 'precision')
      return fail(`measures.${index}: "precision" cannot be a measure's id; choose another`)
    if (ids.has(entry.id))
      return fail(`measures.${index}: "${entry.id}" is listed twice; each measure appears once`)
    ids.add(entry.id)
  }
  const byId = new Map(entries.map((entry) => [entry.id, entry]))
  const definitions: MeasureDefinition[] = []
  for (const [index, entry] of entries.entries()) {
    for (const [field, other] of [
      ['parent', entry.parent],
      ['reconcilesTo', entry.reconcilesTo],
    ] as const) {
      if (other !== undefined && !ids.has(other))
        return fail(
          `measures.${index}.${field}: "${other}" is not a measure of this release; add it to the measures list or correct the id`,
        )
    }
    const known = catalogueMeasure(entry.id)
    if (known !== undefined) {
      definitions.push(named(known, entry))
      continue
    }
    if (entry.name === undefined || entry.kind === undefined)
      return fail(
        `measures.${index}: "${entry.id}" is not a built-in measure; a measure of your own needs a "name" and a "kind"`,
      )
    const parentEntry = entry.parent === undefined ? undefined : byId.get(entry.parent)
    const parent =
      parentEntry === undefined
        ? undefined
        : (catalogueMeasure(parentEntry.id) ??
          (parentEntry.name !== undefined ? userMeasure(parentEntry) : undefined))
    definitions.push(userMeasure(entry, parent))
  }
  return ok(definitions)
}

/**
 * What a live field shows for a measure the release does not report (removed from the grid, or a
 * file naming one it does not list): a visible marker, never another measure's figure.
 */
export function unknownMeasure(id: MeasureId): MeasureDefinition {
  const marker = '[unknown measure]'
  return {
    ...userMeasure({ id, name: marker, kind: 'money' }),
    inMessages: `an unknown measure ("${id}")`,
    words: { names: [], profitNames: [], lossNames: [] },
  }
}

/** The definition of one measure of the release, or undefined when the release does not report it. */
export function measureOf(
  measures: readonly MeasureDefinition[],
  id: MeasureId,
): MeasureDefinition | undefined {
  return measures.find((definition) => definition.id === id)
}

/** The definition of a measure of the release, or the unknown-measure marker when it has none by that id. */
export function definitionOf(
  measures: readonly MeasureDefinition[],
  id: MeasureId,
): MeasureDefinition {
  return measureOf(measures, id) ?? unknownMeasure(id)
}
