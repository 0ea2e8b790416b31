import { describe, expect, it } from 'vitest'
import { withEarlyEventBuffer } from '../../../electron/preload/bridge'
import type { BridgeTransport } from '../../../electron/preload/bridge'
import type { ShellEvent } from '../../../renderer/src/contract/bridge-contract'

function fakeTransport() {
  const listeners = new Map<ShellEvent, ((payload: unknown) => void)[]>()
  const transport: BridgeTransport = {
    invoke: () => Promise.resolve(null),
    subscribe: (event, forward) => {
      listeners.set(event, [...(listeners.get(event) ?? []), forward])
      return () => undefined
    },
  }
  const emit = (event: ShellEvent, payload: unknown): void => {
    for (const forward of listeners.get(event) ?? []) forward(payload)
  }
  return { transport, emit }
}

describe('a file handed over at launch', () => {
  it('reaches the app even when it arrives before the app subscribed', async () => {
    const { transport, emit } = fakeTransport()
    const buffered = withEarlyEventBuffer(transport, ['file:opened'])
    emit('file:opened', { path: '/q2.release.json' })
    const received: unknown[] = []
    buffered.subscribe('file:opened', (payload) => received.push(payload))
    await Promise.resolve()
    expect(received).toEqual([{ path: '/q2.release.json' }])
  })

  it('is delivered once, and later ones go straight to the listener', async () => {
    const { transport, emit } = fakeTransport()
    const buffered = withEarlyEventBuffer(transport, ['file:opened'])
    emit('file:opened', 'early')
    const first: unknown[] = []
    buffered.subscribe('file:opened', (payload) => first.push(payload))
    await Promise.resolve()
    const second: unknown[] = []
    buffered.subscribe('file:opened', (payload) => second.push(payload))
    emit('file:opened', 'late')
    await Promise.resolve()
    expect(first).toEqual(['early', 'late'])
    expect(second).toEqual(['late'])
  })

  it('does not hold menu commands, which mean nothing before the app is ready', () => {
    const { transport, emit } = fakeTransport()
    const buffered = withEarlyEventBuffer(transport, ['file:opened'])
    emit('menu:command', { id: 'file.save' })
    const received: unknown[] = []
    buffered.subscribe('menu:command', (payload) => received.push(payload))
    expect(received).toEqual([])
  })
})
