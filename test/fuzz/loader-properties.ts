import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import { amountToFileString, parseAmount } from '../../renderer/src/release/amount-parser'
import { typedFigure } from '../../renderer/src/release/figure-precision'
import { catalogueMeasure } from '../../renderer/src/release/measure-catalogue'
import {
  readFiguresFile,
  readReleaseDocument,
  serializeReleaseDocument,
} from '../../renderer/src/release/load-document'
import type { Result } from '../../renderer/src/release/result'
import { withShortValues } from '../../renderer/src/release/validation-message'
import { ambiguousAmount } from './amount-arbitraries'
import {
  amountText,
  anyJsonText,
  damagedSampleText,
  figureCell,
  mutations,
  SAMPLE_FIGURES,
  SAMPLE_RELEASE,
  withDeepValues,
} from './arbitraries'
import { assertKeptText, releaseWithHiddenText } from './format-characters'
import { applyMutation, setAt } from './json-mutation'
import { assertNamedRejection } from './rejection-message'
import { figureRow } from '../../renderer/src/release/figures-schema'
import type { PeriodKey } from '../../renderer/src/release/measures'
import type { Figures } from '../../renderer/src/release/figures-schema'

/**
 * The fuzz properties of the loaders and the amount parser. Each holds for every input: nothing
 * throws out of them, and every refusal is one line naming the field at fault. `share` is the
 * part of the total number of runs a property gets.
 */
export interface LoaderProperty {
  readonly name: string
  readonly share: number
  /** Runs the property `numRuns` times from `seed`; the failure is fast-check's shrunk report. */
  readonly check: (numRuns: number, seed: number) => PropertyOutcome
}

export interface PropertyOutcome {
  readonly runs: number
  readonly failure: string | null
}

/** The shrunk counterexample (cut short: samples are long), the error, and how to replay it. */
function failureReport<Ts>(details: fc.RunDetails<Ts>): string {
  const example = fc.stringify(details.counterexample)
  const error =
    details.errorInstance instanceof Error
      ? details.errorInstance.message
      : String(details.errorInstance)
  return [
    `counterexample: ${example.length > 1200 ? `${example.slice(0, 1200)} …` : example}`,
    `error: ${error.slice(0, 1200)}`,
    `replay: seed ${String(details.seed)}, path "${String(details.counterexamplePath)}"`,
  ].join('\n')
}

/** A property run by the fuzzer: `share` of the runs, from the seed it is given. */
export function define<Ts>(name: string, share: number, build: () => fc.IProperty<Ts>): LoaderProperty {
  const check = (numRuns: number, seed: number): PropertyOutcome => {
    const details = fc.check(build(), { numRuns, seed })
    return { runs: details.numRuns, failure: details.failed ? failureReport(details) : null }
  }
  return { name, share, check }
}

function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** Reads `text`; any throw fails the property, and a refusal must name its field in `input`. */
export function readChecked<T>(read: (text: string) => Result<T>, text: string): Result<T> {
  const result = read(text)
  if (!result.ok) assertNamedRejection(result.error, parsedOrUndefined(text))
  // A file with a "__proto__" key must never reach the prototype of every object.
  if ('polluted' in {}) throw new Error('a file polluted Object.prototype')
  return result
}

/** What the loader accepts, the saver writes and the loader reads back as the same release. */
function assertRoundTrip(text: string): void {
  const first = readReleaseDocument(text)
  if (!first.ok) return
  const again = readReleaseDocument(serializeReleaseDocument(first.value))
  if (!again.ok) throw new Error(`an accepted release does not read back: ${again.error}`)
  if (!isDeepStrictEqual(again.value, first.value))
    throw new Error('an accepted release reads back different after saving')
}

function mutatedText(sample: unknown, ops: Parameters<typeof applyMutation>[1][]): string {
  const copy = structuredClone(sample)
  for (const op of ops) applyMutation(copy, op)
  return withDeepValues(JSON.stringify(copy))
}

/** A refusal of typed text: one line, saying what was expected or quoting the text and why it is not an amount. */
function isClearRefusal(message: string): boolean {
  if (message.includes('\n')) return false
  return /^expected \S/.test(message) || /^".*" is not (?:an|a per-share) amount: \S/.test(message)
}

