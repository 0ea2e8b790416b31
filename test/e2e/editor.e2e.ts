import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { previewRevision, previewSettled } from './support/app-page'
import { editorSuite } from './support/editor-suite'

/**
 * The editor as a person uses it, in the system Chromium: figures typed into the grid change the
 * words in the text and on the printed page; undo takes them back; the letterhead can be left to
 * pre-printed paper. Every test also checks that nothing went to the console or off the machine.
 */

const suite = editorSuite()

const preview = (page: Page) => page.getByTestId('print-view')
const resultsEditor = (page: Page) => page.getByTestId('narrative-results')

function cell(page: Page, name: string) {
  return page.getByRole('textbox', { name, exact: true })
}

/** Types into a figures cell as a person does: click (which selects the old value), type, Enter. */
async function typeFigure(page: Page, name: string, text: string): Promise<void> {
  const before = await previewRevision(page)
  await cell(page, name).click()
  await page.keyboard.type(text)
  await page.keyboard.press('Enter')
  await previewSettled(page, before)
}

async function showTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click()
}

describe('the editor in Chromium', () => {
  it('opens the sample with no console errors and no request leaving 127.0.0.1', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await preview(page).getByText('IEC Announces Second Quarter Results for Fiscal 2006').waitFor()
    expect(await page.getByTestId('page').count()).toBeGreaterThanOrEqual(1)
    await expect(page.title()).resolves.toBe('Untitled release \u2014 Release Desk')
    expect(app.requests.every((url) => new URL(url).hostname === '127.0.0.1')).toBe(true)
    // Every figure in the grid shows whole ("10,900,000", not "10,900,…"): the grid scrolls sideways instead.
    const clipped = await page.locator('.figure-cell__input').evaluateAll((inputs) =>
      inputs.filter((input) => input.scrollWidth > input.clientWidth).map((input) => input.getAttribute('aria-label')),
    )
    expect(clipped).toEqual([])
    await app.screenshot('01-sample-opened')
  })

  it('turns "increased" into "decreased" when this quarter\'s revenue falls to 3.0 million, and undo brings it all back', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await expect(
      preview(page)
        .getByText(/Second quarter sales increased by more than 50% from the previous quarter/)
        .count(),
    ).resolves.toBe(1)

    // (a) 5.6 million becomes 3.0 million: the previous quarter (derived) is now larger, so sales fell.
    await typeFigure(page, 'Revenue, Q2 fiscal 2006', '3.0m')
    await expect(cell(page, 'Revenue, Q2 fiscal 2006').inputValue()).resolves.toBe('3,000,000')
    await preview(page)
      .getByText(/Second quarter sales decreased by more than 50% from the previous quarter/)
      .waitFor()
    await preview(page)
      .getByText(/on revenue of \$3\.0 million for the quarter/)
      .waitFor()
    await showTab(page, 'Text')
    await resultsEditor(page)
      .getByText(/decreased by more than 50% from the previous quarter/)
      .waitFor()
    await expect(resultsEditor(page).textContent()).resolves.not.toMatch(/sales increased/)
    await app.screenshot('02-revenue-decreased')

    // (b) the quarter's net loss becomes a profit: the wording says net income.
    await showTab(page, 'Figures')
    await typeFigure(page, 'Net income (loss), Q2 fiscal 2006', '168,000')
    await preview(page)
      .getByText(/The Company reported a net income of \$168,000/)
      .waitFor()
    await expect(
      preview(page)
        .getByText(/a net loss of \$\(168,000\)/)
        .count(),
    ).resolves.toBe(0)
    await showTab(page, 'Text')
    await resultsEditor(page).getByText('a net income of $168,000').waitFor()
    await expect(page.getByTestId('save-state').textContent()).resolves.toBe('Unsaved changes')
    await app.screenshot('03-net-income')

    // (c) two undos: the net income edit, then the revenue edit.
    const before = await previewRevision(page)
    await page.keyboard.press('Control+z')
    await page.keyboard.press('Control+z')
    await previewSettled(page, before)
    await preview(page)
      .getByText(/Second quarter sales increased by more than 50% from the previous quarter/)
      .waitFor()
    await preview(page)
      .getByText(/The Company reported a net loss of \$\(168,000\)/)
      .waitFor()
    await resultsEditor(page)
      .getByText(/increased by more than 50% from the previous quarter/)
      .waitFor()
    await resultsEditor(page).getByText('a net loss of $(168,000)').waitFor()
    await showTab(page, 'Figures')
    await expect(cell(page, 'Revenue, Q2 fiscal 2006').inputValue()).resolves.toBe('5,600,000')
    await expect(cell(page, 'Net income (loss), Q2 fiscal 2006').inputValue()).resolves.toBe(
      '(168,000)',
    )
    await expect(page.getByTestId('save-state').textContent()).resolves.toBe('Not saved yet')
    await app.screenshot('04-undone')
  })

  it('keeps an amount it cannot read out of the release and says why next to the cell', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await cell(page, 'Revenue, Q2 fiscal 2006').click()
    await page.keyboard.type('abc')
    await page.keyboard.press('Enter')
    const input = cell(page, 'Revenue, Q2 fiscal 2006')
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true')
    await page.getByRole('alert').filter({ hasText: '"abc" is not an amount' }).first().waitFor()
    // The words that rest on the cell say it holds no amount, rather than wording the old figure.
    await expect(
      preview(page)
        .getByText(/on revenue of \[Revenue, this quarter: not an amount\] for the quarter/)
        .count(),
    ).resolves.toBe(1)
    await expect(page.getByTestId('warning-count').textContent()).resolves.toBe('1 figure warning')
    await app.screenshot('05-invalid-figure')
  })

  it('leaves the letterhead art off for pre-printed paper, with the text starting at the same height', async () => {
    const app = await suite.openEditor()
    const { page } = app
    const firstPage = page.getByTestId('page').first()
    const textTop = async (): Promise<number> => {
      const pageBox = await firstPage.boundingBox()
      const text = await firstPage.getByText('Exhibit 99.1', { exact: true }).boundingBox()
      if (pageBox === null || text === null)
        throw new Error('the first page or its first line is not laid out')
      return text.y - pageBox.y
    }
    await expect(preview(page).getByTestId('letterhead-logo').count()).resolves.toBe(1)
    const withArt = await textTop()

    const before = await previewRevision(page)
    await page.getByTestId('preprinted-toggle').check()
    await previewSettled(page, before)
    await expect(preview(page).getByTestId('letterhead-logo').count()).resolves.toBe(0)
    await expect(preview(page).getByTestId('letterhead').count()).resolves.toBe(0)
    expect(await textTop()).toBeCloseTo(withArt, 0)
    await app.screenshot('06-preprinted')
  })
})
