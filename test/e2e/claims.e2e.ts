import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Said } from '../unit/claims-promise/why-judge'
import { whyMismatch } from '../unit/claims-promise/why-judge'
import type { WhyBullet, WhyCase } from '../unit/claims-promise/why-table'
import {
  FALSE_CLAIMS,
  FORMS,
  IN_THOUSANDS,
  READER_BULLETS,
  ROUNDED,
  TRUE_SENTENCES,
} from '../unit/claims-promise/why-table'
import { previewRevision, previewSettled } from './support/app-page'
import { editorSuite } from './support/editor-suite'

/**
 * Issue 10's Why typed into the sample in Chromium, from the table the unit and CLI tests read:
 * each false claim appears in the Checks tab as an error at its own paragraph, with the message
 * naming the right figure; each true sentence gets none. Many sentences go into one release, so
 * the app starts once per test, not once per sentence.
 */

const suite = editorSuite()

const preview = (page: Page) => page.getByTestId('print-view')
const checks = (page: Page) => page.getByTestId('checks-panel')
const block = (page: Page, name: string) =>
  page.getByTestId(`narrative-${name}`).getByRole('textbox')

/** The sample's results block has three paragraphs: typed ones follow from the fourth. */
const FIRST_TYPED = 4

const casesOf = (bullets: readonly WhyBullet[]): readonly WhyCase[] =>
  bullets.flatMap((bullet) => bullet.cases)
const ALL = casesOf([...FALSE_CLAIMS, ...TRUE_SENTENCES, ...FORMS])
const WRONG = ALL.filter((entry) => entry.error !== null)
const TRUE = ALL.filter((entry) => entry.error === null)

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
    await preview(page).getByText(words, { exact: true }).waitFor()
  }
}

/** Everything the Checks tab lists, by the place it names ("Results, paragraph 4"). */
async function listed(page: Page): Promise<ReadonlyMap<string, readonly Said[]>> {
  await showTab(page, /^Checks/)
  // The Checks tab reads the same state as the preview, which already shows every sentence.
  await checks(page).getByTestId('finding').first().waitFor()
  const items = await checks(page)
    .getByTestId('finding')
    .evaluateAll((nodes) =>
      nodes.map((node) => ({
        error: node.classList.contains('finding--error'),
        place: node.querySelector('.finding__place')?.textContent ?? '',
        quote: node.querySelector('.finding__quote')?.textContent ?? '',
        message: node.querySelector('.finding__message')?.textContent ?? '',
      })),
    )
  const byPlace = new Map<string, Said[]>()
  for (const item of items) {
    const said: Said = {
      severity: item.error ? 'error' : 'warning',
      quote: item.quote,
      message: item.message,
    }
    byPlace.set(item.place, [...(byPlace.get(item.place) ?? []), said])
  }
  return byPlace
}

const results = (paragraph: number): string => `Results, paragraph ${paragraph}`

/** What went wrong for each typed sentence, judged on the Checks tab as the user reads it. */
async function mismatches(page: Page, cases: readonly WhyCase[], first = FIRST_TYPED) {
  const byPlace = await listed(page)
  return cases
    .map((entry, index) => whyMismatch(entry, byPlace.get(results(first + index)) ?? []))
    .filter((problem): problem is string => problem !== null)
}

/** The errors the Checks tab lists for one paragraph of the results. */
const errorsAt = (page: Page, paragraph: number) =>
  checks(page)
    .locator('li.finding--error')
    .filter({
      has: page.locator('.finding__place', { hasText: new RegExp(`^${results(paragraph)}$`) }),
    })

