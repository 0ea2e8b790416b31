import type { BenchBrowser } from '../browser'
import { openEditor } from '../browser'
import { domNote, FIGURE_KEYS, focusRevenueCell, KEYSTROKES, timeKeystrokes } from '../keystrokes'
import type { KeystrokeTimes } from '../keystrokes'
import { summarize } from '../stats'
import type { FigureResult } from '../stats'
import { openStressRelease, STRESS_PAGES } from '../stress-release'

/** Keystroke in a figures cell → preview repainted with the new wording: the sample, then six pages. */
export async function figureKeystrokes(bench: BenchBrowser): Promise<FigureResult[]> {
  const sample = await openEditor(bench)
  let sampleTimes: KeystrokeTimes
  try {
    await focusRevenueCell(sample.page)
    sampleTimes = await timeKeystrokes(sample.page, FIGURE_KEYS)
  } finally {
    await sample.context.close()
  }

  const stress = await openEditor(bench)
  let stressTimes: KeystrokeTimes
  let units: number
  try {
    units = (await openStressRelease(stress.page)).units
    await focusRevenueCell(stress.page)
    stressTimes = await timeKeystrokes(stress.page, FIGURE_KEYS)
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
      floorTarget: 1.5,
      summary: summarize(sampleTimes.painted),
      note: `${how}; ${domNote(sampleTimes)}`,
    },
    {
      id: 'keystroke-figures-stress',
      figure: `Figures keystroke → preview, ${STRESS_PAGES}-page stress`,
      unit: 'ms',
      targetOn: 'p95',
      target: 16,
      floorTarget: 2,
      summary: summarize(stressTimes.painted),
      note: `${how}; sample + ${units} results units (a paragraph and a 2-item list, with 5 fields that follow this quarter's revenue, in each); ${domNote(stressTimes)}`,
    },
  ]
}
