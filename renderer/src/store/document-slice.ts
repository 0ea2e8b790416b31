import { serializeReleaseDocument } from '../release/load-document'
import type { Company, ReleaseDocument } from '../release/document-schema'
import { ok, fail } from '../release/result'
import type { FileStamp } from '../host/bridge-contract'
import { storedPrecision, storedUnit, withFigure } from '../release/figure-precision'
import type { TypedFigure } from '../release/figure-precision'
import { measureKind } from '../release/measures'
import type { Measure, PeriodKey } from '../release/measures'
import { readFigureInput } from './figure-text'
import type { SliceCreator } from './slice-creator'
import { cellKey } from './store-types'
import type { DocumentSlice } from './store-types'

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
    const applyFigure = (measure: Measure, period: PeriodKey, typed: TypedFigure | null): void =>
      edit(`figure:${cellKey(measure, period)}`, (document) => {
        const figures = withFigure(document.figures, measure, period, typed)
        const same =
          figures[measure][period] === document.figures[measure][period] &&
          storedPrecision(figures, measure, period) === storedPrecision(document.figures, measure, period)
        return same ? document : { ...document, figures }
      })
    return {
      document: initial.document,
      filePath: initial.path ?? null,
      fileStamp: initial.stamp ?? null,
      savedText: initial.saved === false ? null : serializeReleaseDocument(initial.document),

      setFigure: (measure, period, text) => {
        const cell = cellKey(measure, period)
        const read = readFigureInput(measure, text)
        set((state) => ({
          figureDrafts: {
            ...state.figureDrafts,
            [cell]: { text, error: read.ok ? null : read.error, shown: false },
          },
        }))
        if (!read.ok) return fail(read.error)
        // Select-all and Backspace on the way to a new value must not blank the figure in the text.
        // A change of precision alone ("3" to "3.0" on the way to "3.0m") waits for commitFigure.
        if (read.value !== null && read.value.amount !== get().document.figures[measure][period])
          applyFigure(measure, period, read.value)
        return ok(null)
      },

      commitFigure: (measure, period) => {
        const cell = cellKey(measure, period)
        const draft = get().figureDrafts[cell]
        if (draft === undefined) return
        if (draft.error !== null) {
          if (!draft.shown) set((state) => ({ figureDrafts: { ...state.figureDrafts, [cell]: { ...draft, shown: true } } }))
          return
        }
        const read = readFigureInput(measure, draft.text)
        if (read.ok) applyFigure(measure, period, read.value)
        get().clearFigureDraft(cell)
      },

      revertFigure: (measure, period, value) => {
        // The precision it had goes back with the value: the latest release that held this value.
        const { past, document: current } = get()
        const before = [...past].reverse().concat(current).find((document) => document.figures[measure][period] === value)
        const precision = before === undefined ? null : storedPrecision(before.figures, measure, period)
        const kind = measureKind(measure)
        applyFigure(measure, period, value === null ? null : { amount: value, unit: precision ?? storedUnit(value, kind).toFixed() })
        get().clearFigureDraft(cellKey(measure, period))
      },

      setPeriod: (patch) =>
        edit(null, (document) =>
          changed(document.period, patch)
            ? { ...document, period: { ...document.period, ...patch } }
            : document,
        ),

      setCompany: (patch) =>
        edit(typingKey('company', patch, COMPANY_TEXT), (document) =>
          changed(document.company, patch)
            ? { ...document, company: { ...document.company, ...patch } }
            : document,
        ),

      setNarrativeBlock: (key, text) =>
        edit(`text:${key}`, (document) => {
          const narrative = document.narrative
          if (key === 'quote') {
            return narrative.quote.text === text
              ? document
              : { ...document, narrative: { ...narrative, quote: { ...narrative.quote, text } } }
          }
          return narrative[key] === text
            ? document
            : { ...document, narrative: { ...narrative, [key]: text } }
        }),

      setQuoteAttribution: (patch) =>
        edit(typingKey('quote', patch, ['speaker', 'title']), (document) => {
          const quote = document.narrative.quote
          return changed(quote, patch)
            ? { ...document, narrative: { ...document.narrative, quote: { ...quote, ...patch } } }
            : document
        }),

      setWordingStyle: (measure, pair, style) =>
        edit(null, (document) => {
          const comparisons = document.style.comparisons
          if (comparisons[measure][pair] === style) return document
          return {
            ...document,
            style: {
              ...document.style,
              comparisons: { ...comparisons, [measure]: { ...comparisons[measure], [pair]: style } },
            },
          }
        }),

      setLayout: (patch) =>
        edit(typingKey('layout', patch, ['exhibitLabel']), (document) =>
          changed(document.layout, patch)
            ? { ...document, layout: { ...document.layout, ...patch } }
            : document,
        ),

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
