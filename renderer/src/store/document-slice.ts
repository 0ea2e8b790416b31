import { withNarrativeText } from '../release/block-kinds'
import { cleanRichText, cleanTextPatch } from '../release/clean-rich-text'
import { serializeReleaseDocument } from '../release/load-document'
import type { Company, ReleaseDocument } from '../release/document-schema'
import { ok, fail } from '../release/result'
import type { FileStamp } from '../contract/bridge-contract'
import { kindIn, storedPrecision, storedUnit, withFigure } from '../release/figure-precision'
import type { TypedFigure } from '../release/figure-precision'
import { figureRow } from '../release/figures-schema'
import { wordingStyleFor, withWordingStyle } from '../release/house-style'
import { applyMeasureCommand } from '../release/measure-list'
import { definitionOf } from '../release/release-measures'
import type { Measure, PeriodKey } from '../release/measures'
import { readFigureInput } from './figure-text'
import type { SliceCreator } from './slice-creator'
import { applyTableCommand } from '../release/table-commands'
import type { TableCommand } from '../release/table-commands'
import { cellKey } from './store-types'
import type { CellKey, DocumentSlice, FigureDraft, TextBlock } from './store-types'
import type { RichText } from '../release/narrative-schema'

const COMPANY_TEXT: readonly (keyof Company)[] = [
  'name',
  'shortName',
  'ticker',
  'addressLines',
  'datelineCity',
  'phone',
  'fax',
  'web',
]

export interface InitialDocument {
  readonly document: ReleaseDocument
  readonly path?: string | null
  readonly stamp?: FileStamp | null
  /** Whether the document as given is what is on disk (or the pristine sample): then it starts clean. */
  readonly saved?: boolean
}

/** Typing in one text field is one undo step; toggles, pickers and whole-object changes are steps of their own. */
function typingKey<T extends object>(prefix: string, patch: Partial<T>, textKeys: readonly (keyof T)[]): string | null {
  const keys = Object.keys(patch) as (keyof T)[]
  const only = keys[0]
  return keys.length === 1 && only !== undefined && textKeys.includes(only) ? `${prefix}:${String(only)}` : null
}

function changed<T extends object>(current: T, patch: Partial<T>): boolean {
  return (Object.keys(patch) as (keyof T)[]).some((key) => !Object.is(current[key], patch[key]))
}

