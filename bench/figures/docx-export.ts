import { releaseDocx } from '../../renderer/src/export/docx/release-docx'
import { readReleaseDocument } from '../../renderer/src/release/load-document'
import { summarize } from '../stats'
import type { FigureResult } from '../stats'
import { SAMPLE_TEXT } from '../stress-release'

const WARMUP = 20
const RUNS = 200

/** DOCX export of the sample: `releaseDocx`, the function the app and the CLI call, in Node. */
export async function docxExport(): Promise<FigureResult> {
  const loaded = readReleaseDocument(SAMPLE_TEXT)
  if (!loaded.ok) throw new Error(`the sample does not load: ${loaded.error}`)
  const samples: number[] = []
  let size = 0
  for (let index = 0; index < WARMUP + RUNS; index += 1) {
    const started = performance.now()
    const bytes = await releaseDocx(loaded.value)
    const elapsed = performance.now() - started
    size = bytes.length
    if (index >= WARMUP) samples.push(elapsed)
  }
  return {
    id: 'docx-export-sample',
    figure: 'DOCX export, sample',
    unit: 'ms',
    targetOn: 'p95',
    target: 50,
    summary: summarize(samples),
    note: `${RUNS} exports after ${WARMUP} warm-up; ${(size / 1024).toFixed(0)} KB each`,
  }
}
