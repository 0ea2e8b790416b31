import { LOGO_MEDIA_TYPES } from '../release/document-schema'
import type { LogoMediaType } from '../release/document-schema'
import { INPUT_LIMITS, sizeInWords } from '../release/input-limits'
import { imageTypeLabel, sniffImageType } from '../release/logo-image'
import { channels, events } from '../contract/bridge-contract'
import type {
  BridgeResult,
  Channel,
  ChannelResponse,
  FileStamp,
  ReleaseDeskBridge,
  ShellEvent,
  ShellEventPayload,
} from '../contract/bridge-contract'
import type { z } from 'zod'
import { base64ToBytes, bytesToBase64, textDigest } from './bytes'
import type { BrowserIo } from './browser-io'
import { createTestFiles } from './test-files'
import type { TestFiles } from './test-files'
import { readRecovery, rememberRecent, recentList, clearRecovery, writeRecovery } from './browser-storage'

/**
 * The bridge contract in a plain browser: files through the file chooser and downloads, the recent
 * list and the recovery copy in localStorage, printing through window.print(). Every request and
 * reply is checked against the contract, exactly as the Electron shell does.
 */

const WORKBOOK_ACCEPT =
  '.xlsx,.xlsm,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv'

type Handlers = {
  readonly [C in Channel]: (request: z.output<(typeof channels)[C]['request']>) => Promise<ChannelResponse<C>>
}

const RELEASE_ACCEPT = '.json,application/json'

async function stampOf(text: string, mtimeMs: number): Promise<FileStamp> {
  return { mtimeMs, size: new TextEncoder().encode(text).length, sha256: await textDigest(text) }
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.sha256 === b.sha256 && a.size === b.size
}

