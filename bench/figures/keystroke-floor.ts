import type { BenchBrowser } from '../browser'
import { PAGE_PROBES } from '../page-probes'
import { FIGURE_KEYS, KEYSTROKES, timeKeystrokes } from '../keystrokes'
import { summarize } from '../stats'
import type { FigureResult } from '../stats'

/**
 * The floor: the same keystroke-to-frame path, timed by the same probes, on a bare page (one
 * input, one paragraph rewritten on each input event) in the same Chromium. Whatever this costs
 * is the browser's and the machine's, not the app's, so each keystroke row is also read as a ratio
 * to it: on a loaded machine both rise together.
 */
const FLOOR_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Keystroke floor</title></head>
<body>
<input aria-label="Floor input" id="floor-input">
<div data-testid="print-view" data-paginated="true"><p id="floor-text"></p></div>
<script>
  const input = document.getElementById('floor-input');
  const text = document.getElementById('floor-text');
  input.addEventListener('input', () => { text.textContent = 'Revenue of $' + input.value + '.'; });
</script>
</body></html>`

/** Times FIGURE_KEYS on the bare page, with the same warm-up and count as the keystroke rows. */
export async function keystrokeFloor(bench: BenchBrowser): Promise<FigureResult> {
  const context = await bench.browser.newContext({ viewport: { width: 1440, height: 900 } })
  try {
    await context.addInitScript({ content: PAGE_PROBES })
    const url = `${bench.server.origin}/keystroke-floor.html`
    await context.route('**/*', (route) =>
      route.request().url() === url
        ? route.fulfill({ status: 200, contentType: 'text/html', body: FLOOR_PAGE })
        : route.abort('blockedbyclient'),
    )
    const page = await context.newPage()
    await page.goto(url)
    const input = page.getByRole('textbox', { name: 'Floor input' })
    await input.click()
    await page.keyboard.type('5600000')
    const times = await timeKeystrokes(page, FIGURE_KEYS)
    return {
      id: 'keystroke-floor',
      figure: 'Keystroke → frame, bare page (the floor)',
      unit: 'ms',
      targetOn: 'p95',
      target: 16,
      summary: summarize(times.painted),
      note: `${KEYSTROKES.count} keystrokes ('1' / Backspace in one input that rewrites one paragraph) after ${KEYSTROKES.warmup} warm-up, same probes and Chromium as the keystroke rows; over a frame here means the machine, not the app, is the limit`,
    }
  } finally {
    await context.close()
  }
}
