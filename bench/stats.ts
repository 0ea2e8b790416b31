/** Summaries and the printed table of `npm run bench`. */

export interface Summary {
  readonly count: number
  readonly median: number
  readonly p95: number
  readonly max: number
}

/** Nearest-rank percentile: the smallest sample with at least `p`% of the samples at or below it. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('percentile of no samples')
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    count: sorted.length,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  }
}

/** One row of the table: a figure, what was measured, and whether it meets its target. */
export interface FigureResult {
  readonly id: string
  readonly figure: string
  readonly unit: 'ms' | 'KB' | 'MB'
  /** Which statistic the target applies to. */
  readonly targetOn: 'p95' | 'value'
  readonly target: number
  readonly summary: Summary
  readonly note: string
  /** A keystroke row's limit on its p95 as a multiple of the floor's p95 (bare page, same run). */
  readonly floorTarget?: number
  /** The floor's p95 in this run, in ms, once the floor has been measured. */
  readonly floorP95?: number
}

/** The row's p95 over the floor's p95, or null for rows that are not read against the floor. */
export function floorRatio(result: FigureResult): number | null {
  if (result.floorTarget === undefined || result.floorP95 === undefined) return null
  return result.floorP95 > 0 ? result.summary.p95 / result.floorP95 : Number.POSITIVE_INFINITY
}

export function met(result: FigureResult): boolean {
  const measured = result.targetOn === 'p95' ? result.summary.p95 : result.summary.median
  const ratio = floorRatio(result)
  const withinFloor = ratio === null || ratio <= (result.floorTarget ?? Number.POSITIVE_INFINITY)
  return measured <= result.target && withinFloor
}

function format(value: number, unit: FigureResult['unit']): string {
  return `${value.toFixed(unit === 'ms' ? 1 : 1)} ${unit}`
}

function target(result: FigureResult): string {
  const limit = `${result.targetOn === 'p95' ? 'p95 ' : ''}≤ ${result.target} ${result.unit}`
  return result.floorTarget === undefined ? limit : `${limit}, ≤ ${result.floorTarget}× floor`
}

/** The table `npm run bench` prints: figure, median, p95, p95 over the floor's, target, met? */
export function table(results: readonly FigureResult[]): string {
  const rows = results.map((result) => {
    const ratio = floorRatio(result)
    return [
      result.figure,
      format(result.summary.median, result.unit),
      result.targetOn === 'p95' ? format(result.summary.p95, result.unit) : '(one value)',
      ratio === null ? '' : `${ratio.toFixed(2)}×`,
      target(result),
      met(result) ? 'yes' : 'NO',
    ]
  })
  const header = ['figure', 'median', 'p95', '× floor', 'target', 'met?']
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  )
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`
  return [
    line(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n')
}
