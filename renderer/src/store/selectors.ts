import type { Comparison } from '../release/comparisons'
import { figureFindings } from '../release/checks/tie-outs'
import type { FigureFinding } from '../release/checks/tie-outs'
import type { ReleaseDocument } from '../release/document-schema'
import { NO_REFUSED_ENTRIES } from '../release/figure-cells'
import type { FigureCellKey, RefusedEntries } from '../release/figure-cells'
import { serializeReleaseDocument } from '../release/load-document'
import { releaseContent } from '../release/release-content'
import type { ReleaseContent } from '../release/release-content'
import { releaseFacts } from '../release/release-facts'
import type { ReleaseFacts } from '../release/release-facts'
import { releaseWordCount } from '../release/word-count'
import type { FigureDraft, ReleaseState } from './store-types'

/**
 * Derived values, computed once per change and remembered by identity. Documents are immutable,
 * so the same document with the same refused cells always gives the same facts, and everything
 * else is remembered by those facts; undo back to an earlier snapshot finds its facts still there.
 */

function memoByDocument<T>(compute: (document: ReleaseDocument) => T): (document: ReleaseDocument) => T {
  const cache = new WeakMap<ReleaseDocument, T>()
  return (document) => {
    const hit = cache.get(document)
    if (hit !== undefined) return hit
    const value = compute(document)
    cache.set(document, value)
    return value
  }
}

function memoByFacts<T>(compute: (facts: ReleaseFacts) => T): (facts: ReleaseFacts) => T {
  const cache = new WeakMap<ReleaseFacts, T>()
  return (facts) => {
    const hit = cache.get(facts)
    if (hit !== undefined) return hit
    const value = compute(facts)
    cache.set(facts, value)
    return value
  }
}

const factsByDocument = new WeakMap<ReleaseDocument, WeakMap<RefusedEntries, ReleaseFacts>>()
function factsOf(document: ReleaseDocument, refused: RefusedEntries): ReleaseFacts {
  let byRefused = factsByDocument.get(document)
  if (byRefused === undefined) {
    byRefused = new WeakMap()
    factsByDocument.set(document, byRefused)
  }
  const hit = byRefused.get(refused)
  if (hit !== undefined) return hit
  const facts = releaseFacts(document, refused)
  byRefused.set(refused, facts)
  return facts
}

const contentOf = memoByFacts((facts) => releaseContent(facts.document, facts))
const figureFindingsOf = memoByFacts(figureFindings)
const wordCountOf = memoByFacts((facts) => releaseWordCount(contentOf(facts)))
const EMPTY: readonly FigureFinding[] = []
const cellFindingsOf = memoByFacts((facts) => {
  const byCell = new Map<FigureCellKey, FigureFinding[]>()
  for (const entry of figureFindingsOf(facts)) {
    for (const cell of new Set(entry.cells)) byCell.set(cell, [...(byCell.get(cell) ?? []), entry])
  }
  return byCell
})
const textOf = memoByDocument(serializeReleaseDocument)

// Typing changes the drafts on every keystroke, but the refused cells only when one is left or fixed:
// the same refused cells give the same object, so the facts are not computed again.
const refusedByDrafts = new WeakMap<object, RefusedEntries>()
let lastRefused: { readonly signature: string; readonly entries: RefusedEntries } = { signature: '[]', entries: NO_REFUSED_ENTRIES }

/** The cells the person left holding text that is not an amount, with that text. */
export function selectRefusedEntries(state: ReleaseState): RefusedEntries {
  const drafts = state.figureDrafts
  const hit = refusedByDrafts.get(drafts)
  if (hit !== undefined) return hit
  const refused = (Object.entries(drafts) as [FigureCellKey, FigureDraft][])
    .filter(([, draft]) => draft.error !== null && draft.shown)
    .map(([cell, draft]): [FigureCellKey, string] => [cell, draft.text])
    .sort(([a], [b]) => a.localeCompare(b))
  const signature = JSON.stringify(refused)
  if (signature !== lastRefused.signature) lastRefused = { signature, entries: new Map(refused) }
  refusedByDrafts.set(drafts, lastRefused.entries)
  return lastRefused.entries
}

/**
 * The facts as live fields in the text editors need them. Field words depend on the figures,
 * period, company, style and refused cells, never on the narrative; while only the text changes,
 * this returns the same object, so typing in one block does not re-render the fields of every
 * editor. Use it only for field words: its `document.narrative` may be older than the release's.
 */
let lastFieldFacts: ReleaseFacts | null = null
export const selectFieldFacts = (state: ReleaseState): ReleaseFacts => {
  const document = state.document
  const refused = selectRefusedEntries(state)
  const last = lastFieldFacts
  if (
    last !== null &&
    last.refused === refused &&
    last.document.figures === document.figures &&
    last.document.period === document.period &&
    last.document.company === document.company &&
    last.document.style === document.style
  ) {
    return last
  }
  lastFieldFacts = factsOf(document, refused)
  return lastFieldFacts
}

export const selectDocument = (state: ReleaseState): ReleaseDocument => state.document
export const selectFacts = (state: ReleaseState): ReleaseFacts => factsOf(state.document, selectRefusedEntries(state))
export const selectContent = (state: ReleaseState): ReleaseContent => contentOf(selectFacts(state))
export const selectComparisons = (state: ReleaseState): readonly Comparison[] => selectFacts(state).comparisons

/** The figures' problems, each with its cells: the one list the Figures tab, the cells and the checks show. */
export const selectFigureFindings = (state: ReleaseState): readonly FigureFinding[] => figureFindingsOf(selectFacts(state))

/** The figures' problems that concern one cell (the same array while they are the same). */
export const selectCellFindings = (state: ReleaseState, cell: FigureCellKey): readonly FigureFinding[] =>
  cellFindingsOf(selectFacts(state)).get(cell) ?? EMPTY

/** The release's words, text blocks and live fields, as the exports print them. */
export const selectWordCount = (state: ReleaseState): number => wordCountOf(selectFacts(state))

/** The file text the document would be saved as. */
export const selectDocumentText = (state: ReleaseState): string => textOf(state.document)

/** Unsaved changes: the document differs from what was last opened or saved (or was never saved). */
export const selectDirty = (state: ReleaseState): boolean =>
  state.savedText === null || textOf(state.document) !== state.savedText

export const selectCanUndo = (state: ReleaseState): boolean => state.past.length > 0
export const selectCanRedo = (state: ReleaseState): boolean => state.future.length > 0

/** "iec-q2-fiscal-2006" for "/x/iec-q2-fiscal-2006.release.json"; "Untitled release" before the first save. */
export function documentName(path: string | null): string {
  if (path === null) return 'Untitled release'
  const base = path.split(/[\\/]/).pop() ?? path
  return base.replace(/\.release\.json$/i, '').replace(/\.json$/i, '') || 'Untitled release'
}

export const selectDocumentName = (state: ReleaseState): string => documentName(state.filePath)
