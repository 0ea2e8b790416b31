import fc from 'fast-check'
import { forbiddenXmlCharacter } from '../../renderer/src/export/docx/docx-well-formed'
import { needsCleaning } from '../../renderer/src/release/clean-text'
import type { ReleaseDocument } from '../../renderer/src/release/document-schema'
import { paragraphText, releaseContent } from '../../renderer/src/release/release-content'
import type { Result } from '../../renderer/src/release/result'
import { SAMPLE_RELEASE } from './arbitraries'
import { setAt } from './json-mutation'

/**
 * The fuzz shape of hidden characters: the sample release with text full of format characters
 * (bidi controls, zero-width characters, soft hyphens, tags), controls, noncharacters, unpaired
 * surrogates and fullwidth digits, in any of its text fields. A release that opens holds none of
 * them anywhere, lays out text XML allows, and reads back the same after saving.
 */

const HIDDEN = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u180E',
  '\uFFF9',
  '\u{E0001}',
  '\u{E007F}',
  '\u0000',
  '\u0007',
  '\u000B',
  '\r',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009F',
  '\uFFFE',
  '\uFFFF',
  '\uFDD0',
  '\u{10FFFF}',
  '\uD800',
  '\uDFFF',
  '\uFF19',
  '\uFF0E',
  '\uFF05',
  '\u3000',
] as const

const hiddenCharacter = fc.constantFrom(...HIDDEN)
const visiblePiece = fc.constantFrom(
  '$5.6 million',
  ' ',
  'up 19%',
  'IEC',
  '\t',
  '\n',
  'é',
  '日本',
  '📈',
  '5',
  '.',
)

/** Text mixing words and amounts with hidden characters, sometimes nothing but hidden ones. */
export const textWithHiddenCharacters: fc.Arbitrary<string> = fc
  .array(
    fc.oneof({ weight: 2, arbitrary: hiddenCharacter }, { weight: 1, arbitrary: visiblePiece }),
    {
      minLength: 1,
      maxLength: 12,
    },
  )
  .map((pieces) => pieces.join(''))

const TEXT_KEYS = new Set([
  'text',
  'name',
  'shortName',
  'ticker',
  'datelineCity',
  'phone',
  'fax',
  'web',
  'exhibitLabel',
  'speaker',
  'title',
])

/** Every path in the sample to a string a person writes: text runs, company details, the quote's speaker. */
function textPaths(
  value: unknown,
  path: readonly (string | number)[] = [],
): (readonly (string | number)[])[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => textPaths(item, [...path, index]))
  if (typeof value !== 'object' || value === null) {
    const last = path[path.length - 1]
    const inAddress = path.includes('addressLines')
    return typeof value === 'string' &&
      (inAddress || (typeof last === 'string' && TEXT_KEYS.has(last)))
      ? [path]
      : []
  }
  return Object.entries(value).flatMap(([key, item]) => textPaths(item, [...path, key]))
}

const TEXT_PATHS = textPaths(SAMPLE_RELEASE)

/** The sample's JSON text with hidden-character text in one to five of its text fields. */
export const releaseWithHiddenText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.nat(TEXT_PATHS.length - 1), textWithHiddenCharacters), {
    minLength: 1,
    maxLength: 5,
  })
  .map((edits) => {
    const copy = structuredClone(SAMPLE_RELEASE)
    for (const [pick, text] of edits) {
      const path = TEXT_PATHS[pick]
      if (path !== undefined) setAt(copy, [...path], text)
    }
    return JSON.stringify(copy)
  })

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings)
  return []
}

/** Throws unless the release holds no character the cleaner changes and lays out as XML allows. */
export function assertKeptText(result: Result<ReleaseDocument>): void {
  if (!result.ok) {
    // The one refusal hidden characters can cause: a company name with nothing else in it.
    if (result.error !== 'company.name: the company name is required')
      throw new Error(`refused: ${result.error}`)
    return
  }
  const kept = strings(result.value).find(needsCleaning)
  if (kept !== undefined) throw new Error(`an opened release keeps ${JSON.stringify(kept)}`)
  const content = releaseContent(result.value)
  const laidOut = [
    content.title,
    content.letterhead?.companyName ?? '',
    content.letterhead?.addressLine ?? '',
    ...content.paragraphs.map(paragraphText),
  ]
  for (const text of laidOut) {
    const forbidden = forbiddenXmlCharacter(text)
    if (forbidden !== null)
      throw new Error(`the release lays out ${forbidden} in ${JSON.stringify(text)}`)
  }
}
