import { envCount, runLoaderFuzz } from './run-properties'
import type { FuzzOutcome } from './run-properties'

/**
 * `npm run fuzz`: the loader and amount-parser properties at full size (100,000 cases unless
 * FUZZ_RUNS says otherwise) from a fresh seed each time, printed so a failure can be replayed
 * with FUZZ_SEED. `npm test` runs a 2,000-case slice of the same properties (test/unit/fuzz).
 */

const totalRuns = envCount('FUZZ_RUNS', 100_000)
const seed = envCount('FUZZ_SEED', (Date.now() % 2_000_000_000) + 1)
console.log(
  `fuzzing ${totalRuns.toLocaleString('en-US')} cases, seed ${seed} (replay: FUZZ_SEED=${seed})`,
)

const line = (outcome: FuzzOutcome): string =>
  `${outcome.failure === null ? 'ok  ' : 'FAIL'}  ${outcome.runs.toString().padStart(7)}  ${(
    outcome.ms / 1000
  )
    .toFixed(1)
    .padStart(5)} s  ${outcome.name}`

const outcomes = runLoaderFuzz({ totalRuns, seed }, (outcome) => console.log(line(outcome)))
const ran = outcomes.reduce((sum, outcome) => sum + outcome.runs, 0)
const failed = outcomes.filter((outcome) => outcome.failure !== null)
for (const outcome of failed) console.log(`\n${outcome.name}\n${outcome.failure ?? ''}`)
console.log(`\n${ran.toLocaleString('en-US')} cases run, ${failed.length} properties failed`)
process.exitCode = failed.length === 0 ? 0 : 1
