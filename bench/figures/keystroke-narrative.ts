import type { BenchBrowser } from '../browser'
import { openEditor } from '../browser'
import { domNote, focusResultsEditor, KEYSTROKES, TEXT_KEYS, timeKeystrokes } from '../keystrokes'
import { summarize } from '../stats'
import type { FigureResult } from '../stats'

/** Keystroke in the narrative editor (the results text, sample) → preview repainted. */
export async function narrativeKeystrokes(bench: BenchBrowser): Promise<FigureResult> {
  const editor = await openEditor(bench)
  try {
    await focusResultsEditor(editor.page)
    const times = await timeKeystrokes(editor.page, TEXT_KEYS)
    return {
      id: 'keystroke-narrative-sample',
      figure: 'Narrative keystroke → preview, sample',
      unit: 'ms',
      targetOn: 'p95',
      target: 16,
      floorTarget: 1.5,
      summary: summarize(times.painted),
      note: `${KEYSTROKES.count} keystrokes ('x' / Backspace at the end of the results text) after ${KEYSTROKES.warmup} warm-up; ${domNote(times)}`,
    }
  } finally {
    await editor.context.close()
  }
}
