import type { FilledFigure } from '../release/figure-block'
import type { TypedFigure } from '../release/figure-precision'
import type { FileStamp } from '../contract/bridge-contract'
import { NARRATIVE_BLOCKS } from '../release/document-schema'
import type { Company, Layout, ReleaseDocument } from '../release/document-schema'
import type { FiscalPeriodData } from '../release/document-schema'
import { figureCellKey } from '../release/figure-cells'
import type { MeasureCommand } from '../release/measure-list'
import type { FigureCellKey } from '../release/figure-cells'
import type { HouseStyle, WordingStyle } from '../release/house-style'
import type { ComparisonPair, Measure, PeriodKey } from '../release/measures'
import type { RichText } from '../release/narrative-schema'
import type { Result } from '../release/result'
import type { TableCommand } from '../release/table-commands'

/**
 * The shape of the one editor store: three slices (document, history, ui) combined at the root.
 * Derived values (facts, content, comparisons, warnings, dirty) are not here: see selectors.ts.
 */

/** The narrative blocks edited as rich text; 'quote' is the quote's text (speaker and title are plain). */
export const TEXT_BLOCKS = NARRATIVE_BLOCKS
export type TextBlock = (typeof TEXT_BLOCKS)[number]

/** "revenue.quarter": one cell of the figures grid. */
export type CellKey = FigureCellKey
export const cellKey = figureCellKey

/**
 * What the person is typing, or left, in a figures cell: editor state, never saved. While the text
 * is an amount the release uses it; while it is not, the release keeps `before`, and once the
 * person has left the cell (`shown`) the words resting on it show a placeholder and nothing goes
 * out until the cell is fixed or Escape restores `before`.
 */
/** The house-style settings other than comparison wording (set with setWordingStyle). */
export type HouseStylePatch = Partial<Omit<HouseStyle, 'comparisons'>>

export interface FigureDraft {
  readonly text: string
  /** Why the text is not an amount; null when it is one (or is empty). */
  readonly error: string | null
  /** Whether the error is shown: once the person leaves the cell or presses Enter, not mid-typing. */
  readonly shown: boolean
  /** The figure the cell had when the typing began: what Escape, and an entry that is not an amount, leave in the release. */
  readonly before: TypedFigure | null
}

export interface DocumentSlice {
  readonly document: ReleaseDocument
  readonly filePath: string | null
  readonly fileStamp: FileStamp | null
  /** The file text at the last open or save; null for a release never saved. Dirty is computed against it. */
  readonly savedText: string | null
  /**
   * Text typed in a figures cell: the release uses it while it is an amount, and the figure the cell
   * had before while it is not (or is empty). All of one cell's typing is one undo step, whatever the pauses.
   */
  readonly setFigure: (measure: Measure, period: PeriodKey, text: string) => Result<null>
  /** The person left the cell (or pressed Enter): an empty cell clears the figure; one that is not an amount is refused, with its error shown. */
  readonly commitFigure: (measure: Measure, period: PeriodKey) => void
  /**
   * Many figures at once (a pasted block, a workbook's import) as one undo step of its own; what
   * was being typed in those cells goes. `also` makes further changes in the same step.
   */
  readonly fillFigures: (cells: readonly FilledFigure[], also?: (document: ReleaseDocument) => ReleaseDocument) => void
  /** Escape in a cell: the figure goes back to what it was when the typing began, and the draft goes. */
  readonly revertFigure: (measure: Measure, period: PeriodKey) => void
  /** Before anything goes out: refuses every cell whose text is not an amount, and returns them (none: go ahead). */
  readonly refuseUnreadFigures: () => readonly CellKey[]
  readonly setPeriod: (patch: Partial<FiscalPeriodData>) => void
  readonly setCompany: (patch: Partial<Company>) => void
  readonly setNarrativeBlock: (key: TextBlock, text: RichText) => void
  /** Several blocks' new text as one undo step of its own (Replace all across the release). */
  readonly setNarrativeBlocks: (texts: Readonly<Partial<Record<TextBlock, RichText>>>) => void
  readonly setQuoteAttribution: (patch: { readonly speaker?: string; readonly title?: string }) => void
  readonly setWordingStyle: (measure: Measure, pair: ComparisonPair, style: WordingStyle) => void
  /** Adds, renames, moves or removes a measure of the figures grid: one undo step; a refusal says why. */
  readonly changeMeasures: (command: MeasureCommand) => Result<null>
  /** Inserts, removes or edits a financial table or one of its rows: one undo step; a refusal says why. */
  readonly changeTables: (command: TableCommand) => Result<null>
  /**
   * An entered table figure as typed ("(168)", "1,234", empty for none), read as the figures grid
   * reads amounts: one undo step; text that is not an amount changes nothing and says why.
   */
  readonly setTableFigure: (table: string, row: string, period: PeriodKey, text: string) => Result<null>
  /** A house-style setting: each choice is one undo step; typing a threshold is one step until the field is left. */
  readonly setHouseStyle: (patch: HouseStylePatch) => void
  readonly setLayout: (patch: Partial<Layout>) => void
  /** "Add to dictionary": the spelling accepts the word in this release from now on (an undoable edit, saved with it). */
  readonly addToDictionary: (word: string) => void
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
  /**
   * Makes `next` the document, as a new undo step or as part of the burst with the same key; a
   * `held` edit joins its burst however long the pause (one cell's typing, from focus to leaving).
   */
  readonly commit: (next: ReleaseDocument, key: string | null, held?: boolean) => void
  /** Takes back the burst of `key` in progress, when it has come back to where it began: no empty undo step. */
  readonly dropBurst: (key: string) => void
  readonly undo: () => void
  readonly redo: () => void
  /** Ends the current typing burst, so the next edit is its own undo step (on blur, on focus change). */
  readonly breakCoalescing: () => void
}

export type EditorTab = 'figures' | 'tables' | 'company' | 'comparisons' | 'style' | 'text' | 'checks'

/** The table, and the row and column in it, the Tables panel shows selected. */
export interface TableSelection {
  readonly table: string
  readonly row: string | null
  /** Position among the table's figure columns, from 0. */
  readonly column: number | null
}

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
  readonly figureDrafts: Readonly<{ [cell: CellKey]: FigureDraft }>
  readonly tableSelection: TableSelection | null
  /**
   * False only while the app starts: the checks' first run waits for the first paint, and until it
   * has run the badge, the status bar and the panel say the checks are running, never "no problems".
   */
  readonly checksShown: boolean
  readonly toasts: readonly Toast[]
  readonly dialogs: readonly Dialog[]
  readonly setZoom: (zoom: number) => void
  readonly setActiveTab: (tab: EditorTab) => void
  readonly setLastFocusedBlock: (block: TextBlock | null) => void
  readonly clearFigureDraft: (cell: CellKey) => void
  readonly selectTable: (selection: TableSelection | null) => void
  readonly showChecks: () => void
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
  /** The app's own store: the checks first run after the first paint (see UiSlice.checksShown). */
  readonly checksAfterFirstPaint?: boolean
}
