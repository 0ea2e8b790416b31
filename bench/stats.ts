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
}

export function met(result: FigureResult): boolean {
  const measured = result.targetOn === 'p95' ? result.summary.p95 : result.summary.median
  return measured <= result.target
}

function format(value: number, unit: FigureResult['unit']): string {
  return `${value.toFixed(unit === 'ms' ? 1 : 1)} ${unit}`
}

/** The table `npm run bench` prints: figure, median, p95, target, met? */
export function table(results: readonly FigureResult[]): string {
  const rows = results.map((result) => [
    result.figure,
    format(result.summary.median, result.unit),
    result.targetOn === 'p95' ? format(result.summary.p95, result.unit) : '(one value)',
    `${result.targetOn === 'p95' ? 'p95 ' : ''}≤ ${result.target} ${result.unit}`,
    met(result) ? 'yes' : 'NO',
  ])
  const header = ['figure', 'median', 'p95', 'target', 'met?']
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