export function createDocumentSlice(initial: InitialDocument): SliceCreator<DocumentSlice> {
  return (set, get) => {
    const edit = (key: string | null, recipe: (document: ReleaseDocument) => ReleaseDocument) => {
      const current = get().document
      const next = recipe(current)
      if (next !== current) get().commit(next, key)
    }
    /** The figure a cell holds now, with the precision it was typed to. */
    const typedAt = (document: ReleaseDocument, measure: Measure, period: PeriodKey): TypedFigure | null => {
      const amount = figureRow(document.figures, measure)[period]
      if (amount === null) return null
      const unit = storedPrecision(document.figures, measure, period) ?? storedUnit(amount, kindIn(document.figures, measure)).toFixed()
      return { amount, unit }
    }
    const applyFigure = (measure: Measure, period: PeriodKey, typed: TypedFigure | null): void => {
      const key = `figure:${cellKey(measure, period)}`
      const state = get()
      const start = state.past[state.past.length - 1]
      // Typed back to the amount the cell began with: the edit so far was no change at all (a change
      // of precision alone, "5.6m" over 5,600,000, is made when the cell is left).
      if (state.lastEdit?.key === key && start !== undefined && figureRow(start.figures, measure)[period] === (typed?.amount ?? null)) {
        state.dropBurst(key)
        return
      }
      const current = state.document
      const figures = withFigure(current.figures, measure, period, typed)
      const same =
        figureRow(figures, measure)[period] === figureRow(current.figures, measure)[period] &&
        storedPrecision(figures, measure, period) === storedPrecision(current.figures, measure, period)
      if (same) return
      // One cell's typing is one undo step, however long the person pauses.
      state.commit({ ...current, figures }, key, state.figureDrafts[cellKey(measure, period)] !== undefined)
    }
    const changeTables = (command: TableCommand) => {
      const document = get().document
      const next = applyTableCommand(document.tables, command, {
        measures: document.figures.measures,
        quarter: document.period.quarter,
      })
      if (!next.ok) return next
      edit(null, (current) => (next.value === current.tables ? current : { ...current, tables: next.value }))
      return ok(null)
    }
    return {
      document: initial.document,
      filePath: initial.path ?? null,
      fileStamp: initial.stamp ?? null,
      savedText: initial.saved === false ? null : serializeReleaseDocument(initial.document),

      setFigure: (measure, period, text) => {
        const cell = cellKey(measure, period)
        const draft = get().figureDrafts[cell]
        const before = draft === undefined ? typedAt(get().document, measure, period) : draft.before
        const read = readFigureInput(kindIn(get().document.figures, measure), text)
        // Held before the figure changes, so that this keystroke joins the cell's one undo step.
        set((state) => ({
          figureDrafts: {
            ...state.figureDrafts,
            [cell]: { text, error: read.ok ? null : read.error, shown: false, before },
          },
        }))
        // Text that is not an amount, or not yet one ("13 0" on its way to "13 050 000"), leaves the
        // release as it was; so does an emptied cell until it is left (select-all and Backspace).
        // A change of precision alone ("3" to "3.0" on the way to "3.0m") waits for commitFigure.
        const typed = read.ok ? (read.value ?? before) : before
        if (typed?.amount !== figureRow(get().document.figures, measure)[period]) applyFigure(measure, period, typed)
        return read.ok ? ok(null) : fail(read.error)
      },

      commitFigure: (measure, period) => {
        const cell = cellKey(measure, period)
        const draft = get().figureDrafts[cell]
        if (draft === undefined) return
        if (draft.error !== null) {
          if (!draft.shown) set((state) => ({ figureDrafts: { ...state.figureDrafts, [cell]: { ...draft, shown: true } } }))
          return
        }
        const read = readFigureInput(kindIn(get().document.figures, measure), draft.text)
        if (read.ok) applyFigure(measure, period, read.value)
        get().clearFigureDraft(cell)
        // The edit is over, even when the focus stays (Enter in the grid's last cell): the next one is a step of its own.
        get().breakCoalescing()
      },

      fillFigures: (cells, also) => {
        const current = get().document
        let figures = current.figures
        for (const cell of cells) figures = withFigure(figures, cell.measure, cell.period, cell.typed)
        // Figures pasted or imported over the same figures are no change, and leave no empty undo step.
        const same = JSON.stringify(figures) === JSON.stringify(current.figures)
        const filled = same ? current : { ...current, figures }
        const next = also === undefined ? filled : also(filled)
        const touched = new Set<string>(cells.map((cell) => cellKey(cell.measure, cell.period)))
        set((state) => ({
          figureDrafts: Object.fromEntries(Object.entries(state.figureDrafts).filter(([cell]) => !touched.has(cell))),
        }))
        // A step of its own: neither the typing before it nor after it joins it.
        get().breakCoalescing()
        get().commit(next, null)
      },

      revertFigure: (measure, period) => {
        const cell = cellKey(measure, period)
        const draft = get().figureDrafts[cell]
        if (draft === undefined) return
        applyFigure(measure, period, draft.before)
        get().clearFigureDraft(cell)
      },

      refuseUnreadFigures: () => {
        const unread = (Object.entries(get().figureDrafts) as [CellKey, FigureDraft][]).filter(([, draft]) => draft.error !== null)
        if (unread.some(([, draft]) => !draft.shown)) {
          set((state) => ({
            figureDrafts: Object.fromEntries(
              Object.entries(state.figureDrafts).map(([cell, draft]) => [cell, draft.error === null ? draft : { ...draft, shown: true }]),
            ),
          }))
        }
        return unread.map(([cell]) => cell)
      },

      setPeriod: (patch) =>
        edit(null, (document) =>
          changed(document.period, patch)
            ? { ...document, period: { ...document.period, ...patch } }
            : document,
        ),

      setCompany: (typed) => {
        // Typed and pasted text loses its invisible characters as a loaded file's does.
        const patch = cleanTextPatch(typed)
        edit(typingKey('company', patch, COMPANY_TEXT), (document) =>
          changed(document.company, patch)
            ? { ...document, company: { ...document.company, ...patch } }
            : document,
        )
      },

      setNarrativeBlock: (key, typed) =>
        edit(`text:${key}`, (document) => {
          const text = cleanRichText(typed)
          const narrative = withNarrativeText(document.narrative, key, text)
          return narrative === document.narrative ? document : { ...document, narrative }
        }),

      setNarrativeBlocks: (texts) => {
        const current = get().document
        let narrative = current.narrative
        for (const [key, typed] of Object.entries(texts) as [TextBlock, RichText][]) {
          const text = cleanRichText(typed)
          narrative = withNarrativeText(narrative, key, text)
        }
        // Its own step: neither the typing before it nor after it joins it.
        if (narrative !== current.narrative) get().commit({ ...current, narrative }, null)
      },

      setQuoteAttribution: (typed) => {
        const patch = cleanTextPatch(typed)
        edit(typingKey('quote', patch, ['speaker', 'title']), (document) => {
          const quote = document.narrative.quote
          return changed(quote, patch)
            ? { ...document, narrative: { ...document.narrative, quote: { ...quote, ...patch } } }
            : document
        })
      },

      changeMeasures: (command) => {
        if (command.kind === 'remove') {
          // A table row bound to the measure would leave a release file that cannot be opened again.
          const table = get().document.tables.find((candidate) => candidate.rows.some((row) => row.kind === 'measure' && row.measure === command.id))
          if (table !== undefined) return fail(`The table "${table.title}" shows this measure; remove its row first.`)
        }
        const next = applyMeasureCommand(get().document.figures, command)
        if (!next.ok) return next
        edit(null, (document) => (next.value === document.figures ? document : { ...document, figures: next.value }))
        return ok(null)
      },

      changeTables: (command) => changeTables(command),

      setTableFigure: (table, row, period, text) => {
        const stored = get().document.tables.find((candidate) => candidate.id === table)?.rows.find((candidate) => candidate.id === row)
        if (stored === undefined || stored.kind !== 'entered') return fail('That row takes no typed figures.')
        const read = readFigureInput(stored.figures, text)
        if (!read.ok) return read
        return changeTables({ kind: 'setEntered', table, row, period, amount: read.value?.amount ?? null })
      },

      setWordingStyle: (measure, pair, style) =>
        edit(null, (document) => {
          const definition = definitionOf(document.figures.measures, measure)
          if (wordingStyleFor(document.style, definition, pair) === style) return document
          return {
            ...document,
            style: withWordingStyle(document.style, definition, pair, style),
          }
        }),

      setHouseStyle: (patch) =>
        edit(typingKey('style', patch, ['fullBelow']), (document) =>
          changed(document.style, patch) ? { ...document, style: { ...document.style, ...patch } } : document,
        ),

      setLayout: (typed) => {
        const patch = cleanTextPatch(typed)
        edit(typingKey('layout', patch, ['exhibitLabel']), (document) =>
          changed(document.layout, patch)
            ? { ...document, layout: { ...document.layout, ...patch } }
            : document,
        )
      },

      addToDictionary: (word) =>
        edit(null, (document) => {
          const words = document.dictionary ?? []
          return word === '' || words.includes(word) ? document : { ...document, dictionary: [...words, word].sort((a, b) => a.localeCompare(b)) }
        }),

      setFinal: (final) =>
        edit(null, (document) =>
          document.status.final === final
            ? document
            : { ...document, status: { ...document.status, final } },
        ),

      replaceDocument: (document, path, stamp, options) =>
        set({
          document,
          filePath: path,
          fileStamp: stamp,
          savedText: options?.saved === false ? null : serializeReleaseDocument(document),
          past: [],
          future: [],
          lastEdit: null,
          figureDrafts: {},
        }),

      applyDocument: (document) => {
        set({ figureDrafts: {} })
        get().commit(document, null)
      },

      markSaved: (path, stamp, text) => set({ filePath: path, fileStamp: stamp, savedText: text }),
    }
  }
}