describe('the issue’s Why in the Checks tab', () => {
  it('lists each false claim as an error at its paragraph, naming the right figure', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await typeParagraphs(
      page,
      WRONG.map((entry) => entry.sentence),
    )
    expect(await mismatches(page, WRONG)).toEqual([])
    await app.screenshot('claims-01-false-claims')

    // "EPS fell to $0.02 from $0.01": the fix offered calls the sign wrong, never "rose".
    const fell = FIRST_TYPED + WRONG.findIndex((entry) => entry.sentence.startsWith('EPS fell'))
    const finding = errorsAt(page, fell)
    await expect(finding.getByRole('button', { name: /rose/i }).count()).resolves.toBe(0)
    await finding.getByRole('button', { name: 'Replace with $(0.02)' }).click()
    await preview(page).getByText('EPS fell to $(0.02) from $0.01.', { exact: true }).waitFor()
    await showTab(page, /^Checks/)
    await expect(errorsAt(page, fell).count()).resolves.toBe(0)
  })

  it('gives the true sentences no error, and reads "(in thousands)" table amounts at that scale', async () => {
    const app = await suite.openEditor()
    const { page } = app
    const sentences = [
      ...TRUE.map((entry) => entry.sentence),
      IN_THOUSANDS.heading,
      IN_THOUSANDS.row,
    ]
    await typeParagraphs(page, sentences)
    const table: WhyCase = { sentence: IN_THOUSANDS.row, error: null }
    expect(
      await mismatches(page, [...TRUE, { sentence: IN_THOUSANDS.heading, error: null }, table]),
    ).toEqual([])
    // The sample's one error, its stale web address, is still the only one.
    await expect(checks(page).locator('li.finding--error').count()).resolves.toBe(1)
    await app.screenshot('claims-02-true-sentences')
  })

  it('judges a percent from rounded figures only outside what their rounding allows', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await showTab(page, /^Figures$/)
    for (const [name, value] of [
      ['Revenue, Q2 fiscal 2006', ROUNDED.quarter],
      ['Revenue, Q2 fiscal 2005', ROUNDED.yearAgoQuarter],
    ] as const) {
      await page.getByRole('textbox', { name, exact: true }).click()
      const before = await previewRevision(page)
      await page.keyboard.type(value)
      await page.keyboard.press('Enter')
      await previewSettled(page, before)
    }
    const cases: readonly WhyCase[] = [
      { sentence: ROUNDED.truth, error: null },
      { sentence: ROUNDED.wrong, error: { at: ROUNDED.wrongAt, says: ROUNDED.says } },
    ]
    await typeParagraphs(
      page,
      cases.map((entry) => entry.sentence),
    )
    expect(await mismatches(page, cases)).toEqual([])
    await app.screenshot('claims-03-rounded-figures')
  })

  it('inserts a comparison card after "Sales for the second quarter" without doubling the subject', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await showTab(page, /^Text$/)
    await block(page, 'results').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    await page.keyboard.insertText('Sales for the second quarter')
    await showTab(page, /^Comparisons$/)
    const before = await previewRevision(page)
    await page
      .getByRole('button', {
        name: 'Insert Revenue, Q2 fiscal 2006 vs Q2 fiscal 2005 (year-ago quarter)',
      })
      .click()
    await previewSettled(page, before)
    const inserted =
      'Sales for the second quarter were 19% ahead of the same quarter in fiscal 2005'
    await preview(page).getByText(inserted, { exact: true }).waitFor()
    await expect(
      preview(page)
        .getByText(/sales\s+sales/i)
        .count(),
    ).resolves.toBe(0)
    await showTab(page, /^Checks/)
    await expect(errorsAt(page, FIRST_TYPED).count()).resolves.toBe(0)
    await app.screenshot('claims-04-comparison-card')
  })

  // Fails until the claim reader work (subjects qualified after the measure, cents, "negative
  // $0.04") is merged: see issue-why-reader.test.ts.
  it('the Why’s reader items', async () => {
    const app = await suite.openEditor()
    const { page } = app
    const cases = casesOf(READER_BULLETS)
    await typeParagraphs(
      page,
      cases.map((entry) => entry.sentence),
    )
    const problems = await mismatches(page, cases)
    await app.screenshot('claims-05-reader-items')
    expect(problems).toEqual([])
  })
})
