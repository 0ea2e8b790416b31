import type { Field } from '../release/narrative-schema'
import type { TextBlock } from '../store/store-types'

/** The part of a narrative editor's handle the rest of the app uses: inserting a live field at the cursor. */
export interface InsertTarget {
  /** Inserts the field at the cursor, after `leadingText` (a space the words before it need) when given. */
  readonly insertField: (field: Field, leadingText?: string) => void
  readonly focus: () => void
  /** The paragraph's words before the cursor, so an insert can fit the sentence being written. */
  readonly textBeforeCursor?: () => string
}

/** The narrative editors currently mounted, by block, so "Insert" reaches the last one focused. */
export type EditorTargets = Map<TextBlock, InsertTarget>
