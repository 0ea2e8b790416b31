import { describe, expect, it } from 'vitest'
import { createBrowserHost } from '../../../../renderer/src/host/browser-host'
import type { BrowserIo } from '../../../../renderer/src/host/browser-io'
import { channels } from '../../../../renderer/src/contract/bridge-contract'
import type { Channel } from '../../../../renderer/src/contract/bridge-contract'
import { RECOVERY_KEY } from '../../../../renderer/src/host/browser-storage'

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>()
  get length(): number {
    return this.items.size
  }
  clear(): void {
    this.items.clear()
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null
  }
  removeItem(key: string): void {
    this.items.delete(key)
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value)
  }
}

function io(picks: (File | null)[] = []) {
  const downloads: { name: string; blob: Blob }[] = []
  const titles: string[] = []
  let printed = 0
  const value: BrowserIo = {
    pickFile: async () => picks.shift() ?? null,
    download: (name, blob) => downloads.push({ name, blob }),
    print: () => {
      printed += 1
    },
    setTitle: (title) => titles.push(title),
    storage: new MemoryStorage(),
    now: () => new Date('2006-04-20T10:00:00.000Z'),
  }
  return { io: value, downloads, titles, printed: () => printed }
}

/** A reply passes the contract's schema for its channel, as the Electron shell's replies do. */
function expectContractReply(channel: Channel, reply: { ok: boolean; value?: unknown }): void {
  expect(reply.ok, channel).toBe(true)
  expect(channels[channel].response.safeParse(reply.value).success, channel).toBe(true)
}

