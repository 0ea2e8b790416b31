import { open } from 'node:fs/promises'
import { constants, crc32, deflateRawSync } from 'node:zlib'

/**
 * Word drafts built to exhaust a reader: a word/document.xml that inflates to far more than its
 * package holds. The deflate stream is one compressed block of zeros repeated (each ends on a
 * byte boundary, so copies chain into one valid stream), written to disk in chunks: a package
 * that inflates to gigabytes takes a few megabytes and a moment to write, never the gigabytes.
 */

const SEGMENT_BYTES = 16 * 1024 * 1024
/** A final, empty block with fixed codes: ends the stream. */
const FINAL_BLOCK = Uint8Array.of(0x03, 0x00)

/** 16 MB of `fill` repeated, as deflate blocks that do not end the stream. */
function segment(fill: Buffer): Uint8Array {
  return deflateRawSync(fill, { level: 9, finishFlush: constants.Z_SYNC_FLUSH })
}

/** Past this, the checksum is left at zero: a bomb is refused long before a reader could check it. */
const CHECKSUM_UP_TO = 256 * 1024 * 1024

function u16(value: number): Buffer {
  const buffer = Buffer.alloc(2)
  buffer.writeUInt16LE(value)
  return buffer
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4)
  buffer.writeUInt32LE(value)
  return buffer
}

function u64(value: number): Buffer {
  const buffer = Buffer.alloc(8)
  buffer.writeBigUInt64LE(BigInt(value))
  return buffer
}

export interface BombOptions {
  /** What document.xml inflates to, in steps of up to 16 MB. Past 4 GB the package is zip64. */
  readonly inflatedBytes: number
  /** The size the package declares for document.xml; a bomb may lie. Defaults to the truth. */
  readonly declaredBytes?: number
  /** What document.xml repeats: zero bytes by default, or words for one endless paragraph. */
  readonly fill?: string
  /** Markup before and after the repeated bytes, such as a paragraph's opening and closing tags. */
  readonly before?: string
  readonly after?: string
}

/** Text as deflate blocks that do not end the stream; its back-references stay within itself. */
function textSegment(text: string): Uint8Array {
  return deflateRawSync(Buffer.from(text), { finishFlush: constants.Z_SYNC_FLUSH })
}

/** Writes a zip package whose only part, word/document.xml, inflates to `inflatedBytes`. */
export async function writeDocxBomb(path: string, options: BombOptions): Promise<void> {
  const name = Buffer.from('word/document.xml')
  const segmentBytes = Math.min(SEGMENT_BYTES, options.inflatedBytes)
  const copies = Math.ceil(options.inflatedBytes / segmentBytes)
  const fill = Buffer.alloc(segmentBytes, options.fill ?? '\0')
  const block = segment(fill)
  const before = textSegment(options.before ?? '')
  const after = textSegment(options.after ?? '')
  const compressedSize = before.length + copies * block.length + after.length + FINAL_BLOCK.length
  const inflated =
    options.declaredBytes ??
    Buffer.byteLength(options.before ?? '') +
      copies * segmentBytes +
      Buffer.byteLength(options.after ?? '')
  const zip64 = inflated >= 0xffffffff
  let checksum = 0
  if (inflated <= CHECKSUM_UP_TO) {
    checksum = crc32(options.before ?? '')
    for (let copy = 0; copy < copies; copy += 1) checksum = crc32(fill, checksum)
    checksum = crc32(options.after ?? '', checksum)
  }
  // The zip64 extra field carries both sizes when the 32-bit fields cannot.
  const extra = zip64
    ? Buffer.concat([u16(1), u16(16), u64(inflated), u64(compressedSize)])
    : Buffer.alloc(0)
  const sizes = zip64 ? [u32(0xffffffff), u32(0xffffffff)] : [u32(compressedSize), u32(inflated)]
  const common = [u16(zip64 ? 45 : 20), u16(0), u16(8), u16(0), u16(0x21), u32(checksum), ...sizes]
  const local = Buffer.concat([
    u32(0x04034b50),
    ...common,
    u16(name.length),
    u16(extra.length),
    name,
    extra,
  ])
  const file = await open(path, 'w')
  try {
    await file.write(local)
    await file.write(before)
    for (let copy = 0; copy < copies; copy += 1) await file.write(block)
    await file.write(after)
    await file.write(FINAL_BLOCK)
    const directoryOffset = local.length + compressedSize
    const central = Buffer.concat([
      u32(0x02014b50),
      u16(zip64 ? 45 : 20),
      ...common,
      u16(name.length),
      u16(extra.length),
      u16(0),
      u16(0),
      u16(0),
      u32(0),
      u32(0),
      name,
      extra,
    ])
    await file.write(central)
    // In a zip64 package the classic end record only points readers on to the zip64 one.
    const end = zip64
      ? [
          u32(0x06054b50),
          u16(0),
          u16(0),
          u16(0xffff),
          u16(0xffff),
          u32(0xffffffff),
          u32(0xffffffff),
          u16(0),
        ]
      : [
          u32(0x06054b50),
          u16(0),
          u16(0),
          u16(1),
          u16(1),
          u32(central.length),
          u32(directoryOffset),
          u16(0),
        ]
    if (zip64) {
      const end64Offset = directoryOffset + central.length
      const end64 = Buffer.concat([
        u32(0x06064b50),
        u64(44),
        u16(45),
        u16(45),
        u32(0),
        u32(0),
        u64(1),
        u64(1),
        u64(central.length),
        u64(directoryOffset),
      ])
      const locator = Buffer.concat([u32(0x07064b50), u32(0), u64(end64Offset), u32(1)])
      await file.write(Buffer.concat([end64, locator]))
    }
    await file.write(Buffer.concat(end))
  } finally {
    await file.close()
  }
}
