import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { rich } from '../renderer/src/release/narrative-builders'
import type { BlockNode, RichText } from '../renderer/src/release/narrative-schema'
import { ROOT } from './build'
import { openRelease, previewPages } from './browser'

/**
 * The stress release: the IEC sample with its results section grown to fill six pages, made of
 * paragraphs and bulleted lists full of live fields. Every unit quotes this quarter's revenue, so
 * one keystroke in that cell rewrites the wording on every page.
 */

export const SAMPLE_TEXT = readFileSync(
  join(ROOT, 'assets/samples/iec-q2-fiscal-2006.release.json'),
  'utf8',
)
export const STRESS_PAGES = 6

function unit(index: number): BlockNode[] {
  const paragraph = rich.paragraph(
    `Segment ${index + 1}: `,
    rich.period('quarter', 'sentence'),
    ' sales of ',
    rich.amount('revenue', 'quarter'),
    ' ',
    rich.comparison('revenue', 'previousQuarter'),
    ' and ',
    rich.comparison('revenue', 'yearAgoQuarter'),
    '. The Company reported ',
    rich.result('quarter'),
    ' or ',
    rich.amount('dilutedEps', 'quarter'),
    ' per share, against ',
    rich.result('yearAgoQuarter'),
    ' a year ago.',
  )
  const item = (text: string) => ({
    type: 'listItem' as const,
    content: [rich.paragraph(text, rich.amount('revenue', 'quarter'))],
  })
  return [
    paragraph,
    {
      type: 'bulletList',
      content: [item('Orders booked against '), item('Shipments measured against ')],
    },
  ]
}

/** The sample with `units` extra results paragraphs (each followed by a two-item list). */
export function stressReleaseText(units: number): string {
  const json = JSON.parse(SAMPLE_TEXT) as { narrative: { results: RichText } }
  const extra = Array.from({ length: units }, (_, index) => unit(index)).flat()
  json.narrative.results = { type: 'doc', content: [...json.narrative.results.content, ...extra] }
  return `${JSON.stringify(json, null, 2)}\n`
}

/**
 * Finds how many units make exactly six pages in the app's own preview (its layout decides, not a
 * guess), and leaves that release open in `page`. Returns the units and the text.
 */
export async function openStressRelease(
  page: Page,
): Promise<{ readonly units: number; readonly text: string }> {
  let low = 0
  let high = 64
  let best: { units: number; text: string } | null = null
  while (low <= high) {
    const units = Math.floor((low + high) / 2)
    const text = stressReleaseText(units)
    await openRelease(page, text)
    const pages = await previewPages(page)
    if (pages === STRESS_PAGES) best = { units, text }
    if (pages <= STRESS_PAGES) low = units + 1
    else high = units - 1
  }
  if (best === null) throw new Error(`no stress release came out at exactly ${STRESS_PAGES} pages`)
  await openRelease(page, best.text)
  const pages = await previewPages(page)
  if (pages !== STRESS_PAGES)
    throw new Error(`the stress release laid out on ${pages} pages, not ${STRESS_PAGES}`)
  return best
}
