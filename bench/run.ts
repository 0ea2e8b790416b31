import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApp } from './build'
import { startBrowser } from './browser'
import type { BenchBrowser } from './browser'
import { bundleSize } from './figures/bundle-size'
import { checkMegabyteText, checkOnKeystroke } from './figures/check-claims'
import { coldLoad } from './figures/cold-load'
import { docxExport } from './figures/docx-export'
import { heapGrowth } from './figures/heap-growth'
import { figureKeystrokes } from './figures/keystroke-figures'
import { keystrokeFloor } from './figures/keystroke-floor'
import { narrativeKeystrokes } from './figures/keystroke-narrative'
import { pdfExport } from './figures/pdf-export'
import { met, table } from './stats'
import type { FigureResult } from './stats'

/**
 * `npm run bench`: builds the app (electron-vite, into a folder of its own), measures each figure,
 * prints the table and writes bench/results.json. Exits 1 when a target is missed. Timings live
 * here only; `npm test` asserts none.
 */

function step(name: string): void {
  console.log(`… ${name}`)
}

/** `npm run bench -- keystrokes PDF` runs only the steps whose names contain one of the words. */
const only = process.argv.slice(2)

async function main(): Promise<void> {
  const load = loadavg().map((value) => value.toFixed(2))
  console.log(
    `Release Desk bench: ${cpus().length} cores, load average ${load.join(' ')}, Node ${process.version}`,
  )
  const outDir = await mkdtemp(join(tmpdir(), 'release-desk-bench-'))
  const results: FigureResult[] = []
  let chromium: string | undefined
  const started: { bench: BenchBrowser | null } = { bench: null }
  let rendererDir = ''
  /** The built app in the browser, started the first time a step needs it. */
  const browser = async (): Promise<BenchBrowser> => {
    if (started.bench !== null) return started.bench
    step('building the app (electron-vite build)')
    rendererDir = await buildApp(outDir)
    const bench = await startBrowser(rendererDir)
    started.bench = bench
    chromium = bench.browser.version()
    return bench
  }
  /**
   * The floor, measured once in the same Chromium, by the first keystroke step: its row comes
   * first and each keystroke row carries the floor's p95 for its "× floor" column.
   */
  let floor: FigureResult | null = null
  const againstFloor = async (rows: FigureResult[]): Promise<FigureResult[]> => {
    if (floor !== null) return rows.map((row) => ({ ...row, floorP95: floor?.summary.p95 ?? 0 }))
    floor = await keystrokeFloor(await browser())
    const p95 = floor.summary.p95
    return [floor, ...rows.map((row) => ({ ...row, floorP95: p95 }))]
  }
  const steps: readonly {
    readonly name: string
    readonly run: () => Promise<FigureResult | FigureResult[]>
  }[] = [
    {
      name: 'keystrokes in a figures cell: sample, then the six-page stress release',
      run: async () => againstFloor(await figureKeystrokes(await browser())),
    },
    {
      name: 'keystrokes in the narrative editor',
      run: async () => againstFloor([await narrativeKeystrokes(await browser())]),
    },
    { name: 'cold loads', run: async () => coldLoad(await browser()) },
    { name: 'DOCX export', run: () => docxExport() },
    {
      name: 'PDF export, warm',
      run: async () => pdfExport((await browser()).chromiumPath, rendererDir),
    },
    {
      name: 'renderer JavaScript size',
      run: async () => bundleSize(await browser().then(() => rendererDir)),
    },
    { name: 'heap growth over 1,000 edits', run: async () => heapGrowth(await browser()) },
    {
      name: 'checks: the sample on a keystroke, a 1 MB text',
      run: async () => [checkOnKeystroke(), checkMegabyteText()],
    },
  ]
  try {
    for (const { name, run } of steps) {
      if (only.length > 0 && !only.some((word) => name.includes(word))) continue
      step(name)
      const result = await run()
      results.push(...(Array.isArray(result) ? result : [result]))
    }
  } finally {
    if (started.bench !== null) await started.bench.close()
    await rm(outDir, { recursive: true, force: true })
  }

  console.log(`\n${table(results)}\n`)
  for (const result of results) console.log(`- ${result.figure}: ${result.note}`)
  const report = {
    measuredAt: new Date().toISOString(),
    machine: {
      cores: cpus().length,
      loadAverageAtStart: load,
      node: process.version,
      chromium: chromium ?? 'unknown',
    },
    figures: results.map((result) => ({ ...result, met: met(result) })),
  }
  // A partial run prints its table but leaves the full results of the last complete run alone.
  if (only.length === 0)
    await writeFile(join(__dirname, 'results.json'), `${JSON.stringify(report, null, 2)}\n`)
  const missed = results.filter((result) => !met(result))
  console.log(
    `\n${only.length === 0 ? 'wrote bench/results.json' : 'partial run, results.json left as it was'}; ${missed.length === 0 ? 'every target met' : `missed: ${missed.map((result) => result.figure).join('; ')}`}`,
  )
  process.exitCode = missed.length === 0 ? 0 : 1
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exitCode = 2
})
