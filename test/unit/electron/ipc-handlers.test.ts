import { chmod, mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Channel } from '../../../renderer/src/contract/bridge-contract'
import { pdfOptions, toElectronPrintToPdfOptions } from '../../../renderer/src/export/pdf-options'
import { APP_ORIGIN } from '../../../electron/main/app-origin'
import { createDocumentWindows } from '../../../electron/main/document-windows'
import { stampFile } from '../../../electron/files/file-stamp'
import { runHandler } from '../../../electron/main/ipc'
import type { HandlerMap } from '../../../electron/main/ipc'
import { safeFileName } from '../../../electron/main/dialogs'
import { createGrantedPaths } from '../../../electron/main/granted-paths'
import type { GrantedPaths } from '../../../electron/main/granted-paths'
import { createHandlers } from '../../../electron/main/ipc-handlers'
import { CONFLICT_PREFIX } from '../../../electron/main/ipc-documents'
import { createRecentFiles } from '../../../electron/main/recent-files'
import { createRecoveryStore } from '../../../electron/main/recovery-store'
import { dialog, shell } from './helpers/electron-mock'
import { useTempFolder } from './helpers/temp-folder'

vi.mock('electron', () => import('./helpers/electron-mock'))

/**
 * The real handlers behind the wrapper, on the real file system; only the system dialogs and the
 * page (printing) are stand-ins.
 */

const folder = useTempFolder()
const ZIP_BYTES = Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0])

const page = {
  id: 3,
  printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 test')),
  print: vi.fn((_options: unknown, callback: (success: boolean, reason: string) => void) =>
    callback(true, ''),
  ),
}

let handlers: HandlerMap
let granted: GrantedPaths
let onRecentChanged: ReturnType<typeof vi.fn<() => void>>
const windows = createDocumentWindows()

function call<C extends Channel>(channel: C, request: unknown): Promise<unknown> {
  return runHandler(
    channel,
    handlers[channel],
    [APP_ORIGIN],
    { senderFrame: { url: `${APP_ORIGIN}/index.html` }, sender: page } as never,
    request,
  )
}

beforeEach(() => {
  vi.clearAllMocks()
  onRecentChanged = vi.fn<() => void>()
  const recent = createRecentFiles(join(folder(), 'user', 'recent-files.json'))
  granted = createGrantedPaths({ recentList: recent.list, platform: 'linux' })
  handlers = createHandlers({
    recent,
    recovery: createRecoveryStore(join(folder(), 'user', 'Recovery')),
    windows,
    granted,
    platform: 'linux',
    onRecentChanged,
    onStateChanged: vi.fn(),
  })
})

describe('document:save', () => {
  it('refuses with a CONFLICT sentence when the file changed on disk since it was opened', async () => {
    const path = join(folder(), 'q3.release.json')
    await writeFile(path, 'as opened')
    await granted.grant(path)
    const expected = await stampFile(path)
    await writeFile(path, 'a colleague saved this')
    const result = await call('document:save', {
      path,
      text: 'my edits',
      expected,
      overwriteChanged: false,
    })
    expect(result).toMatchObject({ ok: false })
    expect((result as { error: string }).error.startsWith(CONFLICT_PREFIX)).toBe(true)
    expect(await readFile(path, 'utf8')).toBe('a colleague saved this')
  })

  it('replaces the changed file when asked to overwrite, and returns the new stamp', async () => {
    const path = join(folder(), 'q3.release.json')
    await writeFile(path, 'as opened')
    await granted.grant(path)
    const expected = await stampFile(path)
    await writeFile(path, 'a colleague saved this')
    const result = await call('document:save', {
      path,
      text: 'my edits',
      expected,
      overwriteChanged: true,
    })
    expect(result).toEqual({ ok: true, value: { path, stamp: await stampFile(path) } })
    expect(await readFile(path, 'utf8')).toBe('my edits')
    expect(onRecentChanged).toHaveBeenCalled()
  })

  it('saves over a file that was only touched', async () => {
    const path = join(folder(), 'q3.release.json')
    await writeFile(path, 'as opened')
    await granted.grant(path)
    const expected = { ...(await stampFile(path)), mtimeMs: 1 }
    await expect(
      call('document:save', { path, text: 'v2', expected, overwriteChanged: false }),
    ).resolves.toMatchObject({ ok: true })
  })

  it('shows Save As when there is no path, adding .release.json to a bare name', async () => {
    windows.update(page.id, { title: 'Q3 2025: results' })
    dialog.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: join(folder(), 'Q3 results'),
    })
    const result = await call('document:save', {
      path: null,
      text: '{}',
      expected: null,
      overwriteChanged: false,
    })
    expect(result).toMatchObject({
      ok: true,
      value: { path: join(folder(), 'Q3 results.release.json') },
    })
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: 'Q3 2025 results.release.json' }),
    )
  })

  it('answers null when Save As is cancelled, and forgets a close waiting for the save', async () => {
    windows.update(page.id, { closeAfterSave: true })
    await expect(
      call('document:save', { path: null, text: '{}', expected: null, overwriteChanged: false }),
    ).resolves.toEqual({ ok: true, value: null })
    expect(windows.get(page.id).closeAfterSave).toBe(false)
  })

  it('refuses paths that are not absolute .json files', async () => {
    for (const path of ['relative.release.json', join(folder(), 'notes.txt')]) {
      await expect(
        call('document:save', { path, text: 'x', expected: null, overwriteChanged: false }),
      ).resolves.toMatchObject({ ok: false })
    }
  })
})

