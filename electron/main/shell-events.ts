import type { WebContents } from 'electron'
import type { ShellEvent, ShellEventPayload } from '../../renderer/src/contract/bridge-contract'

/** Sends one of the contract's events to a page, typed by the event's name. */
export function sendShellEvent<E extends ShellEvent>(
  contents: WebContents,
  event: E,
  payload: ShellEventPayload<E>,
): void {
  if (!contents.isDestroyed()) contents.send(event, payload)
}

/**
 * Sends once the page has finished loading; a file opened from the command line arrives before
 * the renderer has subscribed, and an event sent then would be lost.
 */
export function sendWhenLoaded<E extends ShellEvent>(
  contents: WebContents,
  event: E,
  payload: ShellEventPayload<E>,
): void {
  if (contents.isDestroyed()) return
  if (contents.isLoading())
    contents.once('did-finish-load', () => sendShellEvent(contents, event, payload))
  else sendShellEvent(contents, event, payload)
}
