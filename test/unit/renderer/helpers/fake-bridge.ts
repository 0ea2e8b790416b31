import type {
  BridgeResult,
  Channel,
  ChannelRequest,
  ChannelResponse,
  ReleaseDeskBridge,
  ShellEvent,
  ShellEventPayload,
} from '../../../../renderer/src/contract/bridge-contract'

type Replies = { [C in Channel]?: (request: ChannelRequest<C>) => BridgeResult<ChannelResponse<C>> }

const DEFAULTS: { [C in Channel]: BridgeResult<ChannelResponse<C>> } = {
  'document:open': { ok: true, value: null },
  'document:save': { ok: true, value: null },
  'document:recent': { ok: true, value: [] },
  'recovery:write': { ok: true, value: null },
  'recovery:read': { ok: true, value: null },
  'recovery:clear': { ok: true, value: null },
  'window:state': { ok: true, value: null },
  'logo:choose': { ok: true, value: null },
  'workbook:open': { ok: true, value: null },
  'export:docx': { ok: true, value: null },
  'export:pdf': { ok: true, value: null },
  'print:show': { ok: true, value: null },
  'shell:reveal': { ok: true, value: null },
}

export interface FakeBridge {
  readonly bridge: ReleaseDeskBridge
  /** Every call, in order: channel and request. */
  readonly calls: { readonly channel: Channel; readonly request: unknown }[]
  readonly emit: <E extends ShellEvent>(event: E, payload: ShellEventPayload<E>) => void
}

/** A bridge whose replies each test scripts; unscripted channels answer as a cancelled dialog would. */
export function fakeBridge(replies: Replies = {}, host: 'electron' | 'browser' = 'electron'): FakeBridge {
  const calls: { channel: Channel; request: unknown }[] = []
  const listeners = new Map<ShellEvent, Set<(payload: never) => void>>()
  const methods = Object.fromEntries(
    (Object.keys(DEFAULTS) as Channel[]).map((channel) => [
      channel,
      async (request: never) => {
        calls.push({ channel, request })
        const reply = replies[channel] as ((value: never) => unknown) | undefined
        return reply === undefined ? DEFAULTS[channel] : reply(request)
      },
    ]),
  ) as unknown as Omit<ReleaseDeskBridge, 'on' | 'host'>
  const bridge: ReleaseDeskBridge = {
    ...methods,
    host,
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set()
      set.add(listener as (payload: never) => void)
      listeners.set(event, set)
      return () => set.delete(listener as (payload: never) => void)
    },
  }
  return {
    bridge,
    calls,
    emit: (event, payload) => {
      for (const listener of listeners.get(event) ?? []) (listener as (value: unknown) => void)(payload)
    },
  }
}
