import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { channels } from '../../../renderer/src/contract/bridge-contract'
import type { Channel, ChannelRequest } from '../../../renderer/src/contract/bridge-contract'
import { trustedOrigins } from '../../../electron/main/app-origin'
import { UserFacingError } from '../../../electron/files/file-errors'
import {
  MALFORMED_REQUEST_MESSAGE,
  REFUSED_SENDER_MESSAGE,
  registerIpcHandlers,
  runHandler,
} from '../../../electron/main/ipc'
import type { HandlerMap } from '../../../electron/main/ipc'
import { ipcMain, registeredHandlers } from './helpers/electron-mock'

vi.mock('electron', () => import('./helpers/electron-mock'))

const ALL_CHANNELS = Object.keys(channels) as Channel[]
const STAMP = { mtimeMs: 1_700_000_000_000, size: 10, sha256: 'ab'.repeat(32) }

/** One well-formed request per channel; the type makes a new channel without an example a compile error. */
const VALID_REQUESTS: { readonly [C in Channel]: ChannelRequest<C> } = {
  'document:open': { path: null },
  'document:save': {
    path: '/r/q3.release.json',
    text: '{}',
    expected: STAMP,
    overwriteChanged: false,
  },
  'document:recent': {},
  'recovery:write': { path: null, text: '{}' },
  'recovery:read': {},
  'recovery:clear': {},
  'window:state': { title: 'Q3 2025 results', dirty: true },
  'logo:choose': {},
  'workbook:open': {},
  'export:docx': { suggestedName: 'Q3 2025.docx', data: 'UEsDBA==' },
  'export:pdf': { suggestedName: 'Q3 2025.pdf', pageSize: 'letter', title: 'Q3 results', author: 'IEC' },
  'print:show': { pageSize: 'a4' },
  'shell:reveal': { path: '/r/q3.pdf' },
}

const APP_FRAME = { url: 'app://release-desk/index.html' }
const sender = { id: 7 }
const eventFrom = (senderFrame: { url: string } | null): unknown => ({ senderFrame, sender })

function spyHandlers(): HandlerMap {
  const entries = ALL_CHANNELS.map((channel) => [channel, vi.fn(async () => null)])
  return Object.fromEntries(entries) as unknown as HandlerMap
}

async function invoke(channel: Channel, event: unknown, payload: unknown): Promise<unknown> {
  const listener = registeredHandlers.get(channel)
  if (listener === undefined) throw new Error(`no handler registered for ${channel}`)
  return listener(event, payload)
}

let handlers: HandlerMap

beforeEach(() => {
  // Refusals are logged on purpose; keep the test output readable.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  registeredHandlers.clear()
  ipcMain.handle.mockClear()
  handlers = spyHandlers()
  registerIpcHandlers(handlers, trustedOrigins(undefined, true))
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('registerIpcHandlers', () => {
  it('registers exactly one handler for every channel of the contract', () => {
    expect([...registeredHandlers.keys()].sort()).toEqual([...ALL_CHANNELS].sort())
    expect(ipcMain.handle).toHaveBeenCalledTimes(ALL_CHANNELS.length)
  })
})

describe.each(ALL_CHANNELS)('channel %s', (channel) => {
  const handler = (): ReturnType<typeof vi.fn> =>
    handlers[channel] as unknown as ReturnType<typeof vi.fn>

  it('answers the app page with the handler result', async () => {
    await expect(invoke(channel, eventFrom(APP_FRAME), VALID_REQUESTS[channel])).resolves.toEqual({
      ok: true,
      value: null,
    })
    expect(handler()).toHaveBeenCalledTimes(1)
    expect(handler().mock.calls[0]?.[0]).toEqual(VALID_REQUESTS[channel])
  })

  it.each([
    ['a foreign page', { url: 'https://evil.example' }],
    ['a look-alike host', { url: 'app://release-desk.evil.example/index.html' }],
    ['a local file', { url: 'file:///tmp/index.html' }],
    ['a frame without a URL', { url: '' }],
    ['a closed frame (null senderFrame)', null],
  ])('refuses %s without calling the handler', async (_label, frame) => {
    await expect(invoke(channel, eventFrom(frame), VALID_REQUESTS[channel])).resolves.toEqual({
      ok: false,
      error: REFUSED_SENDER_MESSAGE,
    })
    expect(handler()).not.toHaveBeenCalled()
  })

  it.each([
    ['an unknown field only', { bogus: 1 }],
    ['a valid request plus an unknown field', { ...VALID_REQUESTS[channel], bogus: 1 }],
    ['null', null],
    ['a string', 'document'],
    ['an array', [VALID_REQUESTS[channel]]],
  ])('refuses a malformed payload (%s) without calling the handler', async (_label, payload) => {
    await expect(invoke(channel, eventFrom(APP_FRAME), payload)).resolves.toEqual({
      ok: false,
      error: MALFORMED_REQUEST_MESSAGE,
    })
    expect(handler()).not.toHaveBeenCalled()
  })

  it('refuses fields of the wrong type', async () => {
    const request: Record<string, unknown> = { ...VALID_REQUESTS[channel] }
    const firstField = Object.keys(request)[0]
    if (firstField === undefined) {
      console.info(`${channel} takes an empty request; the unknown-field cases cover it`)
      return
    }
    request[firstField] = { unexpected: ['object'] }
    await expect(invoke(channel, eventFrom(APP_FRAME), request)).resolves.toMatchObject({
      ok: false,
    })
    expect(handler()).not.toHaveBeenCalled()
  })
})

describe('runHandler', () => {
  const appEvent = { senderFrame: APP_FRAME, sender } as never

  it('passes a sentence meant for the user through unchanged', async () => {
    const failing = async (): Promise<null> => {
      throw new UserFacingError('The disk is full, so "q3.release.json" could not be saved.')
    }
    await expect(
      runHandler('recovery:clear', failing, ['app://release-desk'], appEvent, {}),
    ).resolves.toEqual({
      ok: false,
      error: 'The disk is full, so "q3.release.json" could not be saved.',
    })
  })

  it('turns an unexpected exception into a result instead of throwing across IPC', async () => {
    const errorLog = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const crashing = async (): Promise<null> => {
      throw new TypeError('x is undefined')
    }
    const result = await runHandler(
      'recovery:clear',
      crashing,
      ['app://release-desk'],
      appEvent,
      {},
    )
    expect(result).toEqual({
      ok: false,
      error: 'Release Desk could not finish this action (x is undefined).',
    })
    expect(errorLog).toHaveBeenCalled()
    errorLog.mockRestore()
  })

  it('trusts the dev server only in an unpackaged build, and only its exact origin', async () => {
    const ok = async (): Promise<null> => null
    const dev = trustedOrigins('http://localhost:5173/', false)
    const devEvent = (url: string): never => ({ senderFrame: { url }, sender }) as never
    await expect(
      runHandler('recovery:clear', ok, dev, devEvent('http://localhost:5173/#/edit'), {}),
    ).resolves.toMatchObject({ ok: true })
    await expect(
      runHandler('recovery:clear', ok, dev, devEvent('http://localhost:5174/'), {}),
    ).resolves.toMatchObject({ ok: false })
    expect(trustedOrigins('http://localhost:5173/', true)).toEqual(['app://release-desk'])
  })
})