describe('document:open and document:recent', () => {
  it('opens a given path with its stamp and remembers it', async () => {
    const path = join(folder(), 'q2.release.json')
    await writeFile(path, '{"quarter":2}')
    await granted.grant(path)
    await expect(call('document:open', { path })).resolves.toEqual({
      ok: true,
      value: { path, text: '{"quarter":2}', stamp: await stampFile(path) },
    })
    await expect(call('document:recent', {})).resolves.toEqual({ ok: true, value: [path] })
  })

  it('answers null when the open dialog is cancelled and explains a missing file', async () => {
    await expect(call('document:open', { path: null })).resolves.toEqual({ ok: true, value: null })
    const missing = join(folder(), 'missing.release.json')
    await granted.grant(missing)
    await expect(call('document:open', { path: missing })).resolves.toEqual({
      ok: false,
      error: expect.stringContaining('could not be found'),
    })
  })
})

describe('recovery channels', () => {
  it('write, read and clear the recovery copy', async () => {
    await expect(call('recovery:write', { path: null, text: 'draft' })).resolves.toEqual({
      ok: true,
      value: null,
    })
    await expect(call('recovery:read', {})).resolves.toMatchObject({
      ok: true,
      value: { path: null, text: 'draft' },
    })
    await call('recovery:clear', {})
    await expect(call('recovery:read', {})).resolves.toEqual({ ok: true, value: null })
  })
})

describe('exports and printing', () => {
  it('writes DOCX bytes where the person chose, with the .docx extension', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: join(folder(), 'Q3 release'),
    })
    const result = await call('export:docx', {
      suggestedName: 'Q3 release.docx',
      data: ZIP_BYTES.toString('base64'),
    })
    const path = join(folder(), 'Q3 release.docx')
    expect(result).toEqual({ ok: true, value: { path } })
    expect(await readFile(path)).toEqual(ZIP_BYTES)
  })

  it('refuses DOCX data that is not a Word package', async () => {
    const result = await call('export:docx', {
      suggestedName: 'Q3.docx',
      data: Buffer.from('hello').toString('base64'),
    })
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringContaining('Word document could not be created'),
    })
    expect(dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('prints the page to PDF with the shared PDF options and offers to show it', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: join(folder(), 'Q3.pdf'),
    })
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false })
    const result = await call('export:pdf', { suggestedName: 'Q3.pdf', pageSize: 'a4', title: 'Q3', author: 'IEC' })
    expect(result).toEqual({ ok: true, value: { path: join(folder(), 'Q3.pdf') } })
    expect(page.printToPDF).toHaveBeenCalledWith(toElectronPrintToPdfOptions(pdfOptions('a4')))
    expect(await readFile(join(folder(), 'Q3.pdf'), 'utf8')).toBe('%PDF-1.7 test')
    await vi.waitFor(() =>
      expect(shell.showItemInFolder).toHaveBeenCalledWith(join(folder(), 'Q3.pdf')),
    )
  })

  it('does not print to PDF when the save dialog is cancelled', async () => {
    await expect(
      call('export:pdf', { suggestedName: 'Q3.pdf', pageSize: 'letter', title: 'Q3', author: 'IEC' }),
    ).resolves.toEqual({ ok: true, value: null })
    expect(page.printToPDF).not.toHaveBeenCalled()
  })

  it('opens the system print dialog with the page size; cancelling is not an error', async () => {
    await expect(call('print:show', { pageSize: 'letter' })).resolves.toEqual({
      ok: true,
      value: null,
    })
    expect(page.print).toHaveBeenCalledWith(
      { pageSize: 'Letter', printBackground: true },
      expect.any(Function),
    )
    page.print.mockImplementationOnce((_options, callback) => callback(false, 'Print job canceled'))
    await expect(call('print:show', { pageSize: 'a4' })).resolves.toEqual({ ok: true, value: null })
    page.print.mockImplementationOnce((_options, callback) => callback(false, 'Print job failed'))
    await expect(call('print:show', { pageSize: 'a4' })).resolves.toMatchObject({
      ok: false,
      error: expect.stringContaining('could not be printed'),
    })
  })

  it('records the window state for the close prompt', async () => {
    await call('window:state', { title: 'Q3 2025', dirty: true })
    expect(windows.get(page.id)).toMatchObject({ title: 'Q3 2025', dirty: true })
  })
})

