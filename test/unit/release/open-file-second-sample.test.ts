import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readOpenedText } from '../../../renderer/src/release/open-file'
import { paragraphText, releaseContent } from '../../../renderer/src/release/release-content'
import { figureRow } from '../../support/figure-rows'

const SAMPLES = resolve(__dirname, '../../../assets/samples')
const releaseText = readFileSync(join(SAMPLES, 'northfield-q3-2026.release.json'), 'utf8')
const figuresText = readFileSync(join(SAMPLES, 'northfield-q3-2026.figures.json'), 'utf8')

function resultsOf(text: string): string[] {
  const read = readOpenedText(text)
  if (!read.ok) throw new Error(read.error.message)
  return releaseContent(read.value.document)
    .paragraphs.filter((paragraph) => paragraph.role === 'results')
    .map(paragraphText)
}

describe('Open on the second sample (Northfield, version 2)', () => {
  it('opens the release with every measure it lists, segments and adjusted EPS included', () => {
    const read = readOpenedText(releaseText)
    if (!read.ok) throw new Error(read.error.message)
    expect(read.value.kind).toBe('release')
    expect(read.value.document.figures.measures.map((measure) => measure.label)).toContain('Test Systems revenue')
    expect(figureRow(read.value.document.figures, 'sensorsRevenue').quarter).toBe('14120000')
    expect(resultsOf(releaseText)).toContain(
      'Gross margin improved 2.5 percentage points to 40.5% from 38.0% in the same quarter in fiscal 2025. Gross margin improved 1.0 percentage point to 40.5% from 39.5% in the previous quarter. Gross margin for the first nine months of fiscal 2026 improved 1.4 percentage points to 39.8% from 38.4% in the first nine months of fiscal 2025.',
    )
  })

  it('makes from the figures file the same results paragraphs the committed release has', () => {
    const read = readOpenedText(figuresText)
    expect(read.ok && read.value.kind).toBe('figures')
    expect(resultsOf(figuresText)).toEqual(resultsOf(releaseText))
  })
})
