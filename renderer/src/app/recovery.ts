import { readReleaseDocument } from '../release/load-document'
import { selectDirty, selectDocumentName, selectDocumentText } from '../store/selectors'
import type { AppContext } from './app-context'

/** How long after the last edit the recovery copy is written. */
export const RECOVERY_DELAY_MS = 1000
/** However long the typing goes on, a copy is written at least this often. */
export const RECOVERY_MAX_WAIT_MS = 5000

/**
 * Keeps a recovery copy of unsaved work: written a second after the last edit (and every few
 * seconds during long typing), cleared when the release is clean again. Returns the unsubscribe function.
 */
export function startRecoveryWriter(
  ctx: AppContext,
  delayMs = RECOVERY_DELAY_MS,
  maxWaitMs = RECOVERY_MAX_WAIT_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null
  let firstPending: number | null = null
  let wroteCopy = false
  // Said once while copies keep failing (every second otherwise), and again after one succeeded.
  let warned = false
  const write = async (path: string | null, text: string): Promise<void> => {
    const reply = await ctx.bridge['recovery:write']({ path, text })
    if (reply.ok) warned = false
    else if (!warned) {
      warned = true
      ctx.store
        .getState()
        .showToast(
          'error',
          `Release Desk could not keep a recovery copy of your unsaved work. ${reply.error}`,
        )
    }
  }
  const flush = (): void => {
    timer = null
    firstPending = null
    const state = ctx.store.getState()
    if (selectDirty(state)) {
      wroteCopy = true
      void write(state.filePath, selectDocumentText(state))
    } else if (wroteCopy) {
      wroteCopy = false
      void ctx.bridge['recovery:clear']({})
    }
  }
  const unsubscribe = ctx.store.subscribe(
    (state) => state.document,
    () => {
      const now = Date.now()
      firstPending ??= now
      if (timer !== null) clearTimeout(timer)
      timer = setTimeout(flush, Math.max(0, Math.min(delayMs, firstPending + maxWaitMs - now)))
    },
  )
  return () => {
    unsubscribe()
    if (timer !== null) clearTimeout(timer)
  }
}

function when(savedAt: string): string {
  const date = new Date(savedAt)
  return Number.isNaN(date.getTime())
    ? savedAt
    : new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

/**
 * At start: offers to restore work left unsaved by a crash. `onChecked` runs once the check is
 * done and any question is on screen: the editor is ready then.
 */
export async function offerRecovery(
  ctx: AppContext,
  onChecked: () => void = () => undefined,
): Promise<void> {
  let reply: Awaited<ReturnType<AppContext['bridge']['recovery:read']>>
  try {
    reply = await ctx.bridge['recovery:read']({})
  } finally {
    queueMicrotask(onChecked)
  }
  if (!reply.ok || reply.value === null) return
  const copy = reply.value
  const state = ctx.store.getState()
  const read = readReleaseDocument(copy.text)
  if (!read.ok) {
    await ctx.bridge['recovery:clear']({})
    state.showToast(
      'error',
      `A recovery copy was found but could not be read, so it was discarded (${read.error}).`,
    )
    return
  }
  if (copy.text === selectDocumentText(state)) return
  const choice = await state.ask({
    title: 'Restore unsaved work?',
    message: `Restore unsaved work from ${when(copy.savedAt)}?\n\nRelease Desk closed before these changes were saved.`,
    buttons: [
      { id: 'restore', label: 'Restore', variant: 'primary' },
      { id: 'discard', label: 'Discard', variant: 'danger' },
    ],
    cancelId: 'discard',
  })
  if (choice !== 'restore') {
    await ctx.bridge['recovery:clear']({})
    return
  }
  if (copy.path !== null) {
    // Reopen the file first, so the restored work is one undoable step on top of what is on disk.
    const opened = await ctx.bridge['document:open']({ path: copy.path })
    if (opened.ok && opened.value !== null) {
      const onDisk = readReleaseDocument(opened.value.text)
      if (onDisk.ok) {
        state.replaceDocument(onDisk.value, opened.value.path, opened.value.stamp)
        ctx.store.getState().applyDocument(read.value)
        state.showToast(
          'success',
          'Restored your unsaved work. Undo shows the file as it was saved.',
        )
        return
      }
    }
  }
  if (copy.path !== null && ctx.bridge.host === 'browser') {
    // The page cannot reopen a file by name, and every save is a download under the release's
    // name: the restored work keeps that name, so Save writes it as the person knows it.
    state.replaceDocument(read.value, copy.path, null, { saved: false })
    state.showToast('success', `Restored your unsaved work on \u201c${selectDocumentName(ctx.store.getState())}\u201d.`)
    return
  }
  state.replaceDocument(read.value, null, null, { saved: false })
  state.showToast(
    'success',
    copy.path === null
      ? 'Restored your unsaved work.'
      : `Restored your unsaved work on \u201c${copy.path.split(/[\\/]/).pop() ?? copy.path}\u201d. That file could not be read, so save it with Save As.`,
  )
}
