import type { Finding } from '../../../renderer/src/release/checks/finding'
import type { Measure } from '../../../renderer/src/release/measures'
import type { TextSpan } from './claim-spans'
import { findClaim, findingSpan, overlaps } from './claim-spans'
import type { CorpusClaim, CorpusRelease } from './corpus'
import { guardedCheck } from './guarded-check'

/**
 * The corpus's metric names for revenue, net income and EPS, the corpus's own `figures`. A claim
 * about another metric is judged where corpus-measures.json maps it to a measure of the release's
 * figures file; any other (a bridge of a change into its parts, a ranking) is not judged.
 */
const MEASURE_OF_METRIC: Readonly<Record<string, Measure>> = {
  revenue: 'revenue',
  'revenue ($ million)': 'revenue',
  net_income: 'netIncome',
  'net_income / eps': 'netIncome',
  'net_income / eps (reported)': 'netIncome',
  eps: 'dilutedEps',
  'eps = net income / diluted shares': 'dilutedEps',
}

/** The release model's measure a corpus claim speaks of, or null when the model has none for it. */
export function claimMeasure(claim: CorpusClaim): Measure | null {
  return MEASURE_OF_METRIC[claim.metric] ?? null
}

export interface ScoredClaim {
  readonly claim: CorpusClaim
  readonly spans: readonly TextSpan[]
  readonly errors: readonly Finding[]
}

export interface FalseError {
  readonly release: string
  readonly finding: Finding
  /** The annotated claim it sits on, when it sits on one (a consistent one, by definition). */
  readonly claim: CorpusClaim | null
}

export interface ReleaseScore {
  readonly release: string
  readonly claims: number
  readonly caught: readonly ScoredClaim[]
  readonly missed: readonly ScoredClaim[]
  /** Inconsistent claims about measures the release model does not have yet. */
  readonly notJudged: readonly ScoredClaim[]
  readonly falseErrors: readonly FalseError[]
  readonly warnings: number
  /** Claims whose words the eval could not find in the text: a problem of the eval, shown as such. */
  readonly notFound: readonly CorpusClaim[]
  /** The checker's error, when it threw on this release instead of answering. */
  readonly crash: string | null
}

function onClaim(where: TextSpan | null, spans: readonly TextSpan[]): boolean {
  return where !== null && spans.some((span) => overlaps(span, where))
}

/** Runs the checker over one corpus release and scores its errors against the annotated claims. */
export function scoreRelease(release: CorpusRelease): ReleaseScore {
  const { findings, crash } = guardedCheck(release.paragraphs, release.facts)
  const errors = findings.filter((entry) => entry.severity === 'error')
  const scored: ScoredClaim[] = release.claims.map((claim) => {
    const spans = findClaim(claim.claim, release.paragraphs)
    const on = errors.filter((entry) => onClaim(findingSpan(entry), spans))
    return { claim, spans, errors: on }
  })
  // A claim about a measure the release's figures file gives (corpus-measures.json) is judged too.
  const isJudged = (entry: ScoredClaim): boolean =>
    claimMeasure(entry.claim) !== null || release.mappedClaims.has(scored.indexOf(entry))
  const inconsistent = scored.filter((entry) => entry.claim.verdict_class === 'inconsistent')
  const judged = inconsistent.filter(isJudged)
  const falseErrors: FalseError[] = []
  for (const entry of errors) {
    const where = findingSpan(entry)
    if (inconsistent.some((claim) => onClaim(where, claim.spans))) continue
    const on = scored.find((claim) => onClaim(where, claim.spans))
    falseErrors.push({ release: release.name, finding: entry, claim: on?.claim ?? null })
  }
  return {
    release: release.name,
    claims: release.claims.length,
    caught: judged.filter((entry) => entry.errors.length > 0),
    missed: judged.filter((entry) => entry.errors.length === 0),
    notJudged: inconsistent.filter((entry) => !isJudged(entry)),
    falseErrors,
    warnings: findings.length - errors.length,
    notFound: scored.filter((entry) => entry.spans.length === 0).map((entry) => entry.claim),
    crash,
  }
}
