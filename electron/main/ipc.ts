import { ipcMain } from 'electron'
import type { IpcMainInvokeEvent, WebContents } from 'electron'
import type { z } from 'zod'
import { channels } from '../../renderer/src/contract/bridge-contract'
import type {
  BridgeResult,
  Channel,
  ChannelResponse,
} from '../../renderer/src/contract/bridge-contract'
import { isTrustedUrl } from './app-origin'
import { UserFacingError } from '../files/file-errors'

/**
 * The single door from the renderer into the main process. Every channel goes through `handle`,
 * which refuses callers that are not the app's own page, refuses payloads that do not match the
 * contract, and turns every outcome into a result object: an exception thrown across IPC would
 * reach the renderer as a bare technical string.
 */

/** The request after validation, as the contract's schema outputs it. */
export type ChannelPayload<C extends Channel> = z.output<(typeof channels)[C]['request']>

export interface HandlerContext {
  /** The web contents that asked; exports and printing act on this page. */
  readonly sender: WebContents
}

export type Handler<C extends Channel> = (
  request: ChannelPayload<C>,
  context: HandlerContext,
) => Promise<ChannelResponse<C>>

/** One handler per channel; leaving a channel out of this map is a type error. */
export type HandlerMap = { readonly [C in Channel]: Handler<C> }

export const REFUSED_SENDER_MESSAGE =
  'This request did not come from the Release Desk window, so it was refused.'
export const MALFORMED_REQUEST_MESSAGE =
  'Release Desk received an incomplete request and ignored it. Try the action again.'

/** Validates the sender and payload, runs the handler and answers with a result object. */
export async function runHandler<C extends Channel>(
  channel: C,
  handler: Handler<C>,
  origins: readonly string[],
  event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>,
  payload: unknown,
): Promise<BridgeResult<ChannelResponse<C>>> {
  // senderFrame is null when the frame navigated away or was destroyed: nobody to trust.
  const frame = event.senderFrame
  if (frame === null || frame === undefined || !isTrustedUrl(frame.url, origins)) {
    console.warn(`[ipc] refused ${channel} from ${frame?.url ?? 'a closed frame'}`)
    return { ok: false, error: REFUSED_SENDER_MESSAGE }
  }
  // Strict: a field the contract does not know means the caller and the shell disagree.
  const parsed = channels[channel].request.strict().safeParse(payload)
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(request)'}: ${issue.message}`,
    )
    console.warn(`[ipc] malformed ${channel}: ${issues.join('; ')}`)
    return { ok: false, error: MALFORMED_REQUEST_MESSAGE }
  }
  try {
    const value = await handler(parsed.data as ChannelPayload<C>, { sender: event.sender })
    return { ok: true, value }
  } catch (error) {
    if (error instanceof UserFacingError) return { ok: false, error: error.message }
    console.error(`[ipc] ${channel} failed`, error)
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, error: `Release Desk could not finish this action (${detail}).` }
  }
}

/** Registers one channel through the wrapper; the only place that calls `ipcMain.handle`. */
export function handle<C extends Channel>(
  channel: C,
  handler: Handler<C>,
  origins: readonly string[],
): void {
  ipcMain.handle(channel, (event, payload: unknown) =>
    runHandler(channel, handler, origins, event, payload),
  )
}

/** The contract's channel names, in its order. */
export function channelNames(): readonly Channel[] {
  return Object.keys(channels) as Channel[]
}

/** Registers a handler for every channel of the contract. */
export function registerIpcHandlers(handlers: HandlerMap, origins: readonly string[]): void {
  const register = <C extends Channel>(channel: C): void =>
    handle(channel, handlers[channel], origins)
  for (const channel of channelNames()) register(channel)
}
