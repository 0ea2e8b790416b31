import { deflateRawSync } from 'node:zlib'
import fc from 'fast-check'

/**
 * Word packages for the DOCX reader of `check`, built in memory: small honest ones, ones whose
 * document.xml inflates far past what they declare, and either kind damaged byte by byte.
 */

interface Part {
  readonly name: string
  readonly data: Uint8Array
  readonly deflate: boolean
  /** The inflated size the package claims; a bomb may lie. */
  readonly declared?: number
}

function u16(value: number): Uint8Array {
  return Uint8Array.of(value & 0xff, (value >>> 8) & 0xff)
}

function u32(value: number): Uint8Array {
  return Uint8Array.of(
    value & 0xff,
    (value >>> 8) & 0xff,
    (value >>> 16) & 0xff,
    (value >>> 24) & 0xff,
  )
}

function concat(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0))
  let at = 0
  for (const piece of pieces) {
    out.set(piece, at)
    at += piece.length
  }
  return out
}

/** A zip package of the parts, with a central directory (no checksums: the reader never needs them). */
export function zipOf(parts: readonly Part[]): Uint8Array {
  const locals: Uint8Array[] = []
  const directory: Uint8Array[] = []
  let offset = 0
  for (const part of parts) {
    const name = new TextEncoder().encode(part.name)
    const stored = part.deflate ? deflateRawSync(part.data) : part.data
    const header = [u16(20), u16(0), u16(part.deflate ? 8 : 0), u16(0), u16(0x21), u32(0)]
    const sizes = [u32(stored.length), u32(part.declared ?? part.data.length)]
    const local = concat([
      u32(0x04034b50),
      ...header,
      ...sizes,
      u16(name.length),
      u16(0),
      name,
      stored,
    ])
    directory.push(
      concat([
        u32(0x02014b50),
        u16(20),
        ...header,
        ...sizes,
        u16(name.length),
        u16(0),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(offset),
        name,
      ]),
    )
    locals.push(local)
    offset += local.length
  }
  const central = concat(directory)
  const end = concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(parts.length),
    u16(parts.length),
    u32(central.length),
    u32(offset),
    u16(0),
  ])
  return concat([...locals, central, end])
}

const XML_PIECES = [
  '<w:p>',
  '</w:p>',
  '<w:p/>',
  '<w:r>',
  '</w:r>',
  '<w:t>',
  '<w:t xml:space="preserve">',
  '</w:t>',
  '<w:tab/>',
  '<w:br/>',
  '<w:delText>',
  '</w:delText>',
  'Sales rose 19% to $5.6 million',
  '$(0.02)',
  ' ',
  '<',
  '>',
  '&amp;',
  '&#x110000;',
  '&#xD800;',
  '&#0;',
  '&#65;',
  '&#99999999999999999999;',
  '&bogus;',
  '\u202e',
  '\ufffe',
] as const

/** document.xml made of the pieces Word writes and the ones that break readers. */
export const documentXml: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...XML_PIECES), { maxLength: 60 })
  .map((pieces) => `<w:document><w:body>${pieces.join('')}</w:body></w:document>`)

/** The budget the property reads with: small, so a bomb is refused after a moment's work. */
export const FUZZ_BUDGET = { partBytes: 256 * 1024, totalBytes: 384 * 1024 } as const

const honest = documentXml.map((xml) => [
  { name: 'word/document.xml', data: new TextEncoder().encode(xml), deflate: true },
])

/** Zeros that inflate past the budget, declared honestly or as a few bytes. */
const bomb = fc
  .record({
    kilobytes: fc.integer({ min: 200, max: 2_048 }),
    lies: fc.boolean(),
    deflate: fc.boolean(),
  })
  .map(({ kilobytes, lies, deflate }) => {
    const data = new Uint8Array(kilobytes * 1024)
    return [{ name: 'word/document.xml', data, deflate, ...(lies ? { declared: 100 } : {}) }]
  })

const missing = fc.constant([{ name: 'word/other.xml', data: new Uint8Array(4), deflate: false }])

/** Overwrites a few bytes, or cuts the package short: what a damaged download looks like. */
function damaged(
  bytes: Uint8Array,
  edits: readonly (readonly [number, number])[],
  cut: number | null,
): Uint8Array {
  const copy = bytes.slice(0, cut === null ? bytes.length : cut % (bytes.length + 1))
  for (const [at, value] of edits) if (copy.length > 0) copy[at % copy.length] = value
  return copy
}

/** Bytes a `.docx` might hold. */
export const docxBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc
    .tuple(
      fc.oneof(
        { weight: 4, arbitrary: honest },
        { weight: 2, arbitrary: bomb },
        { weight: 1, arbitrary: missing },
      ),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
      fc.option(fc.nat(), { nil: null }),
    )
    .map(([parts, edits, cut]) => damaged(zipOf(parts), edits, cut)),
  fc.uint8Array({ maxLength: 200 }),
)
