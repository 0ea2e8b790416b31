import { corpusDirectory, corpusReleaseNames, readCorpusRelease } from './corpus'
import type { ReleaseScore } from './corpus-score'
import { scoreRelease } from './corpus-score'
import type { PlantedCase } from './planted-schema'
import { readPlantedSet } from './planted-schema'
import type { PlantedResult } from './planted-score'
import { factsSource, scorePlanted } from './planted-score'

export interface ClaimsEval {
  readonly corpus: string
  readonly releases: readonly ReleaseScore[]
  readonly planted: readonly PlantedResult[]
}

/** Runs the checker over every corpus release and every planted mistake and its true twin. */
export function runClaimsEval(
  corpus: string = corpusDirectory(),
  planted: readonly PlantedCase[] = readPlantedSet(),
): ClaimsEval {
  const releases = corpusReleaseNames(corpus).map((name) =>
    scoreRelease(readCorpusRelease(corpus, name)),
  )
  const facts = factsSource(corpus)
  return { corpus, releases, planted: planted.map((entry) => scorePlanted(entry, facts)) }
}

export interface EvalTotals {
  readonly releases: number
  readonly claims: number
  readonly corpusCaught: number
  readonly corpusTotal: number
  readonly notJudged: number
  readonly plantedCaught: number
  readonly plantedTotal: number
  readonly plantedNotRun: number
  readonly corpusFalseErrors: number
  readonly twinFalseErrors: number
  /** Releases and planted cases on which the checker threw. */
  readonly crashes: number
}

/** The eval's totals: what the summary line says. */
export function evalTotals(result: ClaimsEval): EvalTotals {
  const sum = (values: readonly number[]): number =>
    values.reduce((total, value) => total + value, 0)
  const ran = result.planted.filter((entry) => entry.ran)
  return {
    releases: result.releases.length,
    claims: sum(result.releases.map((entry) => entry.claims)),
    corpusCaught: sum(result.releases.map((entry) => entry.caught.length)),
    corpusTotal: sum(result.releases.map((entry) => entry.caught.length + entry.missed.length)),
    notJudged: sum(result.releases.map((entry) => entry.notJudged.length)),
    plantedCaught: ran.filter((entry) => entry.caughtBy.length > 0).length,
    plantedTotal: ran.length,
    plantedNotRun: result.planted.length - ran.length,
    corpusFalseErrors: sum(result.releases.map((entry) => entry.falseErrors.length)),
    twinFalseErrors: sum(ran.map((entry) => entry.falseErrors.length)),
    crashes:
      result.releases.filter((entry) => entry.crash !== null).length +
      ran.filter((entry) => entry.crash !== null).length,
  }
}

/** The one line a hook quotes: "eval:claims: corpus 2/2 caught, planted 40/40 caught, 0 false errors (20 releases)". */
export function summaryLine(totals: EvalTotals): string {
  const falseErrors = totals.corpusFalseErrors + totals.twinFalseErrors
  const notRun =
    (totals.plantedNotRun === 0 ? '' : `, ${totals.plantedNotRun} planted not run`) +
    (totals.crashes === 0 ? '' : `, the checker threw ${totals.crashes} times`)
  return (
    `eval:claims: corpus ${totals.corpusCaught}/${totals.corpusTotal} caught, ` +
    `planted ${totals.plantedCaught}/${totals.plantedTotal} caught, ` +
    `${falseErrors} false error${falseErrors === 1 ? '' : 's'} ` +
    `(${totals.corpusFalseErrors} corpus, ${totals.twinFalseErrors} true twins; ${totals.releases} releases${notRun})`
  )
}
