import { flushSync } from 'react-dom'
import type { EditorTargets, InsertTarget } from '../editor-targets'
import type { Finding, FindingLocation, Fix, TableCellLocation, TextLocation } from '../../release/checks/finding'
import { textLocation } from '../../release/checks/finding'
import { assertNever } from '../../release/assert-never'
import type { ContentParagraph } from '../../release/release-content'
import type { ReleaseStore } from '../../store/release-store'
import { selectContent } from '../../store/selectors'
import type { TextBlock } from '../../store/store-types'
import type { NarrativeEditorHandle } from '../narrative/editor-handle'
import { tableCellId } from '../tables/table-cell-id'
import { BLOCK_KINDS } from '../../release/block-kinds'
import { findingTab, isTextBlock } from './finding-place'
import { findingRange, freeTextRange } from './finding-range'
import type { EditorRange } from './finding-range'

/** The registry holds what "Insert" needs; the text blocks register their whole handle. */
function isEditorHandle(target: InsertTarget): target is NarrativeEditorHandle {
  return 'selectRange' in target && 'replaceRange' in target && 'textWithPositions' in target
}

function handleFor(editors: EditorTargets, block: TextBlock): NarrativeEditorHandle | null {
  const target = editors.get(block)
  return target !== undefined && isEditorHandle(target) ? target : null
}

function blockParagraphs(store: ReleaseStore, block: TextBlock): readonly ContentParagraph[] {
  return selectContent(store.getState()).paragraphs.filter((paragraph) => paragraph.block === block)
}

interface TextPlace {
  readonly location: TextLocation
  readonly block: TextBlock
  readonly handle: NarrativeEditorHandle
  readonly paragraphs: readonly ContentParagraph[]
}

function textPlace(store: ReleaseStore, editors: EditorTargets, found: FindingLocation | null): TextPlace | null {
  // A table cell's finding has no words in an editor to select.
  const location = textLocation(found)
  if (location === null || !isTextBlock(location.block)) return null
  const handle = handleFor(editors, location.block)
  if (handle === null) return null
  return { location, block: location.block, handle, paragraphs: blockParagraphs(store, location.block) }
}

/**
 * Takes the person to a finding: the figures' problems to the Figures tab; words in the text to
 * the Text tab, with the block's editor focused and the exact words selected.
 */
export function showFinding(store: ReleaseStore, editors: EditorTargets, finding: Finding): void {
  const tab = findingTab(finding.location)
  // The tab must be showing before its editor can take the focus and scroll the words into view.
  flushSync(() => store.getState().setActiveTab(tab))
  if (finding.location?.block === 'tableCell') {
    showTableCell(store, finding.location)
    return
  }
  const place = textPlace(store, editors, finding.location)
  if (place === null) return
  const range = findingRange(place.handle.textWithPositions(), place.paragraphs, place.location)
  if (range === null) {
    place.handle.focus()
    return
  }
  place.handle.selectRange(range.from, range.to)
  // The editor takes the focus, and so shows its selection, in the next frame.
  requestAnimationFrame(centreSelection)
}

/** The table's cell selected in the Tables panel, and focused: an entered figure ready to retype. */
function showTableCell(store: ReleaseStore, location: TableCellLocation): void {
  flushSync(() => store.getState().selectTable({ table: location.tableId, row: location.rowId, column: location.column }))
  const cell = document.getElementById(tableCellId(location.tableId, location.rowId, location.column))
  cell?.focus()
  if (typeof cell?.scrollIntoView === 'function') cell.scrollIntoView({ block: 'center' })
}

/** The editor scrolls the words just into view, at the pane's edge; the middle reads better. */
function centreSelection(): void {
  const selection = window.getSelection()
  const node = selection !== null && selection.rangeCount > 0 ? selection.getRangeAt(0).startContainer : null
  const element = node instanceof Element ? node : (node?.parentElement ?? null)
  // jsdom has no scrolling at all.
  if (typeof element?.scrollIntoView === 'function') element.scrollIntoView({ block: 'center' })
}

/** The button's words for a fix: "Replace with 19%", "Make it a live field". */
export function fixLabel(fix: Fix): string {
  switch (fix.kind) {
    case 'replace':
      return `Replace with ${fix.text}`
    case 'liveField':
      return 'Make it a live field'
    default:
      return assertNever(fix)
  }
}

function fixRange(place: TextPlace, fix: Fix): EditorRange | null {
  const editor = place.handle.textWithPositions()
  switch (fix.kind) {
    case 'replace':
      // A field's words are right by construction: only typed words are replaced.
      return place.location.inFreeText ? findingRange(editor, place.paragraphs, place.location) : null
    case 'liveField':
      return freeTextRange(editor, place.paragraphs, place.location, fix.start, fix.end)
    default:
      return assertNever(fix)
  }
}

/**
 * Applies a fix through the block's editor, so it is one edit the person can undo like typing.
 * Says what it did, or why it could not (the words changed since the check ran).
 */
export function applyFix(store: ReleaseStore, editors: EditorTargets, finding: Finding, fix: Fix): boolean {
  const state = store.getState()
  const place = textPlace(store, editors, finding.location)
  const range = place === null ? null : fixRange(place, fix)
  if (place === null || range === null) {
    state.showToast('error', `\u201c${finding.quote}\u201d could not be found in the text. Edit it on the Text tab.`)
    return false
  }
  // The fix is an undo step of its own, not part of the typing before or after it.
  state.breakCoalescing()
  if (fix.kind === 'replace') {
    place.handle.replaceRange(range.from, range.to, fix.text)
  } else {
    place.handle.selectRange(range.from, range.to)
    place.handle.insertField(fix.field)
  }
  store.getState().breakCoalescing()
  const where = BLOCK_KINDS[place.block].label
  state.showToast(
    'success',
    fix.kind === 'replace'
      ? `Replaced \u201c${finding.quote}\u201d with \u201c${fix.text}\u201d in ${where}.`
      : `The typed words are now a live field in ${where}: they follow the figures.`,
  )
  return true
}
