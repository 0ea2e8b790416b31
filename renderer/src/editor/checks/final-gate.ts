import type { ReleaseDocument } from '../../release/document-schema'
import { finalGate, withOverrideReason } from '../../release/final-gate'
import type { ReleaseStore } from '../../store/release-store'
import { releaseTables } from '../../release/release-tables'
import { selectContent, selectFacts } from '../../store/selectors'
import type { ReleaseState } from '../../store/store-types'
import { countWords, selectErrorCount, selectFindings } from './check-selectors'
import { findingPlace } from './finding-place'
import { askForReason } from './reason-request'

/** What sends a release out of the app: each goes through the gate when the release is final. */
export type FinalOutput = 'docx' | 'pdf' | 'print'

const VERBS: Readonly<Record<FinalOutput, { readonly verb: string; readonly noun: string }>> = {
  docx: { verb: 'Export', noun: 'Word document' },
  pdf: { verb: 'Export', noun: 'PDF' },
  print: { verb: 'Print', noun: 'printout' },
}

type Status = ReleaseDocument['status']

/**
 * How many errors there were when the reason was recorded, by the status object that records it
 * (documents are immutable, so the same status object is the same record). The file keeps the
 * reason only; a reason opened from a file is shown without its count.
 */
const errorsWhenRecorded = new WeakMap<Status, number>()

/** The error count at the time the recorded reason was given, when this window recorded it. */
export function recordedErrorCount(status: Status): number | null {
  return errorsWhenRecorded.get(status) ?? null
}

function recordReason(store: ReleaseStore, reason: string, errors: number): void {
  const state = store.getState()
  const document = state.document
  if (document.status.overrideReason === reason) {
    // The same words again: nothing to change in the release, only the count to remember.
    errorsWhenRecorded.set(document.status, errors)
    return
  }
  const recorded = withOverrideReason(document, reason)
  errorsWhenRecorded.set(recorded.status, errors)
  // As an edit of its own: saved with the file and undoable like any other change.
  state.commit(recorded, null)
}

const LISTED = 3

/** The first errors, one a line: "• Web reference: “3rd-quarter06”". */
function errorList(state: ReleaseState): string {
  const errors = selectFindings(state).filter((finding) => finding.severity === 'error')
  const content = selectContent(state)
  const tables = releaseTables(state.document, selectFacts(state))
  const lines = errors
    .slice(0, LISTED)
    .map((finding) => `\u2022 ${findingPlace(finding.location, content, tables)}: ${finding.quote === '' ? finding.message : `\u201c${finding.quote}\u201d`}`)
  if (errors.length > LISTED) lines.push(`\u2026 and ${errors.length - LISTED} more`)
  return lines.join('\n')
}

/**
 * The gate before a final release leaves the app with errors in it: Review checks (the default)
 * or go on with a stated reason, which is recorded in the release. Drafts, and final releases the
 * checks find no errors in, pass at once. True when the output may go ahead.
 */
export async function clearFinalOutput(store: ReleaseStore, output: FinalOutput): Promise<boolean> {
  const state = store.getState()
  // The pure rule, shared with the command line's `export --final`; this side asks for the reason.
  const verdict = finalGate(state.document, selectFindings(state), null)
  if (verdict.kind === 'clear') return true
  const errors = verdict.errors.length
  const { verb, noun } = VERBS[output]
  const choice = await state.ask({
    title: `The checks found ${countWords(errors, 'error')}`,
    message: `This release is marked final, so the ${noun} goes out without the DRAFT mark.\n\n${errorList(state)}\n\nReview the checks and fix ${errors === 1 ? 'it' : 'them'} first, or ${verb.toLowerCase()} anyway and record why.`,
    buttons: [
      { id: 'review', label: 'Review checks', variant: 'primary' },
      { id: 'anyway', label: `${verb} anyway\u2026`, variant: 'danger' },
    ],
    cancelId: 'review',
  })
  if (choice !== 'anyway') {
    store.getState().setActiveTab('checks')
    return false
  }
  const reason = await askForReason(store, {
    title: `Why ${verb.toLowerCase()} with ${countWords(errors, 'error')}?`,
    message: 'The reason is saved in the release and shown at the top of Checks.',
    label: 'Reason',
    initial: store.getState().document.status.overrideReason ?? '',
    confirmLabel: `${verb} as final`,
  })
  if (reason === null) return false
  recordReason(store, reason, selectErrorCount(store.getState()))
  return true
}

/**
 * Marking a release final while the checks find errors: Review checks (the default) or mark it
 * final anyway. `figureWarnings` (the status bar's count) are named in the same question.
 * 'clear' when there were no errors to ask about.
 */
export async function confirmMarkFinal(store: ReleaseStore, figureWarnings: number): Promise<'clear' | 'anyway' | 'stop'> {
  const state = store.getState()
  const errors = selectErrorCount(state)
  if (errors === 0) return 'clear'
  const figures = figureWarnings > 0 ? `, and the figures have ${countWords(figureWarnings, 'warning')}` : ''
  const choice = await state.ask({
    title: 'Mark the release final?',
    message: `The checks found ${countWords(errors, 'error')} in the release${figures}. A final release prints without the DRAFT mark.\n\nReview the checks first, or mark it final anyway: exporting it will then ask why.`,
    buttons: [
      { id: 'review', label: 'Review checks', variant: 'primary' },
      { id: 'final', label: 'Mark final anyway', variant: 'danger' },
    ],
    cancelId: 'review',
  })
  if (choice === 'final') return 'anyway'
  store.getState().setActiveTab('checks')
  return 'stop'
}
