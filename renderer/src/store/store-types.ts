import type { FileStamp } from '../host/bridge-contract'
import { NARRATIVE_BLOCKS } from '../release/document-schema'
import type { Company, Layout, ReleaseDocument } from '../release/document-schema'
import type { FiscalPeriodData } from '../release/document-schema'
import type { WordingStyle } from '../release/house-style'
import type { ComparisonPair, Measure, PeriodKey } from '../release/measures'
import type { RichText } from '../release/narrative-schema'
import type { Result } from '../release/result'

/**
 * The shape of the one editor store: three slices (document, history, ui) combined at the root.
 * Derived values (facts, content, comparisons, warnings, dirty) are not here: see selectors.ts.
 */

/** The narrative blocks edited as rich text; 'quote' is the quote's text (speaker and title are plain). */
export const TEXT_BLOCKS = NARRATIVE_BLOCKS
export type TextBlock = (typeof TEXT_BLOCKS)[number]

/** "revenue.quarter": one cell of the figures grid. */
export type CellKey = `${Measure}.${PeriodKey}`

export function cellKey(measure: Measure, period: PeriodKey): CellKey {
  return `${measure}.${period}`
}

/** What the user typed in a figures cell, kept until it is a valid amount or the document changes under it. */
export interface FigureDraft {
  readonly text: string
  /** Why the text is not an amount; null when it is one (or is empty). */
  readonly error: string | null
  /** Whether the error is shown: once the person leaves the cell or presses Enter, not mid-typing. */
  readonly shown: boolean
}

export interface DocumentSlice {
  readonly document: ReleaseDocument
  readonly filePath: string | null
  readonly fileStamp: FileStamp | null
  /** The file text at the last open or save; null for a release never saved. Dirty is computed against it. */
  readonly savedText: string | null
  /**
   * Applies text typed in a figures cell when it is an amount; otherwise keeps it as a draft with its
   * error. An emptied cell changes nothing until the person leaves it (commitFigure).
   */
  readonly setFigure: (measure: Measure, period: PeriodKey, text: string) => Result<null>
  /** The person left the cell (or pressed Enter): an empty cell clears the figure; an invalid one shows its error. */
  readonly commitFigure: (measure: Measure, period: PeriodKey) => void
  /** Escape in a cell: the figure goes back to `value` (what it was when the cell was entered) and the draft goes. */
  readonly revertFigure: (measure: Measure, period: PeriodKey, value: string | null) => void
  readonly setPeriod: (patch: Partial<FiscalPeriodData>) => void
  readonly setCompany: (patch: Partial<Company>) => void
  readonly setNarrativeBlock: (key: TextBlock, text: RichText) => void
  readonly setQuoteAttribution: (patch: { readonly speaker?: string; readonly title?: string }) => void
  readonly setWordingStyle: (measure: Measure, pair: ComparisonPair, style: WordingStyle) => void
  readonly setLayout: (patch: Partial<Layout>) => void
  readonly setFinal: (final: boolean) => void
  /** A different release: a new one, an opened file or a recovered copy. Clears history and drafts. */
  readonly replaceDocument: (
    document: ReleaseDocument,
    path: string | null,
    stamp: FileStamp | null,
    options?: { readonly saved?: boolean },
  ) => void
  /** Replaces the content as one undoable edit, keeping the file: used to restore recovered work. */
  readonly applyDocument: (document: ReleaseDocument) => void
  /** Records a save of `text` (the serialisation that was written) to `path`. */
  readonly markSaved: (path: string, stamp: FileStamp, text: string) => void
}

export interface HistorySlice {
  readonly past: readonly ReleaseDocument[]
  readonly future: readonly ReleaseDocument[]
  /** The last edit's coalescing key and time: typing on in the same place extends that step. */
  readonly lastEdit: { readonly key: string; readonly at: number } | null
  /** Makes `next` the document, as a new undo step or as part of the burst with the same key. */
  readonly commit: (next: ReleaseDocument, key: string | null) => void
  readonly undo: () => void
  readonly redo: () => void
  /** Ends the current typing burst, so the next edit is its own undo step (on blur, on focus change). */
  readonly breakCoalescing: () => void
}

export type EditorTab = 'figures' | 'company' | 'comparisons' | 'text' | 'checks'

export type ToastKind = 'info' | 'success' | 'error'
export interface Toast {
  readonly id: number
  readonly kind: ToastKind
  readonly text: string
}

export interface DialogButton {
  readonly id: string
  readonly label: string
  readonly variant?: 'primary' | 'danger' | 'plain'
}
export interface Dialog {
  readonly id: number
  readonly title: string
  readonly message: string
  readonly buttons: readonly DialogButton[]
  /** The button Escape chooses. */
  readonly cancelId: string
  readonly resolve: (buttonId: string) => void
}
export type DialogRequest = Omit<Dialog, 'id' | 'resolve'>

export interface UiSlice {
  readonly zoom: number
  readonly activeTab: EditorTab
  /** The narrative block whose editor had focus last: where "Insert" puts a field. */
  readonly lastFocusedBlock: TextBlock | null
  readonly figureDrafts: Readonly<Partial<Record<CellKey, FigureDraft>>>
  readonly toasts: readonly Toast[]
  readonly dialogs: readonly Dialog[]
  readonly setZoom: (zoom: number) => void
  readonly setActiveTab: (tab: EditorTab) => void
  readonly setLastFocusedBlock: (block: TextBlock | null) => void
  readonly clearFigureDraft: (cell: CellKey) => void
  readonly showToast: (kind: ToastKind, text: string) => number
  readonly dismissToast: (id: number) => void
  /** Shows a dialog and resolves with the chosen button's id. */
  readonly ask: (request: DialogRequest) => Promise<string>
  readonly answerDialog: (buttonId: string) => void
}

export type ReleaseState = DocumentSlice & HistorySlice & UiSlice

export interface StoreOptions {
  /** The clock for coalescing typing bursts; tests pass their own. */
  readonly now?: () => number
  readonly historyLimit?: number
  /** Edits with the same key closer than this join one undo step. */
  readonly coalesceMs?: number
}
