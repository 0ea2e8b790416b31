import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkDraftText, checkRelease } from '../../renderer/src/release/checks/check-release'
import type { ReleaseDocument } from '../../renderer/src/release/document-schema'
import { readReleaseDocument } from '../../renderer/src/release/load-document'
import { releaseFacts } from '../../renderer/src/release/release-facts'
import { summarize } from '../stats'
import type { FigureResult } from '../stats'
import { SAMPLE_TEXT } from '../stress-release'
import { withRows } from '../../test/support/figure-rows'

const WARMUP = 50
const RUNS = 500

function sample(): ReleaseDocument {
  const loaded = readReleaseDocument(SAMPLE_TEXT)
  if (!loaded.ok) throw new Error(`the sample does not load: ${loaded.error}`)
  return loaded.value
}

/** The sample with this quarter's sales typed anew, as one keystroke in the figures grid leaves it. */
function withSales(document: ReleaseDocument, index: number): ReleaseDocument {
  const sales = String(5_600_000 + (index % 10) * 1000)
  return {
    ...document,
    figures: withRows(document.figures, { revenue: { quarter: sales } }),
  }
}

/**
 * `checkRelease` on the sample after a one-figure change: what the Checks tab recomputes on a
 * keystroke. The facts are computed before the clock starts (the preview needs them anyway).
 */
export function checkOnKeystroke(): FigureResult {
  const document = sample()
  const samples: number[] = []
  for (let index = 0; index < WARMUP + RUNS; index += 1) {
    const facts = releaseFacts(withSales(document, index))
    const started = performance.now()
    checkRelease(facts)
    const elapsed = performance.now() - started
    if (index >= WARMUP) samples.push(elapsed)
  }
  return {
    id: 'check-sample-keystroke',
    figure: 'Checking the sample on a keystroke',
    unit: 'ms',
    targetOn: 'p95',
    target: 5,
    summary: summarize(samples),
    note: `${RUNS} checks after ${WARMUP} warm-up, each after a change to this quarter's sales, in Node`,
  }
}

const MEGABYTE = 1024 * 1024
const BIG_RUNS = 5

/** A draft of about 1 MB: the sample's clean text and some claims, repeated, one paragraph each. */
function megabyteDraft(): readonly string[] {
  const clean = readFileSync(
    join(__dirname, '../../test/fixtures/drafts/iec-q2-2006-clean.txt'),
    'utf8',
  )
  const paragraphs = [
    ...clean.split(/\n\s*\n/).map((paragraph) => paragraph.replace(/\s+/g, ' ').trim()),
    'Sales rose 56% year over year, and net loss widened to $168,000 from $73,000 a year ago.',
    'Aerospace sales rose 40% from the previous quarter; we are confident about the fourth quarter.',
  ].filter((paragraph) => paragraph !== '')
  const draft: string[] = []
  let size = 0
  while (size < MEGABYTE) {
    for (const paragraph of paragraphs) {
      draft.push(paragraph)
      size += paragraph.length + 2
    }
  }
  return draft
}

/** `checkDraftText` on a 1 MB draft against the sample's figures: a whole Word draft, or worse. */
export function checkMegabyteText(): FigureResult {
  const facts = releaseFacts(sample())
  const draft = megabyteDraft()
  const samples: number[] = []
  for (let index = 0; index < BIG_RUNS; index += 1) {
    const started = performance.now()
    checkDraftText(draft, facts)
    samples.push(performance.now() - started)
  }
  return {
    id: 'check-megabyte-text',
    figure: 'Checking a 1 MB text',
    unit: 'ms',
    targetOn: 'value',
    target: 2000,
    summary: summarize(samples),
    note: `${BIG_RUNS} checks of ${draft.length.toLocaleString('en-US')} paragraphs against the sample's figures, in Node`,
  }
}
