import fc from 'fast-check'
import { INPUT_LIMITS } from '../../renderer/src/release/input-limits'
import { allPaths } from './json-mutation'
import type { JsonPath } from './json-mutation'
import { SAMPLE_RELEASE } from './arbitraries'

/**
 * The shapes built to exhaust a loader rather than to confuse it: JSON nested about as deep as
 * the limit and wide at every level, lists longer than the list limit, and text of the length
 * limits. Each is spliced into the sample as text, so building it never overflows the fuzzer.
 */

/** Where in the sample a hostile value goes: any path the sample has, or one below it. */
export const samplePath: fc.Arbitrary<JsonPath> = fc.constantFrom(...allPaths(SAMPLE_RELEASE, 6))

const MARK = '\u0000hostile\u0000'

/** The sample's text with the value at `path` replaced by the JSON text `value`. */
export function spliced(sample: unknown, path: JsonPath, value: string): string {
  const copy = structuredClone(sample)
  let node: unknown = copy
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key]
  const last = path[path.length - 1]
  if (last === undefined || typeof node !== 'object' || node === null) return value
  ;(node as Record<string | number, unknown>)[last] = MARK
  return JSON.stringify(copy).replace(JSON.stringify(MARK), () => value)
}

/** Lists nested `depth` deep with `width` values at the bottom, and the same width at every level. */
const deepAndWide = fc
  .record({
    depth: fc.integer({ min: INPUT_LIMITS.nesting - 12, max: INPUT_LIMITS.nesting + 12 }),
    width: fc.integer({ min: 1, max: 3_000 }),
    sideWidth: fc.integer({ min: 0, max: 40 }),
    leaf: fc.constantFrom('0', '"x"', '{}', 'null', '{"type":"paragraph"}'),
    object: fc.boolean(),
  })
  .map(({ depth, width, sideWidth, leaf, object }) => {
    const side = Array.from({ length: sideWidth }, () => leaf).join(',')
    const open = object
      ? `{"type":[${side}${sideWidth > 0 ? ',' : ''}`
      : `[${side}${sideWidth > 0 ? ',' : ''}`
    const close = object ? ']}' : ']'
    return `${open.repeat(depth)}${Array.from({ length: width }, () => leaf).join(',')}${close.repeat(depth)}`
  })

/** A list or an object with more entries than any release has, of small values. */
const hugeList = fc
  .record({
    extra: fc.integer({ min: -5, max: 40_000 }),
    item: fc.constantFrom('0', '""', '"Newark, NY"', '{"type":"paragraph"}', '[]'),
    object: fc.boolean(),
  })
  .map(({ extra, item, object }) => {
    const count = INPUT_LIMITS.listItems + extra
    return object
      ? `{${Array.from({ length: count }, (_, index) => `"k${index}":${item}`).join(',')}}`
      : `[${Array.from({ length: count }, () => item).join(',')}]`
  })

/** A rich-text block at and around the limits of paragraphs, pieces and characters. */
const hugeBlock = fc
  .record({
    paragraphs: fc.integer({ min: 1, max: INPUT_LIMITS.blockParagraphs + 5 }),
    characters: fc.constantFrom(
      1,
      INPUT_LIMITS.paragraphCharacters,
      INPUT_LIMITS.paragraphCharacters + 1,
      Math.ceil(INPUT_LIMITS.blockCharacters / 5),
    ),
    longOnes: fc.integer({ min: 0, max: 6 }),
  })
  .map(({ paragraphs, characters, longOnes }) => {
    const long = JSON.stringify({
      type: 'paragraph',
      content: [{ type: 'text', text: 'x'.repeat(characters) }],
    })
    const short = '{"type":"paragraph","content":[{"type":"text","text":"IEC"}]}'
    const items = Array.from({ length: paragraphs }, (_, index) =>
      index < longOnes ? long : short,
    )
    return `{"type":"doc","content":[${items.join(',')}]}`
  })

/** JSON text of a value built to exhaust a loader. */
export const hostileValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: deepAndWide },
  { weight: 3, arbitrary: hugeList },
  { weight: 1, arbitrary: hugeBlock },
)

/** A narrative block's path in the sample, for values shaped like rich text. */
export const blockPath: fc.Arbitrary<JsonPath> = fc.constantFrom(
  ...['headline', 'results', 'boilerplate', 'safeHarbor', 'contact'].map((block) => [
    'narrative',
    block,
  ]),
  ['narrative', 'quote', 'text'],
)