/** "Q2 results" becomes "Q2 results.release.json"; a name that already ends so is kept. */
function releaseFileName(name: string): string {
  const printable = Array.from(name, (char) => (char.charCodeAt(0) < 32 ? ' ' : char)).join('')
  const cleaned = printable.replace(/[<>:"/\\|?*]/g, ' ').trim() || 'Untitled release'
  return /\.json$/i.test(cleaned) ? cleaned : `${cleaned}.release.json`
}

function isLogoType(type: string): type is LogoMediaType {
  return (LOGO_MEDIA_TYPES as readonly string[]).includes(type)
}

export interface BrowserHost extends ReleaseDeskBridge {
  /** Present only in end-to-end runs (`?e2e`). */
  readonly testFiles: TestFiles | null
}

export function createBrowserHost(io: BrowserIo, options: { readonly e2e?: boolean } = {}): BrowserHost {
  const listeners = new Map<ShellEvent, Set<(payload: never) => void>>()
  const emit = <E extends ShellEvent>(event: E, payload: ShellEventPayload<E>): void => {
    const parsed = events[event].safeParse(payload)
    if (!parsed.success) throw new Error(`Invalid ${event} payload: ${parsed.error.message}`)
    for (const listener of listeners.get(event) ?? []) (listener as (value: unknown) => void)(parsed.data)
  }
  const testFiles = options.e2e === true ? createTestFiles(emit) : null
  let lastTitle = ''

  const handlers: Handlers = {
    'document:open': async ({ path }) => {
      const chosen = path ?? testFiles?.nextOpen ?? null
      if (testFiles !== null && chosen !== null) {
        const file = testFiles.files.get(chosen)
        if (file === undefined) throw new Error(`"${chosen}" could not be found.`)
        rememberRecent(io.storage, chosen)
        return { path: chosen, text: file.text, stamp: await stampOf(file.text, file.mtimeMs) }
      }
      if (path !== null) {
        throw new Error(`In the browser, open "${path}" with the Open command: the page cannot read files by name.`)
      }
      const file = await io.pickFile(RELEASE_ACCEPT)
      if (file === null) return null
      if (file.size > INPUT_LIMITS.fileBytes) {
        const limit = sizeInWords(INPUT_LIMITS.fileBytes)
        throw new Error(`"${file.name}" is ${sizeInWords(file.size)}, too large to be a release file (at most ${limit}).`)
      }
      const text = await file.text()
      rememberRecent(io.storage, file.name)
      return { path: file.name, text, stamp: await stampOf(text, file.lastModified) }
    },

    'document:save': async ({ path, text, expected, overwriteChanged }) => {
      if (testFiles !== null) {
        const target = path ?? testFiles.nextSaveAs
        if (target === null) return null
        const existing = testFiles.files.get(target)
        if (path !== null && existing !== undefined && expected !== null && !overwriteChanged) {
          if (!sameStamp(await stampOf(existing.text, existing.mtimeMs), expected)) {
            throw new Error(`CONFLICT: "${target}" was changed since you opened it.`)
          }
        }
        testFiles.put(target, text)
        const saved = testFiles.files.get(target)
        rememberRecent(io.storage, target)
        return { path: target, stamp: await stampOf(text, saved?.mtimeMs ?? 0) }
      }
      // A page cannot write where it read: every save is a download with the file's name.
      const name = releaseFileName(path ?? lastTitle)
      io.download(name, new Blob([text], { type: 'application/json' }))
      rememberRecent(io.storage, name)
      return { path: name, stamp: await stampOf(text, io.now().getTime()) }
    },

    'document:recent': async () => recentList(io.storage),
    'recovery:write': async ({ path, text }) => {
      writeRecovery(io.storage, { path, text, savedAt: io.now().toISOString() })
      return null
    },
    'recovery:read': async () => readRecovery(io.storage),
    'recovery:clear': async () => {
      clearRecovery(io.storage)
      return null
    },

    'window:state': async ({ title, dirty }) => {
      lastTitle = title
      io.setTitle(`${title}${dirty ? ' \u2022 unsaved' : ''} \u2014 Release Desk`)
      return null
    },

    'logo:choose': async () => {
      const file = await io.pickFile(LOGO_MEDIA_TYPES.join(','))
      if (file === null) return null
      if (!isLogoType(file.type)) {
        throw new Error(`"${file.name}" is not a PNG, JPEG or SVG image. Choose the logo as one of those.`)
      }
      if (file.size > INPUT_LIMITS.logoBytes) {
        throw new Error(`"${file.name}" is larger than ${sizeInWords(INPUT_LIMITS.logoBytes)}. Use a smaller copy of the logo.`)
      }
      const bytes = new Uint8Array(await file.arrayBuffer())
      // The browser labels a file by its name: a renamed file must not reach the letterhead.
      const actual = sniffImageType(bytes)
      if (actual !== file.type) {
        const content = actual === null ? 'not a PNG, JPEG or SVG image' : `${imageTypeLabel(actual)} image`
        throw new Error(
          `"${file.name}" is named like ${imageTypeLabel(file.type)} file but its content is ${content}. Export the logo again from your design tool and choose that file.`,
        )
      }
      return { mediaType: file.type, data: bytesToBase64(bytes) }
    },

    'workbook:open': async () => {
      const file = await io.pickFile(WORKBOOK_ACCEPT)
      if (file === null) return null
      // Refused from its size alone, before the page reads it into memory.
      if (file.size > INPUT_LIMITS.workbookBytes)
        throw new Error(
          `${file.name} is ${(file.size / (1024 * 1024)).toFixed(1)} MB, larger than the 50 MB a workbook may be; save the sheet with the figures as a workbook of its own.`,
        )
      return { name: file.name, data: bytesToBase64(new Uint8Array(await file.arrayBuffer())) }
    },

    'export:docx': async ({ suggestedName, data }) => {
      const name = /\.docx$/i.test(suggestedName) ? suggestedName : `${suggestedName}.docx`
      const blob = new Blob([base64ToBytes(data)], {
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      })
      if (testFiles !== null) testFiles.downloads.push({ name, size: blob.size, type: blob.type })
      else io.download(name, blob)
      return { path: name }
    },

    // The browser's print dialog is where a PDF is saved; which file it wrote is not ours to know.
    'export:pdf': async () => {
      if (testFiles === null) io.print()
      return null
    },
    'print:show': async () => {
      if (testFiles === null) io.print()
      return null
    },
    'shell:reveal': async () => null,
  }

  async function call<C extends Channel>(channel: C, request: unknown): Promise<BridgeResult<ChannelResponse<C>>> {
    const contract = channels[channel]
    const parsedRequest = contract.request.safeParse(request)
    if (!parsedRequest.success) return { ok: false, error: `Invalid ${channel} request: ${parsedRequest.error.issues[0]?.message ?? 'unknown problem'}` }
    try {
      const handler = handlers[channel] as (value: unknown) => Promise<unknown>
      const value = await handler(parsedRequest.data)
      const parsedReply = contract.response.safeParse(value)
      if (!parsedReply.success) return { ok: false, error: `The browser host gave an invalid ${channel} reply.` }
      return { ok: true, value: parsedReply.data as ChannelResponse<C> }
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) }
    }
  }

  const methods = Object.fromEntries(
    (Object.keys(channels) as Channel[]).map((channel) => [channel, (request: unknown) => call(channel, request)]),
  ) as unknown as { readonly [C in Channel]: ReleaseDeskBridge[C] }

  return {
    ...methods,
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set()
      set.add(listener as (payload: never) => void)
      listeners.set(event, set)
      return () => {
        set.delete(listener as (payload: never) => void)
      }
    },
    host: 'browser',
    testFiles,
  }
}
