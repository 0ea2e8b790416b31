import type { Comparison } from '../release/comparisons'
import type { ReleaseDocument } from '../release/document-schema'
import { figureWarnings } from '../release/figure-warnings'
import type { FigureWarning } from '../release/figure-warnings'
import { serializeReleaseDocument } from '../release/load-document'
import { releaseContent } from '../release/release-content'
import type { ReleaseContent } from '../release/release-content'
import { releaseFacts } from '../release/release-facts'
import type { ReleaseFacts } from '../release/release-facts'
import type { ReleaseState } from './store-types'

/**
 * Derived values, computed from the document once per change and remembered by document identity.
 * Documents are immutable, so the same object always gives the same facts; undo back to an earlier
 * snapshot finds its facts still remembered.
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

const factsOf = memoByDocument(releaseFacts)
const contentOf = memoByDocument((document) => releaseContent(document, factsOf(document)))
const warningsOf = memoByDocument((document) => figureWarnings(factsOf(document)))
const textOf = memoByDocument(serializeReleaseDocument)

/**
 * The facts as live fields in the text editors need them. Field words depend on the figures,
 * period, company and style, never on the narrative; while only the text changes, this returns the
 * same object, so typing in one block does not re-render the fields of every editor. Use it only
 * for field words: its `document.narrative` may be older than the release's.
 */
let lastFieldFacts: ReleaseFacts | null = null
export const selectFieldFacts = (state: ReleaseState): ReleaseFacts => {
  const document = state.document
  const last = lastFieldFacts
  if (
    last !== null &&
    last.document.figures === document.figures &&
    last.document.period === document.period &&
    last.document.company === document.company &&
    last.document.style === document.style
  ) {
    return last
  }
  lastFieldFacts = factsOf(document)
  return lastFieldFacts
}

export const selectDocument = (state: ReleaseState): ReleaseDocument => state.document
export const selectFacts = (state: ReleaseState): ReleaseFacts => factsOf(state.document)
export const selectContent = (state: ReleaseState): ReleaseContent => contentOf(state.document)
export const selectComparisons = (state: ReleaseState): readonly Comparison[] =>
  factsOf(state.document).comparisons
export const selectWarnings = (state: ReleaseState): readonly FigureWarning[] => warningsOf(state.document)

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
