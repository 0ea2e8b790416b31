import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Finding } from '../../../renderer/src/release/checks/finding'
import {
  parseReleaseDocument,
  readReleaseDocument,
  releaseFileObject,
} from '../../../renderer/src/release/load-document'
import { releaseFacts } from '../../../renderer/src/release/release-facts'
import type { ReleaseFacts } from '../../../renderer/src/release/release-facts'
import type { TextSpan } from './claim-spans'
import { findingSpan, overlaps } from './claim-spans'
import { corpusReleaseNames, readCorpusRelease } from './corpus'
import { guardedCheck } from './guarded-check'
import type { FigureOverrides, PlantedCase } from './planted-schema'

export const SAMPLE_RELEASE = resolve(
  __dirname,
  '../../../assets/samples/iec-q2-fiscal-2006.release.json',
)

/** The sample release's facts, read through the app's own loader. */
export function sampleFacts(): ReleaseFacts {
  const read = readReleaseDocument(readFileSync(SAMPLE_RELEASE, 'utf8'))
  if (!read.ok) throw new Error(`the sample release does not load: ${read.error}`)
  return releaseFacts(read.value)
}

/** The facts a planted case is set against, or null when its corpus release is not there. */
export type FactsSource = (release: string) => ReleaseFacts | null

/** Facts of the sample and of the corpus releases, each built once. */
export function factsSource(corpus: string): FactsSource {
  const names = new Set(corpusReleaseNames(corpus))
  const cache = new Map<string, ReleaseFacts>()
  return (release) => {
    const known = cache.get(release)
    if (known !== undefined) return known
    if (release !== 'sample' && !names.has(release)) return null
    const facts = release === 'sample' ? sampleFacts() : readCorpusRelease(corpus, release).facts
    cache.set(release, facts)
    return facts
  }
}

/** The facts with some figures typed over, read again through the release loader. */
export function withFigures(facts: ReleaseFacts, overrides: FigureOverrides): ReleaseFacts {
  const file = releaseFileObject(facts.document)
  const figures = { ...(file['figures'] as Record<string, Record<string, unknown>>) }
  for (const measure of ['revenue', 'netIncome', 'dilutedEps'] as const) {
    const typed = Object.entries(overrides[measure] ?? {}).filter(
      ([, value]) => value !== undefined,
    )
    figures[measure] = { ...figures[measure], ...Object.fromEntries(typed) }
  }
  const read = parseReleaseDocument({ ...file, figures })
  if (!read.ok) throw new Error(`planted figures do not load: ${read.error}`)
  return releaseFacts(read.value)
}

/** A draft's paragraphs: a blank line between two. */
export function draftParagraphs(text: string): readonly string[] {
  return text.split(/\n\s*\n/)
}

/** Where words first appear in a draft, as a span of its paragraphs. */
export function wordsSpan(text: string, words: string): TextSpan | null {
  const paragraphs = draftParagraphs(text)
  for (let index = 0; index < paragraphs.length; index += 1) {
    const start = paragraphs[index]?.indexOf(words) ?? -1
    if (start >= 0) return { paragraph: index, start, end: start + words.length }
  }
  return null
}

export interface PlantedResult {
  readonly entry: PlantedCase
  /** False when the case's corpus release is not there to check it against. */
  readonly ran: boolean
  /** The errors on the mistake's words. */
  readonly caughtBy: readonly Finding[]
  /** Errors on the true twin: each one is a false error. */
  readonly falseErrors: readonly Finding[]
  /** Everything the checker said about the mistake's text, for a report on a miss. */
  readonly mistakeFindings: readonly Finding[]
  /** The checker's error, when it threw on the mistake or its twin instead of answering. */
  readonly crash: string | null
}

/** Checks one planted mistake and its true twin against their release's figures. */
export function scorePlanted(entry: PlantedCase, facts: FactsSource): PlantedResult {
  const base = facts(entry.release)
  if (base === null) {
    return { entry, ran: false, caughtBy: [], falseErrors: [], mistakeFindings: [], crash: null }
  }
  const on = entry.figures === undefined ? base : withFigures(base, entry.figures)
  const mistake = guardedCheck(draftParagraphs(entry.mistake.text), on)
  const mistakeFindings = mistake.findings
  const span = wordsSpan(entry.mistake.text, entry.mistake.words)
  const caughtBy = mistakeFindings.filter((finding) => {
    const where = findingSpan(finding)
    return (
      finding.severity === 'error' &&
      where !== null &&
      span !== null &&
      overlaps(where, span) &&
      (entry.mistake.rule === undefined || finding.rule === entry.mistake.rule)
    )
  })
  const truth = guardedCheck(draftParagraphs(entry.truth.text), on)
  const falseErrors = truth.findings.filter((finding) => finding.severity === 'error')
  const crash = mistake.crash ?? truth.crash
  return { entry, ran: true, caughtBy, falseErrors, mistakeFindings, crash }
}
