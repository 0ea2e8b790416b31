import type { Page } from 'playwright-core'
import type { ProbeGlobals } from './page-probes'
import { summarize } from './stats'

/** Keystroke → repainted preview, as the probes in the page time it. */

export interface KeystrokeRun {
  readonly warmup: number
  readonly count: number
}

export const KEYSTROKES: KeystrokeRun = { warmup: 30, count: 200 }

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no repaint within ${ms} ms`)), ms)
  })
  return Promise.race([promise, guard]).finally(() => clearTimeout(timer))
}

/** Latencies after the warm-up, in ms, from each keydown. */
export interface KeystrokeTimes {
  /** To the frame that paints the new wording: the figure. */
  readonly painted: readonly number[]
  /** To the preview's DOM holding it, for the breakdown in the note. */
  readonly changed: readonly number[]
}

/**
 * Presses `keys` in turn (each must change the preview's content), one at a time: the next key
 * goes only after the previous one's repaint.
 */
export async function timeKeystrokes(
  page: Page,
  keys: readonly string[],
  run: KeystrokeRun = KEYSTROKES,
): Promise<KeystrokeTimes> {
  await page.evaluate(() => (globalThis as unknown as ProbeGlobals).__bench.arm(true))
  const total = run.warmup + run.count
  for (let index = 0; index < total; index += 1) {
    await page.keyboard.press(keys[index % keys.length] ?? '')
    await within(
      page.evaluate(
        (count) => (globalThis as unknown as ProbeGlobals).__bench.waitForSamples(count),
        index + 1,
      ),
      10_000,
      `keystroke ${index + 1} (${keys[index % keys.length] ?? ''})`,
    )
  }
  const { painted, changed } = await page.evaluate(() => {
    const probes = (globalThis as unknown as ProbeGlobals).__bench
    return { painted: probes.samples(), changed: probes.domSamples() }
  })
  await page.evaluate(() => (globalThis as unknown as ProbeGlobals).__bench.arm(false))
  return { painted: painted.slice(run.warmup), changed: changed.slice(run.warmup) }
}

/** This quarter's revenue cell, left holding 5600000 with the caret at its end. */
export async function focusRevenueCell(page: Page): Promise<void> {
  const cell = page.getByRole('textbox', { name: 'Revenue, Q2 fiscal 2006', exact: true })
  await cell.click()
  await page.keyboard.type('5600000')
  await page.keyboard.press('End')
}

/** Typing a digit and deleting it again: each key changes the revenue, and with it the wording. */
export const FIGURE_KEYS = ['1', 'Backspace'] as const

/** The results text's editor, with the caret at the very end of the block. */
export async function focusResultsEditor(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Text' }).click()
  const editor = page.getByTestId('narrative-results').locator('.ProseMirror')
  await editor.click()
  await page.keyboard.press('Control+End')
}

/** A letter typed and deleted again. */
export const TEXT_KEYS = ['x', 'Backspace'] as const

/** "preview DOM updated at median 12.0 ms, p95 20.1 ms": where the time goes before the frame. */
export function domNote(times: KeystrokeTimes): string {
  const changed = summarize(times.changed)
  return `preview DOM updated at median ${changed.median.toFixed(1)} ms, p95 ${changed.p95.toFixed(1)} ms; the rest is the wait for the frame`
}
