import { readFile as readDiskFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { previewRevision, previewSettled, ROOT } from './support/app-page'
import { editorSuite } from './support/editor-suite'
import { offerFileToOpen, putFile, readFile } from './support/test-files'

/**
 * Files in the browser host, driven without native dialogs through its in-memory test files:
 * open, save, a file changed by someone else, a file that is not a release, and crash recovery.
 */

const suite = editorSuite()
let sampleText = ''

beforeAll(async () => {
  sampleText = await readDiskFile(
    join(ROOT, 'assets/samples/iec-q2-fiscal-2006.release.json'),
    'utf8',
  )
})

const PATH = '/releases/iec-q3.release.json'
const preview = (page: Page) => page.getByTestId('print-view')

function withHeadline(text: string, headline: string): string {
  const json = JSON.parse(text) as { narrative: { headline: unknown } }
  json.narrative.headline = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: headline }] }],
  }
  return `${JSON.stringify(json, null, 2)}\n`
}

async function typeFigure(page: Page, name: string, text: string): Promise<void> {
  await page.getByRole('textbox', { name, exact: true }).click()
  await page.keyboard.type(text)
  await page.keyboard.press('Enter')
}

describe('files in the browser', () => {
  it('opens a release, saves it, and asks before overwriting one changed on disk', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await offerFileToOpen(page, PATH, withHeadline(sampleText, 'IEC Reports Third Quarter'))
    const before = await previewRevision(page)
    await page.keyboard.press('Control+o')
    await previewSettled(page, before)
    await preview(page).getByText('IEC Reports Third Quarter').waitFor()
    await expect(page.title()).resolves.toBe('iec-q3 \u2014 Release Desk')

    await typeFigure(page, 'Revenue, Q2 fiscal 2006', '5.7m')
    await page.getByTestId('save-state').filter({ hasText: 'Unsaved changes' }).waitFor()
    await expect(page.title()).resolves.toBe('iec-q3 \u2022 unsaved \u2014 Release Desk')
    await page.keyboard.press('Control+s')
    await page.getByTestId('save-state').filter({ hasText: 'All changes saved' }).waitFor()
    expect(await readFile(page, PATH)).toContain('"quarter": "5700000"')
    await expect(page.title()).resolves.toBe('iec-q3 \u2014 Release Desk')

    // Someone else saves the file; our next save must not silently replace their work.
    await putFile(page, PATH, withHeadline(sampleText, 'Their Version'))
    await typeFigure(page, 'Revenue, Q2 fiscal 2006', '5.8m')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    const dialog = page.getByRole('alertdialog')
    await dialog.getByText('The file changed on disk since you opened it. Overwrite?').waitFor()
    await app.screenshot('08-save-conflict')
    await dialog.getByRole('button', { name: 'Overwrite' }).click()
    await page.getByTestId('save-state').filter({ hasText: 'All changes saved' }).waitFor()
    const saved = await readFile(page, PATH)
    expect(saved).toContain('"quarter": "5800000"')
    expect(saved).not.toContain('Their Version')
  })

  it('refuses a file that is not a valid release, in words, and keeps the open release', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await offerFileToOpen(
      page,
      '/releases/broken.release.json',
      sampleText.replace('"5600000"', '"lots"'),
    )
    await page.getByRole('button', { name: 'Open', exact: true }).click()
    const dialog = page.getByRole('alertdialog')
    await dialog.getByText('This file could not be opened').waitFor()
    await dialog
      .getByText(
        /figures\.revenue\.quarter: expected an amount like 5600000 or "5\.6m", got "lots"/,
      )
      .waitFor()
    await app.screenshot('09-invalid-file')
    await dialog.getByRole('button', { name: 'OK' }).click()
    await expect(dialog.count()).resolves.toBe(0)
    await expect(
      preview(page)
        .getByText(/on revenue of \$5\.6 million for the quarter/)
        .count(),
    ).resolves.toBe(1)
    await expect(page.title()).resolves.toBe('Untitled release \u2014 Release Desk')
  })

  it('offers to restore unsaved work left by a crash', async () => {
    const copy = JSON.stringify({
      path: null,
      text: withHeadline(sampleText, 'Recovered Headline'),
      savedAt: '2006-04-19T15:30:00.000Z',
    })
    const app = await suite.openPage('index.html?e2e', {
      initScript: `localStorage.setItem('release-desk.recovery.v1', ${JSON.stringify(copy)})`,
    })
    const { page } = app
    await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' })
    const dialog = page.getByRole('alertdialog')
    await dialog.getByText(/^Restore unsaved work from .*2006/).waitFor()
    await app.screenshot('10-recovery-offer')
    await dialog.getByRole('button', { name: 'Restore' }).click()
    await preview(page).getByText('Recovered Headline').waitFor()
    await expect(page.getByTestId('save-state').textContent()).resolves.toBe('Unsaved changes')
  })
})

describe('the shell', () => {
  it('runs menu commands and opens files it hands over', async () => {
    const app = await suite.openEditor()
    const { page } = app
    type Emit = {
      readonly __releaseDeskTest: { readonly emit: (event: string, payload: unknown) => void }
    }
    let before = await previewRevision(page)
    await page.evaluate(() =>
      (globalThis as unknown as Emit).__releaseDeskTest.emit('menu:command', {
        id: 'view.togglePreprinted',
      }),
    )
    await previewSettled(page, before)
    await expect(preview(page).getByTestId('letterhead').count()).resolves.toBe(0)

    // A file handed over while there are unsaved changes: the app asks first.
    before = await previewRevision(page)
    await page.evaluate(
      (text) =>
        (globalThis as unknown as Emit).__releaseDeskTest.emit('file:opened', {
          path: '/releases/handed.release.json',
          text,
          stamp: { mtimeMs: 1, size: text.length, sha256: 'x' },
        }),
      withHeadline(sampleText, 'Handed Over'),
    )
    const dialog = page.getByRole('alertdialog')
    await dialog
      .getByText(
        '"Untitled release" has changes that are not saved. Save them before opening “handed.release.json”?',
      )
      .waitFor()
    await dialog.getByRole('button', { name: 'Don\u2019t Save' }).click()
    await previewSettled(page, before)
    await preview(page).getByText('Handed Over').waitFor()
    await expect(page.title()).resolves.toBe('handed \u2014 Release Desk')
    // The handed file has its own letterhead setting: the art is back.
    await preview(page).getByTestId('letterhead-logo').waitFor()
  })
})
