import type {
  Channel,
  ReleaseDeskBridge,
  ShellEvent,
} from '../../renderer/src/contract/bridge-contract'
import { CHANNEL_NAMES, EVENT_NAMES } from './bridge-names'

/** What the bridge needs from ipcRenderer, reduced to two functions so nothing else can leak. */
export interface BridgeTransport {
  readonly invoke: (channel: Channel, request: unknown) => Promise<unknown>
  readonly subscribe: (event: ShellEvent, forward: (payload: unknown) => void) => () => void
}

/** Builds the object exposed as `window.releaseDesk` from the contract's channel and event names. */
export function buildBridge(transport: BridgeTransport): ReleaseDeskBridge {
  const methods: Record<string, (request: unknown) => Promise<unknown>> = {}
  for (const channel of CHANNEL_NAMES) {
    methods[channel] = (request: unknown) => transport.invoke(channel, request)
  }
  const on = (event: ShellEvent, listener: (payload: never) => void): (() => void) => {
    if (!(EVENT_NAMES as readonly string[]).includes(event))
      throw new Error(`Unknown Release Desk event "${String(event)}".`)
    return transport.subscribe(event, (payload) => listener(payload as never))
  }
  // The shell validates every request and sends only contract events, so the types hold at run time.
  return Object.freeze({ ...methods, on, host: 'electron' }) as unknown as ReleaseDeskBridge
}

/**
 * Holds the events named here that arrive before the page listens, and hands them to the first
 * listener. A file given on the command line is sent as soon as the page has loaded, which can be
 * before React has subscribed; without this it would be lost.
 */
export function withEarlyEventBuffer(
  transport: BridgeTransport,
  buffered: readonly ShellEvent[],
): BridgeTransport {
  const pending = new Map<ShellEvent, unknown[]>()
  const listeners = new Map<ShellEvent, Set<(payload: unknown) => void>>()
  for (const event of buffered) {
    const waiting: unknown[] = []
    const forwards = new Set<(payload: unknown) => void>()
    pending.set(event, waiting)
    listeners.set(event, forwards)
    transport.subscribe(event, (payload) => {
      if (forwards.size === 0) waiting.push(payload)
      else for (const forward of forwards) forward(payload)
    })
  }
  return {
    invoke: transport.invoke,
    subscribe: (event, forward) => {
      const forwards = listeners.get(event)
      if (forwards === undefined) return transport.subscribe(event, forward)
      forwards.add(forward)
      const waiting = pending.get(event) ?? []
      for (const payload of waiting.splice(0)) queueMicrotask(() => forward(payload))
      return () => {
        forwards.delete(forward)
      }
    },
  }
}
