import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron } from 'playwright-core'
import type { ElectronApplication, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { electronBinary } from './electron-binary'

/**
 * The real desktop app, driven through Playwright's Electron support: the packaged main process,
 * the sandboxed preload and the renderer together. Runs wherever Electron's binary exists
 * (`npm run test:electron`); where it cannot be had, every test is skipped with the reason printed.
 */
const ROOT = resolve(__dirname, '../..')
const SCREENSHOTS = join(ROOT, 'test-results/electron')
const binary = electronBinary()
if ('missing' in binary) console.warn(`[test:electron] skipped: ${binary.missing}`)

let app: ElectronApplication
let window: Page
let folder = ''

async function previewRevision(): Promise<number> {
  return Number((await window.locator('html').getAttribute('data-preview-revision')) ?? '0')
}

async function previewSettled(after: number): Promise<void> {
  await window
    .locator(`html[data-preview-revision]:not([data-preview-revision="${after}"])`)
    .waitFor({ state: 'attached' })
  await window
    .locator('[data-testid="print-view"][data-paginated="true"]')
    .waitFor({ state: 'attached' })
}

/** Answers the next save dialog with this path, as a user picking a file would. */
async function answerSaveDialog(path: string): Promise<void> {
  await app.evaluate(({ dialog }, target) => {
    dialog.showSaveDialog = (() =>
      Promise.resolve({ canceled: false, filePath: target })) as typeof dialog.showSaveDialog
    // "Show in Folder?" after an export: answer "Close".
    dialog.showMessageBox = (() =>
      Promise.resolve({ response: 1, checkboxChecked: false })) as typeof dialog.showMessageBox
  }, path)
}

async function runMenuCommand(id: string): Promise<void> {
  await app.evaluate(({ BrowserWindow }, commandId) => {
    BrowserWindow.getAllWindows()[0]?.webContents.send('menu:command', { id: commandId })
  }, id)
}

describe.skipIf('missing' in binary)('Release Desk in Electron', () => {
  beforeAll(async () => {
    if ('missing' in binary) return
    await mkdir(SCREENSHOTS, { recursive: true })
    folder = await mkdtemp(join(tmpdir(), 'release-desk-electron-'))
    app = await electron.launch({
      executablePath: binary.path,
      args: [ROOT, `--user-data-dir=${join(folder, 'user-data')}`],
      cwd: ROOT,
    })
    window = await app.firstWindow()
    await window.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' })
    await window.locator('html[data-checks-ready="true"]').waitFor({ state: 'attached' })
  })

  afterAll(async () => {
    await app?.close()
  })

  it('opens on the sample release in a sandboxed, isolated window served from app://', async () => {
    expect(window.url()).toBe('app://release-desk/index.html')
    await window
      .getByTestId('print-view')
      .getByText('IEC Announces Second Quarter Results for Fiscal 2006')
      .waitFor()
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents
      const prefs = (
        contents as unknown as { getLastWebPreferences?: () => Record<string, unknown> }
      )?.getLastWebPreferences?.()
      return prefs ?? null
    })
    if (preferences !== null) {
      expect(preferences['contextIsolation']).toBe(true)
      expect(preferences['sandbox']).toBe(true)
      expect(preferences['nodeIntegration']).toBe(false)
    }
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    )
    await window.screenshot({ path: join(SCREENSHOTS, '01-sample.png') })
  })

  it('rewords the results when a figure changes, and undo from the Edit menu brings it back', async () => {
    const cell = window.getByRole('textbox', { name: 'Revenue, Q2 fiscal 2006', exact: true })
    let before = await previewRevision()
    await cell.click()
    await window.keyboard.type('3.0m')
    await window.keyboard.press('Enter')
    await previewSettled(before)
    await window
      .getByTestId('print-view')
      .getByText(/Second quarter sales decreased by more than 50%/)
      .waitFor()
    expect(await window.title()).toMatch(/unsaved|•|\*/i)
    before = await previewRevision()
    await runMenuCommand('edit.undo')
    await previewSettled(before)
    await window
      .getByTestId('print-view')
      .getByText(/Second quarter sales increased by more than 50%/)
      .waitFor()
  })

  it('saves atomically to a .release.json the app can open again', async () => {
    const target = join(folder, 'q2.release.json')
    await answerSaveDialog(target)
    await runMenuCommand('file.saveAs')
    await vi.waitFor(() => expect(existsSync(target)).toBe(true))
    const saved = JSON.parse(await readFile(target, 'utf8')) as {
      formatVersion: number
      period: { quarter: number }
    }
    expect(saved.formatVersion).toBe(1)
    expect(saved.period.quarter).toBe(2)
  })

  it('exports a PDF through printToPDF of the same print view', async () => {
    const target = join(folder, 'q2.pdf')
    await answerSaveDialog(target)
    await runMenuCommand('file.exportPdf')
    await vi.waitFor(
      async () => expect((await readFile(target)).subarray(0, 5).toString('latin1')).toBe('%PDF-'),
      {
        timeout: 30_000,
      },
    )
  })
})
