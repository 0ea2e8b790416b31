import { catalogueMeasure, MEASURE_CATALOGUE, VERSION_1_MEASURES } from './measure-catalogue'
import type { MeasureDefinition, MeasureId } from './measure-definition'
import type { MeasureEntry } from './measure-entry'
import type { Result } from './result'
import { fail, ok } from './result'
import { userMeasure } from './user-measure'

/** The `measures` list every version-1 file means: revenue, net income, diluted EPS and diluted shares. */
export const VERSION_1_ENTRIES: readonly MeasureEntry[] = VERSION_1_MEASURES.map((id) => ({ id }))

/**
 * The definitions of a release's measures, in the release's order: catalogue measures by id,
 * the user's own from their entries. Refuses an unknown id without a name and kind, an id given
 * twice, a parent or GAAP measure that is not in the list, and a ratio's part that is not an amount in it. The error names the entry.
 */
export function releaseMeasures(
  entries: readonly MeasureEntry[],
): Result<readonly MeasureDefinition[]> {
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
    const parentEntry = entry.parent === undefined ? undefined : byId.get(entry.parent)
    // A parent listed later is read from its own entry; its errors are reported at its own index.
    const parentDefinition =
      parentEntry === undefined
        ? undefined
        : (definitions.find((done) => done.id === parentEntry.id) ??
          catalogueMeasure(parentEntry.id) ??
          (() => {
            const read = userMeasure(parentEntry)
            return read.ok ? read.value : undefined
          })())
    const read = userMeasure(entry, parentDefinition)
    if (!read.ok) return fail(`measures.${index}: ${read.error}`)
    definitions.push(read.value)
  }
  for (const [index, entry] of entries.entries()) {
    const problem = ratioPartsError(entry, definitions)
    if (problem !== null) return fail(`measures.${index}.ratioOf.${problem}`)
  }
  return ok(definitions)
}

/** Why a ratio's `ratioOf` cannot stand, as "numerator: …", or null: each part is an amount of money the release lists. */
function ratioPartsError(entry: MeasureEntry, definitions: readonly MeasureDefinition[]): string | null {
  const parts = entry.ratioOf
  if (parts === undefined) return null
  for (const field of ['numerator', 'denominator'] as const) {
    const id = parts[field]
    const part = definitions.find((definition) => definition.id === id)
    if (part === undefined)
      return `${field}: "${id}" is not a measure of this release; add it to the measures list or correct the id`
    if (part.kind !== 'money')
      return `${field}: "${id}" (${part.label}) is not an amount of money; a ratio of your own is of two amounts, such as adjusted EBITDA over revenue`
  }
  return null
}

/**
 * What a live field shows for a measure the release does not report (removed from the grid, or a
 * file naming one it does not list): a visible marker, never another measure's figure.
 */
export function unknownMeasure(id: MeasureId): MeasureDefinition {
  const marker = '[unknown measure]'
  const read = userMeasure({ id, name: marker, kind: 'money' })
  // The marker's name always reads; the catalogue's revenue is the fallback the types want.
  const base = read.ok ? read.value : MEASURE_CATALOGUE[0]
  if (base === undefined) throw new Error('the measure catalogue is empty')
  return {
    ...base,
    id,
    label: marker,
    shortLabel: marker,
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
