/**
 * The sizes an XLSX package (a zip) says its parts inflate to, read from its central directory
 * alone: a few megabytes of zip can inflate to gigabytes, so a workbook is judged before any part
 * of it is inflated.
 */

const END_OF_DIRECTORY = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_END = 0x06064b50
const DIRECTORY_ENTRY = 0x02014b50
const ZIP64_EXTRA = 0x0001
const MAX32 = 0xffffffff

/** What the directory says: the parts' total inflated size and the largest part, or null when it cannot be read. */
export interface PackageSizes {
  readonly parts: number
  readonly totalBytes: number
  readonly largestPart: { readonly name: string; readonly bytes: number }
}

function u64(data: DataView, offset: number): number {
  // Past 2^53 bytes is no workbook: as good as infinite for the limit.
  return Number(data.getBigUint64(offset, true))
}

function directoryOf(data: DataView): { readonly offset: number; readonly count: number } | null {
  const earliest = Math.max(0, data.byteLength - 22 - 0xffff)
  for (let at = data.byteLength - 22; at >= earliest; at -= 1) {
    if (data.getUint32(at, true) !== END_OF_DIRECTORY) continue
    const locator = at - 20
    if (locator >= 0 && data.getUint32(locator, true) === ZIP64_LOCATOR) {
      const end = u64(data, locator + 8)
      if (end + 56 > data.byteLength || data.getUint32(end, true) !== ZIP64_END) return null
      return { count: u64(data, end + 32), offset: u64(data, end + 48) }
    }
    return { count: data.getUint16(at + 10, true), offset: data.getUint32(at + 16, true) }
  }
  return null
}

/** A part's inflated size, from its zip64 extra field where the 32-bit field says "see there". */
function inflatedSize(data: DataView, entry: number, nameLength: number, extraLength: number): number {
  const size = data.getUint32(entry + 24, true)
  if (size !== MAX32) return size
  let at = entry + 46 + nameLength
  const end = at + extraLength
  while (at + 4 <= end && at + 4 <= data.byteLength) {
    const id = data.getUint16(at, true)
    const length = data.getUint16(at + 2, true)
    if (id === ZIP64_EXTRA && at + 12 <= data.byteLength) return u64(data, at + 4)
    at += 4 + length
  }
  return Number.POSITIVE_INFINITY
}

/** The sizes the package's central directory declares; null for bytes that are no readable zip. */
export function packageSizes(bytes: Uint8Array): PackageSizes | null {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (data.byteLength < 22) return null
  const directory = directoryOf(data)
  if (directory === null) return null
  const names = new TextDecoder('utf-8')
  let at = directory.offset
  let totalBytes = 0
  let largestPart = { name: '', bytes: 0 }
  for (let index = 0; index < directory.count; index += 1) {
    if (at + 46 > data.byteLength || data.getUint32(at, true) !== DIRECTORY_ENTRY) return null
    const nameLength = data.getUint16(at + 28, true)
    const extraLength = data.getUint16(at + 30, true)
    const commentLength = data.getUint16(at + 32, true)
    const bytesOf = inflatedSize(data, at, nameLength, extraLength)
    totalBytes += bytesOf
    if (bytesOf > largestPart.bytes)
      largestPart = { name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)), bytes: bytesOf }
    at += 46 + nameLength + extraLength + commentLength
  }
  return { parts: directory.count, totalBytes, largestPart }
}
