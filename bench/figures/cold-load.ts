import type { BenchBrowser } from '../browser'
import { openEditor } from '../browser'
import type { ProbeGlobals } from '../page-probes'
import { summarize } from '../stats'
import type { FigureResult } from '../stats'

const WARMUP = 3
const LOADS = 20

/**
 * Cold load of the renderer to an interactive editor, with the sample: a fresh browser profile
 * (no HTTP or code cache) each time, from navigation start to the frame after the app marks itself
 * ready (data-app-ready). The frame after the first preview is reported alongside.
 */
export async function coldLoad(bench: BenchBrowser): Promise<FigureResult> {
  const ready: number[] = []
  const preview: number[] = []
  for (let index = 0; index < WARMUP + LOADS; index += 1) {
    const editor = await openEditor(bench)
    try {
      const times = await editor.page.evaluate(() =>
        (globalThis as unknown as ProbeGlobals).__bench.loadTimes(),
      )
      if (index >= WARMUP) {
        ready.push(times.ready)
        preview.push(times.preview)
      }
    } finally {
      await editor.context.close()
    }
  }
  const previewSummary = summarize(preview)
  return {
    id: 'cold-load-sample',
    figure: 'Cold load → interactive editor, sample',
    unit: 'ms',
    targetOn: 'p95',
    target: 500,
    summary: summarize(ready),
    note: `${LOADS} loads in fresh profiles after ${WARMUP} warm-up; first preview painted at median ${previewSummary.median.toFixed(0)} ms, p95 ${previewSummary.p95.toFixed(0)} ms`,
  }
}
