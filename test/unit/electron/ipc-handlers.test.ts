import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Channel } from '../../../renderer/src/host/bridge-contract'
import { pdfOptions, toElectronPrintToPdfOptions } from '../../../renderer/src/export/pdf-options'
import { APP_ORIGIN } from '../../../electron/main/app-origin'
import { createDocumentWindows } from '../../../electron/main/document-windows'
import { stampFile } from '../../../electron/main/file-stamp'
import { runHandler } from '../../../electron/main/ipc'
import type { HandlerMap } from '../../../electron/main/ipc'
import { safeFileName } from '../../../electron/main/dialogs'
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
  handlers = createHandlers({
    recent: createRecentFiles(join(folder(), 'user', 'recent-files.json')),
    recovery: createRecoveryStore(join(folder(), 'user', 'Recovery')),
    windows,
    platform: 'linux',
    onRecentChanged,
    onStateChanged: vi.fn(),
  })
})

describe('document:save', () => {
  it('refuses with a CONFLICT sentence when the file changed on disk since it was opened', async () => {
    const path = join(folder(), 'q3.release.json')
    await writeFile(path, 'as opened')
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
    await expect(call('document:open', { path })).resolves.toEqual({
      ok: true,
      value: { path, text: '{"quarter":2}', stamp: await stampFile(path) },
    })
    await expect(call('document:recent', {})).resolves.toEqual({ ok: true, value: [path] })
  })

  it('answers null when the open dialog is cancelled and explains a missing file', async () => {
    await expect(call('document:open', { path: null })).resolves.toEqual({ ok: true, value: null })
    const missing = join(folder(), 'missing.release.json')
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
    const result = await call('export:pdf', { suggestedName: 'Q3.pdf', pageSize: 'a4' })
    expect(result).toEqual({ ok: true, value: { path: join(folder(), 'Q3.pdf') } })
    expect(page.printToPDF).toHaveBeenCalledWith(toElectronPrintToPdfOptions(pdfOptions('a4')))
    expect(await readFile(join(folder(), 'Q3.pdf'), 'utf8')).toBe('%PDF-1.7 test')
    await vi.waitFor(() =>
      expect(shell.showItemInFolder).toHaveBeenCalledWith(join(folder(), 'Q3.pdf')),
    )
  })

  it('does not print to PDF when the save dialog is cancelled', async () => {
    await expect(
      call('export:pdf', { suggestedName: 'Q3.pdf', pageSize: 'letter' }),
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
