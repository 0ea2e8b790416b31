import { openPdfRenderer } from '../../electron/cli/pdf-export'
import { readReleaseDocument } from '../../renderer/src/release/load-document'
import { summarize } from '../stats'
import type { FigureResult } from '../stats'
import { SAMPLE_TEXT } from '../stress-release'

const WARMUP = 5
const RUNS = 50

/** PDF export, warm: `openPdfRenderer` once (the CLI's print route in Chromium), then `render` again and again. */
export async function pdfExport(chromiumPath: string, rendererDir: string): Promise<FigureResult> {
  const loaded = readReleaseDocument(SAMPLE_TEXT)
  if (!loaded.ok) throw new Error(`the sample does not load: ${loaded.error}`)
  const renderer = await openPdfRenderer(chromiumPath, rendererDir)
  const samples: number[] = []
  let size = 0
  try {
    for (let index = 0; index < WARMUP + RUNS; index += 1) {
      const started = performance.now()
      const bytes = await renderer.render(loaded.value)
      const elapsed = performance.now() - started
      size = bytes.length
      if (index >= WARMUP) samples.push(elapsed)
    }
  } finally {
    await renderer.close()
  }
  return {
    id: 'pdf-export-warm',
    figure: 'PDF export, warm, sample',
    unit: 'ms',
    targetOn: 'p95',
    target: 300,
    summary: summarize(samples),
    note: `${RUNS} renders after ${WARMUP} warm-up on one open renderer; ${(size / 1024).toFixed(0)} KB each`,
  }
}
