import { describe, expect, it, vi } from 'vitest'
import { channels, events } from '../../../renderer/src/contract/bridge-contract'
import { CHANNEL_NAMES, EVENT_NAMES } from '../../../electron/preload/bridge-names'
import { contextBridge, ipcRenderer } from './helpers/electron-mock'

vi.mock('electron', () => import('./helpers/electron-mock'))

async function exposedBridge(): Promise<Record<string, unknown>> {
  await import('../../../electron/preload/index')
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
  const [name, bridge] = contextBridge.exposeInMainWorld.mock.calls[0] ?? []
  expect(name).toBe('releaseDesk')
  return bridge as Record<string, unknown>
}

describe('preload bridge', () => {
  it('lists the same channel and event names as the contract', () => {
    expect([...CHANNEL_NAMES]).toEqual(Object.keys(channels))
    expect([...EVENT_NAMES]).toEqual(Object.keys(events))
  })

  it('exposes one function per channel, `on` and `host`, and nothing else', async () => {
    const bridge = await exposedBridge()
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(channels), 'host', 'on'].sort())
    expect(bridge['host']).toBe('electron')
    for (const channel of Object.keys(channels))
      expect(typeof bridge[channel], channel).toBe('function')
  })

  it('never exposes ipcRenderer or any of its functions', async () => {
    const bridge = await exposedBridge()
    const leaked = new Set<unknown>([ipcRenderer, ...Object.values(ipcRenderer)])
    for (const value of Object.values(bridge)) expect(leaked.has(value)).toBe(false)
    expect(bridge).not.toHaveProperty('invoke')
    expect(bridge).not.toHaveProperty('send')
    expect(bridge).not.toHaveProperty('ipcRenderer')
  })

  it('invokes the channel of the method with the request as given', async () => {
    const bridge = await exposedBridge()
    const save = bridge['document:save'] as (request: unknown) => Promise<unknown>
    const request = { path: null, text: '{}', expected: null, overwriteChanged: false }
    await expect(save(request)).resolves.toEqual({ ok: true, value: null })
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('document:save', request)
  })

  it('forwards only the payload of events, and unsubscribes', async () => {
    const bridge = await exposedBridge()
    const on = bridge['on'] as (event: string, listener: (...args: unknown[]) => void) => () => void
    const listener = vi.fn()
    const unsubscribe = on('menu:command', listener)
    const [eventName, ipcListener] = ipcRenderer.on.mock.calls.at(-1) ?? []
    expect(eventName).toBe('menu:command')
    ;(ipcListener as (event: unknown, payload: unknown) => void)(
      { sender: ipcRenderer, ports: [] },
      { id: 'file.save' },
    )
    expect(listener).toHaveBeenCalledWith({ id: 'file.save' })
    expect(listener.mock.calls[0]).toHaveLength(1)
    unsubscribe()
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('menu:command', ipcListener)
  })

  it('refuses events that are not in the contract', async () => {
    const bridge = await exposedBridge()
    const on = bridge['on'] as (event: string, listener: () => void) => () => void
    expect(() => on('ipc:anything', () => undefined)).toThrow('Unknown Release Desk event')
    expect(ipcRenderer.on).not.toHaveBeenCalledWith('ipc:anything', expect.anything())
  })
})
