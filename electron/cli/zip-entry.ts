import { inflateRawSync } from 'node:zlib'
import { countInWords, sizeInWords } from '../../renderer/src/release/input-limits'

/**
 * Reading one part of a Word document (a zip package) without trusting the sizes it declares:
 * a few megabytes of zip can inflate to gigabytes. Only the central directory is read up front;
 * the part is inflated in zlib's small chunks and refused as soon as it passes its limit, so a
 * zip bomb costs at most the limit in memory and never more than a moment.
 */

/** Why a package could not be read, as the words after "not a Word document (…)". */
export class PackageProblem extends Error {
  override name = 'PackageProblem'
}

/** How much may be inflated: per part, and in total across the parts read through one budget. */
export interface InflateBudget {
  readonly partBytes: number
  remainingBytes: number
}

interface Entry {
  readonly name: string
  readonly method: number
  readonly flags: number
  readonly compressedSize: number
  readonly localOffset: number
}

const END_OF_DIRECTORY = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_END = 0x06064b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const NOT_A_PACKAGE = 'the file is not a readable .docx package'

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

function u64(data: DataView, offset: number): number {
  const value = data.getBigUint64(offset, true)
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new PackageProblem(NOT_A_PACKAGE)
  return Number(value)
}

/** Where the central directory is, from the end record (and its zip64 form for large packages). */
function directoryOf(data: DataView): { readonly offset: number; readonly count: number } {
  const earliest = Math.max(0, data.byteLength - 22 - 0xffff)
  for (let at = data.byteLength - 22; at >= earliest; at -= 1) {
    if (data.getUint32(at, true) !== END_OF_DIRECTORY) continue
    let count = data.getUint16(at + 10, true)
    let offset = data.getUint32(at + 16, true)
    const locator = at - 20
    if (locator >= 0 && data.getUint32(locator, true) === ZIP64_LOCATOR) {
      const end = u64(data, locator + 8)
      if (end + 56 > data.byteLength || data.getUint32(end, true) !== ZIP64_END)
        throw new PackageProblem(NOT_A_PACKAGE)
      count = u64(data, end + 32)
      offset = u64(data, end + 48)
    }
    return { offset, count }
  }
  throw new PackageProblem(NOT_A_PACKAGE)
}

/** The compressed size and local offset, from the zip64 extra field where the 32-bit ones overflow. */
function zip64Fields(
  data: DataView,
  extraStart: number,
  extraLength: number,
  declared: { uncompressed: number; compressed: number; offset: number },
): void {
  let at = extraStart
  while (at + 4 <= extraStart + extraLength) {
    const id = data.getUint16(at, true)
    const size = data.getUint16(at + 2, true)
    if (id === 0x0001) {
      let field = at + 4
      for (const key of ['uncompressed', 'compressed', 'offset'] as const) {
        if (declared[key] !== 0xffffffff) continue
        if (field + 8 > at + 4 + size) throw new PackageProblem(NOT_A_PACKAGE)
        declared[key] = u64(data, field)
        field += 8
      }
      return
    }
    at += 4 + size
  }
}

function findEntry(data: DataView, wanted: string): Entry | null {
  const { offset, count } = directoryOf(data)
  const decoder = new TextDecoder('utf-8')
  let at = offset
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > data.byteLength || data.getUint32(at, true) !== DIRECTORY_ENTRY)
      throw new PackageProblem(NOT_A_PACKAGE)
    const nameLength = data.getUint16(at + 28, true)
    const extraLength = data.getUint16(at + 30, true)
    const commentLength = data.getUint16(at + 32, true)
    if (at + 46 + nameLength + extraLength > data.byteLength)
      throw new PackageProblem(NOT_A_PACKAGE)
    const name = decoder.decode(new Uint8Array(data.buffer, data.byteOffset + at + 46, nameLength))
    if (name === wanted) {
      const declared = {
        uncompressed: data.getUint32(at + 24, true),
        compressed: data.getUint32(at + 20, true),
        offset: data.getUint32(at + 42, true),
      }
      zip64Fields(data, at + 46 + nameLength, extraLength, declared)
      return {
        name,
        method: data.getUint16(at + 10, true),
        flags: data.getUint16(at + 8, true),
        compressedSize: declared.compressed,
        localOffset: declared.offset,
      }
    }
    at += 46 + nameLength + extraLength + commentLength
  }
  return null
}

function compressedBytes(bytes: Uint8Array, data: DataView, entry: Entry): Uint8Array {
  const at = entry.localOffset
  if (at + 30 > data.byteLength || data.getUint32(at, true) !== LOCAL_HEADER)
    throw new PackageProblem(`${entry.name} cannot be read`)
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true)
  if (start + entry.compressedSize > bytes.byteLength)
    throw new PackageProblem(`${entry.name} cannot be read: the file is cut short`)
  return bytes.subarray(start, start + entry.compressedSize)
}

function tooLarge(entry: Entry, limit: number): PackageProblem {
  return new PackageProblem(
    `${entry.name} inflates to more than ${sizeInWords(limit)}; no press release is that large`,
  )
}

/**
 * The bytes of one part of a zip package, or null when the package has no such part. Throws a
 * PackageProblem when the package is damaged or the part inflates past the budget.
 */
export function readZipPart(
  bytes: Uint8Array,
  name: string,
  budget: InflateBudget,
): Uint8Array | null {
  let data: DataView
  let entry: Entry | null
  try {
    data = view(bytes)
    entry = findEntry(data, name)
  } catch (error) {
    if (error instanceof PackageProblem) throw error
    throw new PackageProblem(NOT_A_PACKAGE)
  }
  if (entry === null) return null
  if ((entry.flags & 0x1) !== 0)
    throw new PackageProblem(`${name} is encrypted; save the draft without a password`)
  const limit = Math.min(budget.partBytes, budget.remainingBytes)
  const compressed = compressedBytes(bytes, data, entry)
  let inflated: Uint8Array
  if (entry.method === 0) {
    if (compressed.byteLength > limit) throw tooLarge(entry, limit)
    inflated = compressed
  } else if (entry.method === 8) {
    try {
      // zlib inflates in 16 KB chunks and stops as soon as the output would pass the limit.
      inflated = inflateRawSync(compressed, { maxOutputLength: Math.max(1, limit) })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        throw tooLarge(entry, limit)
      throw new PackageProblem(`${name} cannot be read: its compressed data is damaged`)
    }
  } else {
    throw new PackageProblem(
      `${name} is compressed with method ${countInWords(entry.method)}, which Word does not use`,
    )
  }
  budget.remainingBytes -= inflated.byteLength
  return inflated
}
