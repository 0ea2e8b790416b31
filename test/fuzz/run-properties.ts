import { HOSTILE_PROPERTIES } from './hostile-properties'
import { LOADER_PROPERTIES } from './loader-properties'
import type { LoaderProperty } from './loader-properties'

/** Every property `npm run fuzz` and its slice run: the loaders', then the hostile shapes'. */
export const FUZZ_PROPERTIES: readonly LoaderProperty[] = [
  ...LOADER_PROPERTIES,
  ...HOSTILE_PROPERTIES,
]

/** How many cases the fuzz run makes, and from which seed: `FUZZ_RUNS` and `FUZZ_SEED`. */
export interface FuzzSettings {
  readonly totalRuns: number
  readonly seed: number
}

export interface FuzzOutcome {
  readonly name: string
  readonly runs: number
  readonly ms: number
  readonly failure: string | null
}

/** Reads a positive whole number from the environment, or `fallback` when unset. */
export function envCount(
  name: string,
  fallback: number,
  env: NodeJS.ProcessEnv = process.env,
): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw.replace(/_/g, ''))
  if (!Number.isSafeInteger(value) || value < 1)
    throw new Error(`${name}=${raw}: expected a positive whole number`)
  return value
}

/** Splits `total` over the properties by their shares; the parts add up to `total` exactly. */
export function splitRuns(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0)
  const parts = shares.map((share) => Math.max(1, Math.floor((total * share) / sum)))
  const rest = total - parts.reduce((a, b) => a + b, 0)
  parts[0] = (parts[0] ?? 0) + Math.max(0, rest)
  return parts
}

/** Runs every loader property with its share of the runs; one failure does not stop the others. */
export function runLoaderFuzz(
  settings: FuzzSettings,
  onOutcome?: (outcome: FuzzOutcome) => void,
): FuzzOutcome[] {
  const runs = splitRuns(
    settings.totalRuns,
    FUZZ_PROPERTIES.map((property) => property.share),
  )
  return FUZZ_PROPERTIES.map((property, index) => {
    const started = performance.now()
    const result = property.check(runs[index] ?? 1, settings.seed + index)
    const outcome: FuzzOutcome = {
      name: property.name,
      runs: result.runs,
      ms: performance.now() - started,
      failure: result.failure,
    }
    onOutcome?.(outcome)
    return outcome
  })
}