/** A cell set to `text` must be read exactly as the amount parser reads it, or refused by its path. */
export function checkAmountCell(
  read: (text: string) => Result<{ readonly figures: unknown }>,
  sample: unknown,
  [measure, period]: readonly [string, string],
  text: string,
): void {
  const copy = structuredClone(sample)
  setAt(copy, ['figures', measure, period], text)
  const result = readChecked(read, JSON.stringify(copy))
  // The cell is read with its measure's rules: a per-share figure takes no scale.
  const parsed = typedFigure(text, catalogueMeasure(measure)?.kind ?? 'money')
  const blank = text.trim() === ''
  if (result.ok) {
    const stored = figureRow(result.value.figures as Figures, measure)[period as PeriodKey]
    const expected = blank ? null : parsed.ok ? parsed.value.amount : 'refused'
    if (stored !== expected)
      throw new Error(
        `cell ${measure}.${period} = ${JSON.stringify(text)} stored as ${String(stored)}`,
      )
    return
  }
  // The message quotes at most the first 40 characters of the cell, as every validation message does.
  const cellPath = `figures.${measure}.${period}: `
  if (blank || parsed.ok || result.error !== cellPath + withShortValues(parsed.error))
    throw new Error(`cell ${JSON.stringify(text)} refused with ${JSON.stringify(result.error)}`)
}

export const LOADER_PROPERTIES: readonly LoaderProperty[] = [
  define('readReleaseDocument: arbitrary JSON', 0.15, () =>
    fc.property(anyJsonText, (text) => void readChecked(readReleaseDocument, withDeepValues(text))),
  ),
  define('readFiguresFile: arbitrary JSON', 0.1, () =>
    fc.property(anyJsonText, (text) => void readChecked(readFiguresFile, withDeepValues(text))),
  ),
  define('readReleaseDocument: mutated sample', 0.2, () =>
    fc.property(mutations, (ops) => {
      const text = mutatedText(SAMPLE_RELEASE, ops)
      readChecked(readReleaseDocument, text)
      assertRoundTrip(text)
    }),
  ),
  define('readFiguresFile: mutated sample', 0.1, () =>
    fc.property(
      mutations,
      (ops) => void readChecked(readFiguresFile, mutatedText(SAMPLE_FIGURES, ops)),
    ),
  ),
  define('readReleaseDocument: damaged sample text', 0.05, () =>
    fc.property(damagedSampleText, (text) => void readChecked(readReleaseDocument, text)),
  ),
  define('readReleaseDocument: strings in amount cells', 0.1, () =>
    fc.property(figureCell, amountText, (cell, text) =>
      checkAmountCell(readReleaseDocument, SAMPLE_RELEASE, cell, text),
    ),
  ),
  define('readFiguresFile: strings in amount cells', 0.1, () =>
    fc.property(figureCell, amountText, (cell, text) =>
      checkAmountCell(readFiguresFile, SAMPLE_FIGURES, cell, text),
    ),
  ),
  define('parseAmount: strings', 0.15, () =>
    fc.property(amountText, (text) => {
      const parsed = parseAmount(text)
      if (!parsed.ok) {
        // One line that says what was expected, or quotes the typed text and says why it is refused.
        if (!isClearRefusal(parsed.error)) throw new Error(`unclear refusal: ${parsed.error}`)
        return
      }
      if (!parsed.value.isFinite())
        throw new Error(`${JSON.stringify(text)} read as ${String(parsed.value)}`)
      // The file form of an accepted amount reads back as the same exact value.
      const again = parseAmount(amountToFileString(parsed.value))
      if (!again.ok || !again.value.equals(parsed.value))
        throw new Error(`${JSON.stringify(text)} does not survive its file form`)
    }),
  ),
  define('parseAmount: ambiguous and hidden amounts are refused, saying why', 0.05, () =>
    fc.property(ambiguousAmount, ({ text, why }) => {
      const parsed = parseAmount(text)
      if (parsed.ok) throw new Error(`${JSON.stringify(text)} read as ${parsed.value.toFixed()}`)
      if (!isClearRefusal(parsed.error) || !parsed.error.includes(why))
        throw new Error(`${JSON.stringify(text)} refused without saying "${why}": ${parsed.error}`)
    }),
  ),
  define('parseAmount: numbers', 0.05, () =>
    fc.property(fc.double(), (value) => {
      const parsed = parseAmount(value)
      // Only a number a double holds exactly is read: at most 15 significant digits, no exponent.
      const literal = String(value)
      const digits = literal.replace(/^-/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '')
      const exact = Number.isFinite(value) && !/e/.test(literal) && digits.length <= 15
      if (parsed.ok !== exact)
        throw new Error(`${String(value)} ${parsed.ok ? 'accepted' : 'refused'}`)
      if (!parsed.ok && exact !== Number.isFinite(value) && !/write the amount as a string/.test(parsed.error))
        throw new Error(`${String(value)} refused without saying to write it as a string`)
      if (parsed.ok && parsed.value.toNumber() !== value && !(value === 0 && parsed.value.isZero()))
        throw new Error(`${String(value)} read as ${parsed.value.toString()}`)
    }),
  ),
  define('readReleaseDocument: hidden characters in text fields', 0.05, () =>
    fc.property(releaseWithHiddenText, (text) => {
      assertKeptText(readChecked(readReleaseDocument, text))
      assertRoundTrip(text)
    }),
  ),
]
