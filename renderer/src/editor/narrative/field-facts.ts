import { createContext } from 'react'
import type { ReleaseFacts } from '../../release/release-facts'

/**
 * The facts fields compute their words from. A context rather than node attributes: when a figure
 * changes, every field in every editor re-renders with the new words, and the document (and the
 * undo history) does not change at all.
 */
export const FieldFactsContext = createContext<ReleaseFacts | null>(null)

/** The editor's own copy, for what is rendered outside React: copied HTML and plain text. */
export interface FieldStorage {
  facts: ReleaseFacts | null
}

declare module '@tiptap/core' {
  interface Storage {
    field: FieldStorage
  }
}
