import JSZip from 'jszip'

/**
 * Makes a zip's bytes depend on its contents only. docx's zip stamps every entry with the local time
 * of packing; these give each entry one fixed date instead, so the same release always gives the
 * same bytes, whenever and wherever it is exported.
 */

/** 2000-01-01 00:00 as a zip (MS-DOS) date and time; zip dates cannot go before 1980. */
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1
const DOS_TIME = 0
const FIXED_ENTRY_DATE = new Date(Date.UTC(2000, 0, 1))

const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50
const LOCAL_FILE_HEADER = 0x04034b50
const END_RECORD_SIZE = 22
const MAX_COMMENT = 0xffff

function findEndRecord(view: DataView): number | null {
  const last = view.byteLength - END_RECORD_SIZE
  for (let offset = last; offset >= 0 && offset >= last - MAX_COMMENT; offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset
  }
  return null
}

function setDosStamp(view: DataView, offset: number): void {
  view.setUint16(offset, DOS_TIME, true)
  view.setUint16(offset + 2, DOS_DATE, true)
}

/**
 * A copy of the zip with every entry's date set to the fixed date, in its local header and in the
 * central directory; null when the bytes are not the plain (non-zip64) zip expected.
 */
export function stampZipEntries(zip: Uint8Array): Uint8Array | null {
  const copy = zip.slice()
  const view = new DataView(copy.buffer, copy.byteOffset, copy.byteLength)
  const end = findEndRecord(view)
  if (end === null) return null
  const entries = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  // 0xFFFF and 0xFFFFFFFF mean the real values are in a zip64 record, which docx does not write.
  if (entries === 0xffff || offset === 0xffffffff) return null
  for (let index = 0; index < entries; index += 1) {
    if (offset + 46 > end || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) return null
    const local = view.getUint32(offset + 42, true)
    if (local + 30 > copy.byteLength || view.getUint32(local, true) !== LOCAL_FILE_HEADER)
      return null
    setDosStamp(view, offset + 12)
    setDosStamp(view, local + 10)
    const nameLength = view.getUint16(offset + 28, true)
    const extraLength = view.getUint16(offset + 30, true)
    const commentLength = view.getUint16(offset + 32, true)
    offset += 46 + nameLength + extraLength + commentLength
  }
  return copy
}

/** The slower way to the same end, for a zip the stamping cannot read: re-pack it with fixed dates. */
export async function repackZip(zip: Uint8Array): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(zip)
  const files = Object.values(source.files).filter((file) => !file.dir)
  const contents = await Promise.all(
    files.map(async (file) => ({ name: file.name, data: await file.async('uint8array') })),
  )
  const target = new JSZip()
  for (const { name, data } of contents) {
    target.file(name, data, { date: FIXED_ENTRY_DATE, createFolders: false })
  }
  return target.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  })
}

/** The zip with fixed entry dates: stamped in place, or re-packed when it cannot be. */
export async function deterministicZip(zip: Uint8Array): Promise<Uint8Array> {
  return stampZipEntries(zip) ?? repackZip(zip)
}
