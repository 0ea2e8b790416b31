import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { previewRevision, previewSettled } from './support/app-page'
import { editorSuite } from './support/editor-suite'

/**
 * Issue 10's sentences typed into the sample in Chromium: each false claim appears as an error in
 * the Checks tab at its own paragraph; each true sentence gets none.
 */

const suite = editorSuite()

const preview = (page: Page) => page.getByTestId('print-view')
const checks = (page: Page) => page.getByTestId('checks-panel')
const block = (page: Page, name: string) =>
  page.getByTestId(`narrative-${name}`).getByRole('textbox')

/** The sample's results block has three paragraphs: typed ones follow from the fourth. */
const FIRST_TYPED = 4

async function showTab(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('tab', { name }).click()
}

/** Types each sentence as a new last paragraph of the results, waiting for it on the page. */
async function typeParagraphs(page: Page, sentences: readonly string[]): Promise<void> {
  await showTab(page, /^Text$/)
  for (const words of sentences) {
    await block(page, 'results').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    const before = await previewRevision(page)
    // One input event for the whole sentence, as a paste gives: typing it key by key on a loaded
    // 2-core machine takes longer than the test may.
    await page.keyboard.insertText(words)
    await previewSettled(page, before)
    await preview(page).getByText(words).waitFor()
  }
}

/** The errors the Checks tab lists for one paragraph of the results. */
const errorsAt = (page: Page, paragraph: number) =>
  checks(page)
    .locator('li.finding--error')
    .filter({
      has: page.locator('.finding__place', {
        hasText: new RegExp(`^Results, paragraph ${paragraph}$`),
      }),
    })

describe('the issue’s sentences in the Checks tab', () => {
  it('lists each false claim as an error at its paragraph', async () => {
    const app = await suite.openEditor()
    const { page } = app
    const claims = [
      'Sales for the first six months decreased by more than 20%.',
      'Sales rose 56% year over year.',
      'Net loss widened to $168,000 from $73,000 a year ago.',
      'Sales were essentially flat with the previous quarter.',
    ]
    await typeParagraphs(page, claims)
    await showTab(page, /^Checks/)
    // The Checks tab reads the same state as the preview, which already shows every sentence.
    await checks(page).getByTestId('finding').first().waitFor()
    const missed: string[] = []
    for (const [index, sentence] of claims.entries()) {
      if ((await errorsAt(page, FIRST_TYPED + index).count()) === 0) missed.push(sentence)
    }
    expect(missed, (await checks(page).allTextContents()).join('\n')).toEqual([])
    await app.screenshot('claims-01-false-claims')
  })

  it('gives the true sentences no error', async () => {
    const app = await suite.openEditor()
    const { page } = app
    const truths = [
      'Aerospace sales rose 40% from the previous quarter.',
      'Second-quarter sales increased 19% to $5.6 million.',
      'During the second quarter of last year, a customer moved its orders to another supplier.',
      'We are confident about the fourth quarter.',
    ]
    await typeParagraphs(page, truths)
    await showTab(page, /^Checks/)
    // The sample's one error, its stale web address, is still the only one.
    await checks(page).getByTestId('finding').first().waitFor()
    await expect(page.getByTestId('checks-count').textContent()).resolves.toBe('Checks: 1 error')
    for (const [index, sentence] of truths.entries()) {
      const errors = await errorsAt(page, FIRST_TYPED + index).allTextContents()
      expect(errors, sentence).toEqual([])
    }
    await app.screenshot('claims-02-true-sentences')
  })
})
