import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { AMOUNTS_SHOWN, amountsIn, sampleWithHiddenText } from '../support/invisible-text'
import { previewRevision, previewSettled, ROOT } from './support/app-page'
import { editorSuite } from './support/editor-suite'
import { offerFileToOpen } from './support/test-files'

/**
 * Text pasted from a web page or a chat with a right-to-left override inside "$5.6 million" (shown
 * as "$6.5 million" while it is there) and a zero-width space inside the percent: in Chromium the
 * page shows, the checks read and the printed PDF draws the same digits, and the wrong percent
 * typed around the amount is still caught.
 */

const suite = editorSuite()
const run = promisify(execFile)
const PDF_DIR = join(ROOT, 'test-results/e2e')

const preview = (page: Page) => page.getByTestId('print-view')
const findings = (page: Page) => page.getByTestId('checks-panel').getByTestId('finding')
const block = (page: Page, name: string) =>
  page.getByTestId(`narrative-${name}`).getByRole('textbox')

const PASTED =
  'Revenue was $\u202E5.6\u202C million, up 2\u200B5% from the same quarter a year ago.'
const SHOWN = 'Revenue was $5.6 million, up 25% from the same quarter a year ago.'

/** What the paste below uses of the page's globals (the tests are typed without the DOM's types). */
type PasteGlobals = {
  readonly DataTransfer: new () => { setData(type: string, value: string): void }
  readonly ClipboardEvent: new (type: string, init: Readonly<Record<string, unknown>>) => object
  readonly document: { readonly activeElement: { dispatchEvent(event: object): boolean } | null }
}

/** Pastes into the focused editor as the browser does when the person presses Ctrl+V. */
async function paste(page: Page, data: Readonly<Record<string, string>>): Promise<void> {
  await page.evaluate((items) => {
    const page = globalThis as unknown as PasteGlobals
    const transfer = new page.DataTransfer()
    for (const [type, value] of Object.entries(items)) transfer.setData(type, value)
    const target = page.document.activeElement
    if (target === null) throw new Error('nothing has the focus to paste into')
    target.dispatchEvent(
      new page.ClipboardEvent('paste', {
        clipboardData: transfer,
        bubbles: true,
        cancelable: true,
      }),
    )
  }, data)
}

/** Pastes into a new last paragraph of the results and waits for the page to show it. */
async function pasteIntoResults(page: Page, data: Readonly<Record<string, string>>): Promise<void> {
  await page.getByRole('tab', { name: /^Text$/ }).click()
  await block(page, 'results').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  const before = await previewRevision(page)
  await paste(page, data)
  await previewSettled(page, before)
}

/** The page printed as the person prints it, read back by poppler: the glyphs in the order drawn. */
async function printedText(page: Page, name: string): Promise<string> {
  await mkdir(PDF_DIR, { recursive: true })
  const path = join(PDF_DIR, `${name}.pdf`)
  await writeFile(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }))
  return (await run('pdftotext', [path, '-'])).stdout.replace(/\s+/g, ' ')
}

/** The wrong percent is reported with the words the person sees. */
async function expectWrongPercentCaught(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /^Checks/ }).click()
  const wrong = findings(page).filter({ hasText: 'not 25%' })
  await wrong.waitFor()
  await expect(wrong.locator('q').textContent()).resolves.toBe('25%')
}

describe('pasted text with invisible characters', () => {
  it('shows and checks the same digits when pasted as plain text', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await pasteIntoResults(page, { 'text/plain': PASTED })
    await preview(page).getByText(SHOWN, { exact: true }).waitFor()
    await expect(block(page, 'results').getByText(SHOWN, { exact: true }).count()).resolves.toBe(1)
    await app.screenshot('pasted-text-01-plain')
    const printed = await printedText(page, 'pasted-text-plain')
    expect(printed).toContain(SHOWN)
    expect(printed).not.toContain('6.5 million')
    await expectWrongPercentCaught(page)
    await app.screenshot('pasted-text-02-checks')
  })

  it('shows and checks the same digits when pasted as HTML with an override element', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await pasteIntoResults(page, {
      'text/html':
        '<p>Revenue was <b>$&#x202E;5.6&#x202C; million</b>, up <bdo dir="rtl">2&#8203;5</bdo>% from the same quarter a year ago.</p>',
      'text/plain': PASTED,
    })
    // <bdo> reverses what it holds on screen; the editor keeps its words, never its direction.
    await preview(page).getByText(SHOWN, { exact: true }).waitFor()
    const printed = await printedText(page, 'pasted-text-html')
    expect(printed).toContain(SHOWN)
    await expectWrongPercentCaught(page)
    await app.screenshot('pasted-text-03-html')
  })

  it('shows the amounts a reader sees in a file opened with them, on the page and in print', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await offerFileToOpen(
      page,
      '/releases/hidden.release.json',
      JSON.stringify(sampleWithHiddenText()),
    )
    const before = await previewRevision(page)
    await page.keyboard.press('Control+o')
    await previewSettled(page, before)
    // Fullwidth digits are kept as ASCII: the typeface has no glyph for them, and the PDF printed "$ . million".
    await preview(page).getByText('Backlog stood at $9.9 million.').waitFor()
    const shown = amountsIn((await preview(page).textContent()) ?? '')
    expect(shown.slice(-AMOUNTS_SHOWN.length)).toEqual(AMOUNTS_SHOWN)
    const printed = amountsIn(await printedText(page, 'pasted-text-opened'))
    expect(printed.slice(-AMOUNTS_SHOWN.length)).toEqual(AMOUNTS_SHOWN)
    await app.screenshot('pasted-text-04-opened')
  })
})