describe('file names from release titles', () => {
  it('drops separators, reserved and control characters and trailing dots', () => {
    expect(safeFileName('Q3 2025: results / "final"\u0007...', 'Untitled')).toBe(
      'Q3 2025 results final',
    )
    expect(safeFileName(' .. ', 'Untitled release')).toBe('Untitled release')
  })
})

describe('only files the person chose', () => {
  const save = (path: string, text: string) =>
    call('document:save', { path, text, expected: null, overwriteChanged: false })

  it('refuses to open or save a path no dialog, launch or recent entry granted', async () => {
    const settings = join(folder(), 'settings.json')
    await writeFile(settings, '{"secret":true}')
    await expect(call('document:open', { path: settings })).resolves.toEqual({
      ok: false,
      error: expect.stringContaining('was not chosen in this session. Use Open or Save As'),
    })
    await expect(save(settings, 'overwritten')).resolves.toMatchObject({ ok: false })
    expect(await readFile(settings, 'utf8')).toBe('{"secret":true}')
  })

  it('grants what the Open and Save As dialogs return', async () => {
    const path = join(folder(), 'q4.release.json')
    await writeFile(path, '{"q":4}')
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] })
    await expect(call('document:open', { path: null })).resolves.toMatchObject({ ok: true })
    await expect(save(path, 'edited')).resolves.toMatchObject({ ok: true })
    const other = join(folder(), 'copy.release.json')
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: other })
    await call('document:save', {
      path: null,
      text: 'copy',
      expected: null,
      overwriteChanged: false,
    })
    await expect(call('document:open', { path: other })).resolves.toMatchObject({ ok: true })
  })

  it('grants the files on the recent list, as after a restart', async () => {
    const path = join(folder(), 'q2.release.json')
    await writeFile(path, '{"q":2}')
    await mkdir(join(folder(), 'user'), { recursive: true })
    await writeFile(join(folder(), 'user', 'recent-files.json'), JSON.stringify([path]))
    await expect(call('document:open', { path })).resolves.toMatchObject({
      ok: true,
      value: { text: '{"q":2}' },
    })
  })

  it('resolves symbolic links first: "trap.json" pointing at a script is never written', async () => {
    const victim = join(folder(), 'victim.sh')
    await writeFile(victim, '#!/bin/sh\necho hello\n')
    const trap = join(folder(), 'trap.json')
    await symlink(victim, trap)
    await expect(save(trap, '{"pwned":true}')).resolves.toMatchObject({ ok: false })
    // Even when the link itself was chosen, its real name must be a release file.
    await granted.grant(trap)
    await expect(save(trap, '{"pwned":true}')).resolves.toMatchObject({
      ok: false,
      error: expect.stringContaining('is not a release file'),
    })
    expect(await readFile(victim, 'utf8')).toBe('#!/bin/sh\necho hello\n')
  })

  it('saves through a chosen link to another release', async () => {
    const real = join(folder(), 'shared-q3.release.json')
    const link = join(folder(), 'q3.release.json')
    await writeFile(real, 'old')
    await symlink(real, link)
    await granted.grant(link)
    await expect(save(link, 'new')).resolves.toMatchObject({ ok: true, value: { path: link } })
    expect(await readFile(real, 'utf8')).toBe('new')
  })
})

describe('saves of one release', () => {
  it('run one after another: two saves at once both succeed and the newer text stays', async () => {
    const path = join(folder(), 'q3.release.json')
    await writeFile(path, 'as opened')
    await granted.grant(path)
    const expected = await stampFile(path)
    const [first, second] = await Promise.all([
      call('document:save', { path, text: 'first edit', expected, overwriteChanged: false }),
      call('document:save', { path, text: 'second edit', expected, overwriteChanged: false }),
    ])
    expect(first).toMatchObject({ ok: true })
    expect(second).toEqual({ ok: true, value: { path, stamp: await stampFile(path) } })
    expect(await readFile(path, 'utf8')).toBe('second edit')
  })

  it('still report a colleague’s save that lands between two of ours', async () => {
    const path = join(folder(), 'q3.release.json')
    await writeFile(path, 'as opened')
    await granted.grant(path)
    const expected = await stampFile(path)
    await call('document:save', { path, text: 'first edit', expected, overwriteChanged: false })
    await writeFile(path, 'a colleague saved this')
    const result = await call('document:save', {
      path,
      text: 'second edit',
      expected,
      overwriteChanged: false,
    })
    expect((result as { error: string }).error).toMatch(/^CONFLICT:/)
    expect(await readFile(path, 'utf8')).toBe('a colleague saved this')
  })

  it('refuses a read-only release with a sentence that offers Save As', async () => {
    const path = join(folder(), 'q3.release.json')
    await writeFile(path, 'as opened')
    await chmod(path, 0o444)
    await granted.grant(path)
    await expect(
      call('document:save', { path, text: 'mine', expected: null, overwriteChanged: true }),
    ).resolves.toEqual({
      ok: false,
      error: expect.stringContaining(
        'is marked read-only, so Release Desk did not replace it. Use Save As',
      ),
    })
    expect(await readFile(path, 'utf8')).toBe('as opened')
  })
})