describe('the browser host', () => {
  it('opens a chosen file with a stamp, and remembers it in the recent list', async () => {
    const page = io([new File(['{"x":1}'], 'q2.release.json', { lastModified: 5 })])
    const host = createBrowserHost(page.io)
    const opened = await host['document:open']({ path: null })
    expectContractReply('document:open', opened)
    expect(opened).toMatchObject({ ok: true, value: { path: 'q2.release.json', text: '{"x":1}', stamp: { mtimeMs: 5, size: 7 } } })
    expect(opened.ok && opened.value?.stamp.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(await host['document:recent']({})).toEqual({ ok: true, value: ['q2.release.json'] })
  })

  it('answers a cancelled chooser with null, and refuses a path it cannot read', async () => {
    const host = createBrowserHost(io().io)
    expect(await host['document:open']({ path: null })).toEqual({ ok: true, value: null })
    const byPath = await host['document:open']({ path: '/etc/passwd' })
    expect(byPath.ok).toBe(false)
  })

  it('saves as a download named after the release, and says where', async () => {
    const page = io()
    const host = createBrowserHost(page.io)
    await host['window:state']({ title: 'Untitled release', dirty: true })
    expect(page.titles).toEqual(['Untitled release \u2022 unsaved \u2014 Release Desk'])
    const saved = await host['document:save']({ path: null, text: '{}\n', expected: null, overwriteChanged: false })
    expectContractReply('document:save', saved)
    expect(page.downloads.map((download) => download.name)).toEqual(['Untitled release.release.json'])
    expect(await page.downloads[0]?.blob.text()).toBe('{}\n')
  })

  it('keeps the recovery copy in storage, validated when read back', async () => {
    const page = io()
    const host = createBrowserHost(page.io)
    expect(await host['recovery:read']({})).toEqual({ ok: true, value: null })
    await host['recovery:write']({ path: null, text: '{"a":1}' })
    const read = await host['recovery:read']({})
    expectContractReply('recovery:read', read)
    expect(read).toEqual({ ok: true, value: { path: null, text: '{"a":1}', savedAt: '2006-04-20T10:00:00.000Z' } })
    page.io.storage.setItem(RECOVERY_KEY, '{"text": 5}')
    expect(await host['recovery:read']({})).toEqual({ ok: true, value: null })
    await host['recovery:clear']({})
    expect(page.io.storage.getItem(RECOVERY_KEY)).toBeNull()
  })

  it('reads a chosen logo as base64, and refuses what is not a PNG, JPEG or SVG', async () => {
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
    const png = new File([new Uint8Array(signature)], 'logo.png', { type: 'image/png' })
    const gif = new File([new Uint8Array([0x47, 0x49, 0x46])], 'logo.gif', { type: 'image/gif' })
    const host = createBrowserHost(io([png, gif]).io)
    const chosen = await host['logo:choose']({})
    expectContractReply('logo:choose', chosen)
    expect(chosen).toEqual({ ok: true, value: { mediaType: 'image/png', data: 'iVBORw0KGgo=' } })
    expect(await host['logo:choose']({})).toEqual({
      ok: false,
      error: '"logo.gif" is not a PNG, JPEG or SVG image. Choose the logo as one of those.',
    })
  })

  it('refuses a logo whose bytes are not the image its name says', async () => {
    const text = new File(['just some text, renamed'], 'logo.png', { type: 'image/png' })
    const host = createBrowserHost(io([text]).io)
    expect(await host['logo:choose']({})).toEqual({
      ok: false,
      error:
        '"logo.png" is named like a PNG file but its content is not a PNG, JPEG or SVG image. Export the logo again from your design tool and choose that file.',
    })
  })

  it('hands over a chosen workbook\'s bytes, and refuses one over 50 MB before reading it', async () => {
    const csv = new File(['Net sales,5600\n'], 'q2.csv', { type: 'text/csv' })
    const huge = new File([new Uint8Array(50 * 1024 * 1024 + 1)], 'huge.xlsx')
    const host = createBrowserHost(io([csv, huge]).io)
    const chosen = await host['workbook:open']({})
    expectContractReply('workbook:open', chosen)
    expect(chosen).toEqual({ ok: true, value: { name: 'q2.csv', data: btoa('Net sales,5600\n') } })
    expect(await host['workbook:open']({})).toEqual({
      ok: false,
      error: 'huge.xlsx is 50.0 MB, larger than the 50 MB a workbook may be; save the sheet with the figures as a workbook of its own.',
    })
  })

  it('refuses to open a file too large to be a release, before reading it', async () => {
    const huge = new File([new Uint8Array(20 * 1024 * 1024 + 1)], 'huge.release.json')
    const host = createBrowserHost(io([huge]).io)
    expect(await host['document:open']({ path: null })).toEqual({
      ok: false,
      error: '"huge.release.json" is 20.0 MB, too large to be a release file (at most 20 MB).',
    })
  })

  it('downloads DOCX bytes and prints for PDF and print', async () => {
    const page = io()
    const host = createBrowserHost(page.io)
    const exported = await host['export:docx']({ suggestedName: 'IEC Q2', data: 'UEsDBA==' })
    expect(exported).toEqual({ ok: true, value: { path: 'IEC Q2.docx' } })
    expect(new Uint8Array(await (page.downloads[0]?.blob.arrayBuffer() ?? new ArrayBuffer(0)))).toEqual(
      new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
    )
    expectContractReply('export:pdf', await host['export:pdf']({ suggestedName: 'IEC Q2', pageSize: 'letter', title: 'IEC Q2', author: 'IEC' }))
    expectContractReply('print:show', await host['print:show']({ pageSize: 'a4' }))
    expect(page.printed()).toBe(2)
  })

  it('refuses a request the contract does not allow', async () => {
    const host = createBrowserHost(io().io)
    const reply = await host['window:state']({ title: 'x'.repeat(501), dirty: false })
    expect(reply.ok).toBe(false)
  })

  it('in end-to-end runs, opens and saves in memory and reports a file changed since it was opened', async () => {
    const host = createBrowserHost(io().io, { e2e: true })
    const files = host.testFiles
    if (files === null) throw new Error('expected the test file registry')
    files.put('/r/iec.release.json', 'first')
    const opened = await host['document:open']({ path: '/r/iec.release.json' })
    if (!opened.ok || opened.value === null) throw new Error('expected the file to open')
    files.put('/r/iec.release.json', 'changed elsewhere')
    const refused = await host['document:save']({ path: '/r/iec.release.json', text: 'mine', expected: opened.value.stamp, overwriteChanged: false })
    expect(refused.ok === false && refused.error).toMatch(/^CONFLICT:/)
    const forced = await host['document:save']({ path: '/r/iec.release.json', text: 'mine', expected: opened.value.stamp, overwriteChanged: true })
    expectContractReply('document:save', forced)
    expect(files.files.get('/r/iec.release.json')?.text).toBe('mine')
  })

  it('delivers shell events to listeners until they unsubscribe', () => {
    const host = createBrowserHost(io().io, { e2e: true })
    const seen: string[] = []
    const off = host.on('menu:command', ({ id }) => seen.push(id))
    host.testFiles?.emit('menu:command', { id: 'file.save' })
    off()
    host.testFiles?.emit('menu:command', { id: 'file.open' })
    expect(seen).toEqual(['file.save'])
  })
})
