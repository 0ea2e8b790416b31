import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { previewRevision, previewSettled } from './support/app-page'
import { editorSuite } from './support/editor-suite'

/**
 * The Checks tab in the system Chromium: the sample's stale web address is listed and, clicked,
 * selected in its text block; a wrong percent typed into the results appears as an error and its
 * fix puts the right one in; a final release with errors goes out only with a stated reason.
 */

const suite = editorSuite()

const preview = (page: Page) => page.getByTestId('print-view')
const checks = (page: Page) => page.getByTestId('checks-panel')
const findings = (page: Page) => checks(page).getByTestId('finding')
const block = (page: Page, name: string) =>
  page.getByTestId(`narrative-${name}`).getByRole('textbox')

async function showTab(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('tab', { name }).click()
}

type SelectionWindow = { readonly getSelection: () => { toString(): string } | null }

/** What the person has selected on the page, as the browser reports it. */
function selectedWords(page: Page): Promise<string> {
  return page.evaluate(
    () => (globalThis as unknown as SelectionWindow).getSelection()?.toString() ?? '',
  )
}

/** Words typed as a new last paragraph of the results, waited for on the page. */
async function typeNewResultsParagraph(page: Page, words: string): Promise<void> {
  await showTab(page, /^Text$/)
  await block(page, 'results').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  const before = await previewRevision(page)
  await page.keyboard.type(words)
  await previewSettled(page, before)
  await preview(page).getByText(words).waitFor()
}

describe('the checks in Chromium', () => {
  it('lists the stale web address, selects its exact words when clicked, and catches a wrong percent as it is typed', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await expect(page.getByRole('tab', { name: /^Checks/ }).textContent()).resolves.toBe('Checks1')
    await expect(page.getByTestId('checks-count').textContent()).resolves.toBe('Checks: 1 error')

    await showTab(page, /^Checks/)
    await findings(page).first().waitFor()
    expect(await findings(page).count()).toBe(1)
    const stale = findings(page).first()
    await expect(stale.textContent()).resolves.toContain('Web reference')
    await expect(stale.locator('q').textContent()).resolves.toBe('3rd-quarter06')
    await app.screenshot('checks-01-stale-web-address')

    // Clicked, the finding opens the Text tab with the very words selected in the web reference.
    await stale.getByRole('button', { name: /3rd-quarter06/ }).click()
    await expect(
      page.getByRole('tab', { name: /^Text$/ }).getAttribute('aria-selected'),
    ).resolves.toBe('true')
    await expect(selectedWords(page)).resolves.toBe('3rd-quarter06')
    await expect(
      page.locator('[data-testid="narrative-webReference"] [contenteditable]:focus').count(),
    ).resolves.toBe(1)
    await app.screenshot('checks-02-words-selected')

    // A new sentence with the wrong percent: 19.1% is the change from the same quarter a year ago.
    await typeNewResultsParagraph(page, 'Sales rose 21% from the same quarter in fiscal 2005.')
    await expect(page.getByTestId('checks-count').textContent()).resolves.toBe('Checks: 2 errors')
    await showTab(page, /^Checks/)
    const wrong = findings(page).filter({ hasText: 'not 21%' })
    await wrong.waitFor()
    await expect(wrong.textContent()).resolves.toContain('Results, paragraph 4')
    await expect(wrong.locator('q').textContent()).resolves.toBe('21%')
    await app.screenshot('checks-03-wrong-percent')

    // Its fix puts the right percent in the text and on the page.
    const before = await previewRevision(page)
    await wrong.getByRole('button', { name: 'Replace with 19%' }).click()
    await previewSettled(page, before)
    await preview(page).getByText('Sales rose 19% from the same quarter in fiscal 2005.').waitFor()
    await expect(findings(page).count()).resolves.toBe(1)
    await expect(page.getByTestId('checks-count').textContent()).resolves.toBe('Checks: 1 error')

    // And the web address's fix leaves nothing to report.
    await findings(page).first().getByRole('button', { name: 'Replace with 2nd-quarter06' }).click()
    await checks(page).getByText('No problems found').waitFor()
    await preview(page)
      .getByText(/www\.iec-electronics\.com\/2nd-quarter06release/)
      .waitFor()
    await expect(page.getByTestId('checks-count').textContent()).resolves.toBe(
      'Checks: no problems',
    )
    await expect(page.getByRole('tab', { name: /^Checks/ }).textContent()).resolves.toBe('Checks')
    await app.screenshot('checks-07-no-problems')
  })

  it('asks a final release with errors for a reason before exporting it, and keeps the reason in Checks', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await page.getByRole('checkbox', { name: 'Final' }).click()
    const markFinal = page.getByRole('alertdialog', { name: 'Mark the release final?' })
    await markFinal.getByRole('button', { name: 'Mark final anyway' }).click()
    await page.getByRole('checkbox', { name: /Final/ }).waitFor()

    await page.getByRole('button', { name: 'Word' }).click()
    const gate = page.getByRole('alertdialog', { name: 'The checks found 1 error' })
    await gate.waitFor()
    await app.screenshot('checks-04-final-gate')
    await gate.getByRole('button', { name: 'Export anyway\u2026' }).click()
    const ask = page.getByRole('dialog', { name: 'Why export with 1 error?' })
    await ask.getByRole('button', { name: 'Export as final' }).click()
    await ask.getByRole('alert').filter({ hasText: 'Write the reason' }).waitFor()
    await ask
      .getByRole('textbox', { name: 'Reason' })
      .fill('Legal approved the web address as printed.')
    await app.screenshot('checks-05-reason')
    await ask.getByRole('button', { name: 'Export as final' }).click()
    await page.getByText(/Exported the Word document to/).waitFor()

    await showTab(page, /^Checks/)
    const note = page.getByTestId('checks-override')
    await expect(note.textContent()).resolves.toContain(
      'Exported as final despite 1 error: Legal approved the web address as printed.',
    )
    await app.screenshot('checks-06-reason-recorded')
  })
})
