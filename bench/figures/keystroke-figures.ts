import type { BenchBrowser } from '../browser'
import { openEditor } from '../browser'
import { FIGURE_KEYS, focusRevenueCell, KEYSTROKES, timeKeystrokes } from '../keystrokes'
import { summarize } from '../stats'
import type { FigureResult } from '../stats'
import { openStressRelease, STRESS_PAGES } from '../stress-release'

/** Keystroke in a figures cell → preview repainted with the new wording: the sample, then six pages. */
export async function figureKeystrokes(bench: BenchBrowser): Promise<FigureResult[]> {
  const sample = await openEditor(bench)
  let sampleSamples: number[]
  try {
    await focusRevenueCell(sample.page)
    sampleSamples = await timeKeystrokes(sample.page, FIGURE_KEYS)
  } finally {
    await sample.context.close()
  }

  const stress = await openEditor(bench)
  let stressSamples: number[]
  let units: number
  try {
    units = (await openStressRelease(stress.page)).units
    await focusRevenueCell(stress.page)
    stressSamples = await timeKeystrokes(stress.page, FIGURE_KEYS)
  } finally {
    await stress.context.close()
  }
  const how = `${KEYSTROKES.count} keystrokes ('1' / Backspace in Revenue, Q2) after ${KEYSTROKES.warmup} warm-up`
  return [
    {
      id: 'keystroke-figures-sample',
      figure: 'Figures keystroke → preview, sample',
      unit: 'ms',
      targetOn: 'p95',
      target: 16,
      summary: summarize(sampleSamples),
      note: how,
    },
    {
      id: 'keystroke-figures-stress',
      figure: `Figures keystroke → preview, ${STRESS_PAGES}-page stress`,
      unit: 'ms',
      targetOn: 'p95',
      target: 16,
      summary: summarize(stressSamples),
      note: `${how}; sample + ${units} results units (paragraph and 2-item list, ${units * 4 + 1} revenue fields)`,
    },
  ]
}
