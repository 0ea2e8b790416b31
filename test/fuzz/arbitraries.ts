import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { VERSION_1_MEASURES } from '../../renderer/src/release/measure-catalogue'
import { PERIODS } from '../../renderer/src/release/measures'
import type { Measure, PeriodKey } from '../../renderer/src/release/measures'
import { ambiguousAmount } from './amount-arbitraries'
import type { Mutation } from './json-mutation'

/** The generators the fuzz properties draw from: what a file or a figures cell might hold. */

const SAMPLES = resolve(__dirname, '../../assets/samples')
export const SAMPLE_RELEASE_TEXT = readFileSync(
  resolve(SAMPLES, 'iec-q2-fiscal-2006.release.json'),
  'utf8',
)
export const SAMPLE_FIGURES_TEXT = readFileSync(
  resolve(SAMPLES, 'iec-q2-fiscal-2006.figures.json'),
  'utf8',
)
export const SAMPLE_RELEASE: unknown = JSON.parse(SAMPLE_RELEASE_TEXT)
export const SAMPLE_FIGURES: unknown = JSON.parse(SAMPLE_FIGURES_TEXT)

/**
 * Stands for a value nested thousands deep. It is spliced in as text (`withDeepValues`): building
 * it as an object would overflow JSON.stringify in a test worker's small stack before the loader
 * ever saw it.
 */
export const DEEP_VALUE_MARK = '\u0000deep value\u0000'
const DEEP_VALUE_TEXT = `${'{"type":['.repeat(1_500)}1${']}'.repeat(1_500)}`

/** The JSON text with every deep-value mark replaced by a value 3,000 levels deep. */
export function withDeepValues(text: string): string {
  return text.split(JSON.stringify(DEEP_VALUE_MARK)).join(DEEP_VALUE_TEXT)
}

/** Values that have broken loaders before: wrong types, edge numbers, odd strings, huge and deep values. */
const awkwardValue = fc.constantFrom<unknown>(
  null,
  '',
  ' ',
  0,
  -0,
  -1,
  1.5,
  1e308,
  -1e-308,
  2 ** 53 + 1,
  true,
  false,
  [],
  {},
  [null],
  'abc',
  '5.6m',
  '(168,000)',
  '$(0.02)',
  '2006-02-30',
  '2006-13-01',
  'doc',
  'paragraph',
  'bulletList',
  'field',
  { type: 'doc' },
  { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] },
  { type: 'field', attrs: { kind: 'amount', measure: 'revenue', period: 'century' } },
  '__proto__',
  // An own "__proto__" key, as JSON.parse makes it: must not reach any prototype.
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  'x'.repeat(100_000),
  '\u0000\ud800\uffff',
  DEEP_VALUE_MARK,
)

/** Any JSON value, biased towards the awkward ones. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: awkwardValue },
)

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: anyValue }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat(), sibling: fc.nat() }),
)

/** One to four mutations, applied in order to a fresh copy of a sample. */
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 })

const TOP_KEYS = [
  'formatVersion',
  'company',
  'period',
  'figures',
  'style',
  'layout',
  'narrative',
  'status',
  'fiscalYear',
  'quarter',
  'fiscalYearEndMonth',
  'periodEnd',
  'releaseDate',
] as const

/** Arbitrary JSON text: free-form, or an object with the right top-level names and wrong contents. */
export const anyJsonText: fc.Arbitrary<string> = fc.oneof(
  fc.json(),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.dictionary(fc.constantFrom(...TOP_KEYS), anyValue).map((value) => JSON.stringify(value)),
  fc.string(),
)

/** The sample's text, cut short or with a few characters overwritten: a damaged file. */
export const damagedSampleText: fc.Arbitrary<string> = fc.oneof(
  fc.nat({ max: SAMPLE_RELEASE_TEXT.length }).map((end) => SAMPLE_RELEASE_TEXT.slice(0, end)),
  fc
    .array(
      fc.tuple(
        fc.nat({ max: SAMPLE_RELEASE_TEXT.length - 1 }),
        fc.string({ minLength: 1, maxLength: 3 }),
      ),
      {
        minLength: 1,
        maxLength: 3,
      },
    )
    .map((edits) =>
      edits.reduce(
        (text, [at, chars]) => text.slice(0, at) + chars + text.slice(at + chars.length),
        SAMPLE_RELEASE_TEXT,
      ),
    ),
)

const AMOUNT_TOKENS = [
  '$',
  '(',
  ')',
  '-',
  '\u2212',
  ',',
  '.',
  ' ',
  '\t',
  '\u00a0',
  '0',
  '1',
  '5',
  '9',
  '000',
  ',000',
  '168',
  'k',
  'm',
  'mm',
  'mn',
  'million',
  'Million',
  'bn',
  'billion',
  'thousand',
  'e',
  '+',
  '%',
  'USD',
  '€',
] as const

/** Text assembled from the pieces people type into amount cells, in any order. */
const amountLike = fc
  .array(fc.constantFrom(...AMOUNT_TOKENS), { maxLength: 12 })
  .map((tokens) => tokens.join(''))

/** Well-formed amounts in the many ways they are written: "$(1,234.5 million)", "-0.02", "5.6m". */
const typedAmount = fc
  .record({
    whole: fc.bigInt({ min: 0n, max: 10n ** 15n }),
    fraction: fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
    grouped: fc.boolean(),
    sign: fc.constantFrom('', '-', '()', '$()', '($)'),
    scale: fc.constantFrom('', 'k', 'm', ' million', 'bn', 'B'),
  })
  .map(({ whole, fraction, grouped, sign, scale }) => {
    const digits = grouped ? whole.toLocaleString('en-US') : whole.toString()
    const number = `${digits}${fraction === undefined ? '' : `.${fraction}`}${scale}`
    switch (sign) {
      case '-':
        return `-${number}`
      case '()':
        return `(${number})`
      case '$()':
        return `$(${number})`
      case '($)':
        return `($${number})`
      default:
        return `$${number}`
    }
  })

/** What might be typed or pasted into an amount cell. */
export const amountText: fc.Arbitrary<string> = fc.oneof(
  amountLike,
  typedAmount,
  ambiguousAmount.map((amount) => amount.text),
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    '   ',
    '1'.repeat(400),
    '(',
    ')',
    '()',
    '$',
    '-$',
    '--1',
    '(-1)',
    '1,00',
    '1,0000',
    '.5',
    '5.',
  ),
)

/** A cell of the figures grid. */
export const figureCell: fc.Arbitrary<readonly [Measure, PeriodKey]> = fc.tuple(
  fc.constantFrom(...VERSION_1_MEASURES),
  fc.constantFrom(...PERIODS),
)
