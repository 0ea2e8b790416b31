import { catalogueMeasure } from './measure-catalogue'
import type { MeasureId, MeasureKind, RatioParts } from './measure-definition'
import type { MeasureEntry } from './measure-entry'
import { EMPTY_ROW } from './figures-schema'
import type { FigurePrecision, FigureRow, Figures } from './figures-schema'
import { releaseMeasures } from './release-measures'
import type { Result } from './result'
import { fail, ok } from './result'

/** A change to the release's list of measures, as the grid's menus make it: commands as data. */
export type MeasureCommand =
  | { readonly kind: 'addCatalogue'; readonly id: MeasureId }
  | {
      readonly kind: 'addOwn'
      readonly name: string
      readonly measureKind: MeasureKind
      readonly parent: MeasureId | null
      readonly gaap: boolean
      /** For a ratio, the two amounts it is a ratio of: adjusted EBITDA over revenue. */
      readonly ratioOf?: RatioParts
    }
  | { readonly kind: 'rename'; readonly id: MeasureId; readonly name: string }
  | { readonly kind: 'move'; readonly id: MeasureId; readonly direction: 'up' | 'down' }
  | { readonly kind: 'remove'; readonly id: MeasureId }

/** "Aerospace revenue" → "aerospaceRevenue", made unique against the ids taken. */
export function idForName(name: string, taken: ReadonlySet<MeasureId>): MeasureId {
  const words = name.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, ' ').trim().split(' ').filter((word) => word !== '')
  const joined = words
    .map((word, index) => (index === 0 ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()))
    .join('')
  const base = /^[a-z]/.test(joined) ? joined.slice(0, 56) : `measure${joined}`.slice(0, 56)
  let id = base
  for (let n = 2; taken.has(id) || id === 'precision' || catalogueMeasure(id) !== undefined; n += 1) id = `${base}${n}`
  return id
}

function entriesAfter(entries: readonly MeasureEntry[], command: MeasureCommand): Result<readonly MeasureEntry[]> {
  const ids = new Set(entries.map((entry) => entry.id))
  switch (command.kind) {
    case 'addCatalogue':
      if (ids.has(command.id)) return fail(`The release already reports ${catalogueMeasure(command.id)?.label ?? command.id}.`)
      if (catalogueMeasure(command.id) === undefined) return fail(`"${command.id}" is not a built-in measure.`)
      return ok([...entries, { id: command.id }])
    case 'addOwn': {
      const name = command.name.trim()
      if (name === '') return fail('A measure needs a name, such as "Aerospace revenue".')
      const entry: MeasureEntry = {
        id: idForName(name, ids),
        name,
        kind: command.measureKind,
        ...(command.parent === null ? {} : { parent: command.parent }),
        ...(command.gaap ? {} : { gaap: false }),
        ...(command.ratioOf === undefined ? {} : { ratioOf: command.ratioOf }),
      }
      return ok([...entries, entry])
    }
    case 'rename': {
      const name = command.name.trim()
      if (name === '') return fail('A measure needs a name.')
      return ok(entries.map((entry) => (entry.id === command.id ? { ...entry, name } : entry)))
    }
    case 'move': {
      const at = entries.findIndex((entry) => entry.id === command.id)
      const to = command.direction === 'up' ? at - 1 : at + 1
      const moved = entries[at]
      const other = entries[to]
      if (moved === undefined || other === undefined) return ok(entries)
      const next = [...entries]
      next[to] = moved
      next[at] = other
      return ok(next)
    }
    case 'remove': {
      const dependent = entries.find(
        (entry) =>
          entry.parent === command.id ||
          entry.reconcilesTo === command.id ||
          entry.ratioOf?.numerator === command.id ||
          entry.ratioOf?.denominator === command.id,
      )
      if (dependent !== undefined)
        return fail(`${dependent.name ?? catalogueMeasure(dependent.id)?.label ?? dependent.id} is defined against this measure; remove that one first.`)
      return ok(entries.filter((entry) => entry.id !== command.id))
    }
  }
}

/** The figures after a change to the list of measures: rows follow their measures, a new one starts empty. */
export function applyMeasureCommand(figures: Figures, command: MeasureCommand): Result<Figures> {
  const entries = entriesAfter(figures.entries, command)
  if (!entries.ok) return entries
  if (entries.value === figures.entries) return ok(figures)
  const measures = releaseMeasures(entries.value)
  if (!measures.ok) return measures
  const rows: Record<MeasureId, FigureRow> = {}
  for (const measure of measures.value) rows[measure.id] = figures.rows[measure.id] ?? EMPTY_ROW
  const precision: FigurePrecision = Object.fromEntries(
    Object.entries(figures.precision ?? {}).filter(([id]) => id in rows),
  )
  const next: Figures = { entries: entries.value, measures: measures.value, rows }
  return ok(Object.keys(precision).length === 0 ? next : { ...next, precision })
}
