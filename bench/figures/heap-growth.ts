import type { BenchBrowser } from '../browser'
import { openEditor } from '../browser'
import { FIGURE_KEYS, focusRevenueCell, timeKeystrokes } from '../keystrokes'
import type { FigureResult } from '../stats'

const EDITS = 1_000

/**
 * JS heap growth after 1,000 edits: the heap in use after a forced garbage collection (CDP
 * HeapProfiler.collectGarbage, then Runtime.getHeapUsage), before and after 1,000 figure edits,
 * each one waited for until the preview repainted. Undo history is part of what is measured.
 */
export async function heapGrowth(bench: BenchBrowser): Promise<FigureResult> {
  const editor = await openEditor(bench)
  try {
    const cdp = await editor.context.newCDPSession(editor.page)
    const heapAfterGc = async (): Promise<number> => {
      await cdp.send('HeapProfiler.collectGarbage')
      await cdp.send('HeapProfiler.collectGarbage')
      return (await cdp.send('Runtime.getHeapUsage')).usedSize
    }
    await focusRevenueCell(editor.page)
    // Let first-use work (fonts, lazy chunks, caches) happen before the baseline.
    await timeKeystrokes(editor.page, FIGURE_KEYS, { warmup: 0, count: 20 })
    const before = await heapAfterGc()
    await timeKeystrokes(editor.page, FIGURE_KEYS, { warmup: 0, count: EDITS })
    const after = await heapAfterGc()
    const growth = (after - before) / 1_000_000
    return {
      id: 'heap-growth-1000-edits',
      figure: 'JS heap growth after 1,000 edits',
      unit: 'MB',
      targetOn: 'value',
      target: 20,
      summary: { count: 1, median: growth, p95: growth, max: growth },
      note: `used heap after GC: ${(before / 1_000_000).toFixed(1)} MB before, ${(after / 1_000_000).toFixed(1)} MB after (MB = 10^6 bytes)`,
    }
  } finally {
    await editor.context.close()
  }
}
