import type { FileStamp } from '../contract/bridge-contract'
import { quarterOfYear } from '../release/fiscal-calendar'
import { assertNever } from '../release/assert-never'
import { readOpenedText } from '../release/open-file'
import type { OpenProblem } from '../release/open-file'
import { rollForward } from '../release/roll-forward'
import { selectDirty, selectDocumentName, selectDocumentText } from '../store/selectors'
import type { AppContext } from './app-context'
import { blankRelease } from './initial-document'

/**
 * Opening, saving and starting releases, with the questions a careful editor asks: unsaved work
 * before it is replaced, a file changed on disk before it is overwritten, a file that cannot be read.
 */

const CONFLICT_PREFIX = 'CONFLICT:'

export interface OpenedFile {
  readonly path: string
  readonly text: string
  readonly stamp: FileStamp
}

/** Asks to save unsaved changes before they would be replaced. True when it is fine to go on. */
export async function confirmDiscard(ctx: AppContext, before: string): Promise<boolean> {
  const state = ctx.store.getState()
  if (!selectDirty(state)) return true
  const choice = await state.ask({
    title: 'Unsaved changes',
    message: `"${selectDocumentName(state)}" has changes that are not saved. Save them before ${before}?`,
    buttons: [
      { id: 'save', label: 'Save', variant: 'primary' },
      { id: 'discard', label: 'Don\u2019t Save', variant: 'danger' },
      { id: 'cancel', label: 'Cancel' },
    ],
    cancelId: 'cancel',
  })
  if (choice === 'save') return saveRelease(ctx, { saveAs: false })
  return choice === 'discard'
}

/** Saves to the release's file (or asks where, for Save As and new releases). True when saved. */
export async function saveRelease(ctx: AppContext, options: { readonly saveAs: boolean }): Promise<boolean> {
  const state = ctx.store.getState()
  const text = selectDocumentText(state)
  const path = options.saveAs ? null : state.filePath
  const request = { path, text, expected: path === null ? null : state.fileStamp }
  let reply = await ctx.bridge['document:save']({ ...request, overwriteChanged: false })
  if (!reply.ok && reply.error.startsWith(CONFLICT_PREFIX)) {
    const choice = await state.ask({
      title: 'File changed on disk',
      message: `The file changed on disk since you opened it. Overwrite?\n\n${reply.error.slice(CONFLICT_PREFIX.length).trim()}`,
      buttons: [
        { id: 'overwrite', label: 'Overwrite', variant: 'danger' },
        { id: 'cancel', label: 'Cancel', variant: 'primary' },
      ],
      cancelId: 'cancel',
    })
    if (choice !== 'overwrite') {
      state.showToast('info', 'Not saved. Use Save As to keep your version under another name.')
      return false
    }
    reply = await ctx.bridge['document:save']({ ...request, overwriteChanged: true })
  }
  if (!reply.ok) {
    state.showToast('error', `The release was not saved. ${reply.error}`)
    return false
  }
  if (reply.value === null) return false
  ctx.store.getState().markSaved(reply.value.path, reply.value.stamp, text)
  // The work is on disk now; a recovery copy would only offer stale text after a crash.
  await ctx.bridge['recovery:clear']({})
  state.showToast('success', `Saved \u201c${selectDocumentName(ctx.store.getState())}\u201d.`)
  return true
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}

function openProblem(name: string, problem: OpenProblem): string {
  switch (problem.kind) {
    case 'release':
      return `\u201c${name}\u201d is not a release this version of Release Desk can read.\n\n${problem.message}`
    case 'figures':
      return `\u201c${name}\u201d is a figures file, but a release cannot be made from it.\n\n${problem.message}`
    case 'neither':
      return `\u201c${name}\u201d: ${problem.message}`
    default:
      return assertNever(problem.kind)
  }
}

/**
 * Shows a file's text as the current release after validating it; an unreadable file changes nothing.
 * A figures file becomes a new, unsaved release drafted from it: saving must never write a release
 * over the finance team's figures file.
 */
export async function loadOpenedFile(ctx: AppContext, file: OpenedFile): Promise<boolean> {
  const state = ctx.store.getState()
  const read = readOpenedText(file.text)
  const name = fileName(file.path)
  if (!read.ok) {
    await state.ask({
      title: 'This file could not be opened',
      message: `${openProblem(name, read.error)}\n\nNothing was changed.`,
      buttons: [{ id: 'ok', label: 'OK', variant: 'primary' }],
      cancelId: 'ok',
    })
    return false
  }
  if (read.value.kind === 'figures') {
    state.replaceDocument(read.value.document, null, null, { saved: false })
    state.setActiveTab('figures')
    state.showToast(
      'info',
      `New release drafted from the figures in \u201c${name}\u201d with the standard paragraphs. Check it, then Save As: the figures file stays as it was.`,
    )
    return true
  }
  state.replaceDocument(read.value.document, file.path, file.stamp)
  state.showToast('info', `Opened \u201c${selectDocumentName(ctx.store.getState())}\u201d.`)
  return true
}

export async function openRelease(ctx: AppContext, path: string | null = null): Promise<void> {
  if (!(await confirmDiscard(ctx, 'opening another release'))) return
  const reply = await ctx.bridge['document:open']({ path })
  if (!reply.ok) {
    ctx.store.getState().showToast('error', `The release could not be opened. ${reply.error}`)
    return
  }
  if (reply.value !== null) await loadOpenedFile(ctx, reply.value)
}

/** A file handed over by the shell (command line, file manager, Open Recent). */
export async function openHandedFile(ctx: AppContext, file: OpenedFile): Promise<void> {
  if (!(await confirmDiscard(ctx, `opening \u201c${fileName(file.path)}\u201d`))) return
  await loadOpenedFile(ctx, file)
}

/**
 * The next quarter's release from this one: this quarter's figures become the previous quarter's,
 * the rest wait to be entered. It is a new, unsaved release, so the last quarter's file stays as it was.
 */
export async function newQuarter(ctx: AppContext): Promise<void> {
  if (!(await confirmDiscard(ctx, 'starting the next quarter\u2019s release'))) return
  const state = ctx.store.getState()
  const next = rollForward(state.document)
  state.replaceDocument(next, null, null, { saved: false })
  state.setActiveTab('figures')
  state.showToast(
    'info',
    `New release for the ${quarterOfYear(next.period.quarter, next.period.fiscalYear)}. Enter its figures and dates, check the text for last quarter\u2019s words, then Save As.`,
  )
}

/** A new, unsaved release for the same company and style, with the standard wording, no figures and no dates of its own yet. */
export async function newRelease(ctx: AppContext): Promise<void> {
  if (!(await confirmDiscard(ctx, 'starting a new release'))) return
  const current = ctx.store.getState().document
  ctx.store.getState().replaceDocument(blankRelease(current), null, null)
  ctx.store.getState().setActiveTab('figures')
  ctx.store
    .getState()
    .showToast('info', 'New release: set its period and release date, then enter the figures; the results paragraphs fill in as you type them.')
}
