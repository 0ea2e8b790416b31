/**
 * Reads a PNG's or JPEG's size in pixels from its bytes, so the letterhead logo can be scaled to its
 * height on the page without a DOM image element (the export runs in the renderer and in Node).
 */
export interface PixelSize {
  readonly width: number
  readonly height: number
}

export type RasterType = 'png' | 'jpg'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const

/**
 * Decodes base64 without Node's Buffer (`atob` exists in browsers and in Node 16+); null when the
 * text is not valid base64, such as a cut-off string.
 */
export function base64ToBytes(base64: string): Uint8Array | null {
  let binary: string
  try {
    binary = atob(base64)
  } catch {
    return null
  }
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index)
  return bytes
}

function byteAt(bytes: Uint8Array, index: number): number {
  return bytes[index] ?? 0
}

function uint16(bytes: Uint8Array, index: number): number {
  return byteAt(bytes, index) * 0x100 + byteAt(bytes, index + 1)
}

function uint32(bytes: Uint8Array, index: number): number {
  return uint16(bytes, index) * 0x10000 + uint16(bytes, index + 2)
}

function pngSize(bytes: Uint8Array): PixelSize | null {
  if (bytes.length < 24) return null
  if (!PNG_SIGNATURE.every((value, index) => bytes[index] === value)) return null
  // The first chunk must be IHDR: its width and height follow the chunk length and type.
  const isIhdr = String.fromCharCode(...bytes.subarray(12, 16)) === 'IHDR'
  if (!isIhdr) return null
  return positive({ width: uint32(bytes, 16), height: uint32(bytes, 20) })
}

/** Start-of-frame markers carry the size; C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding) don't. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
}

function jpegSize(bytes: Uint8Array): PixelSize | null {
  if (byteAt(bytes, 0) !== 0xff || byteAt(bytes, 1) !== 0xd8) return null
  let offset = 2
  while (offset + 9 < bytes.length) {
    if (byteAt(bytes, offset) !== 0xff) return null
    const marker = byteAt(bytes, offset + 1)
    // Fill bytes (0xFF 0xFF) may pad between segments.
    if (marker === 0xff) {
      offset += 1
      continue
    }
    // Markers without a length: TEM and the restart markers.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2
      continue
    }
    if (isStartOfFrame(marker)) {
      return positive({ width: uint16(bytes, offset + 7), height: uint16(bytes, offset + 5) })
    }
    const length = uint16(bytes, offset + 2)
    if (length < 2) return null
    offset += 2 + length
  }
  return null
}

function positive(size: PixelSize): PixelSize | null {
  return size.width > 0 && size.height > 0 ? size : null
}

/** The image's size in pixels, or null when the bytes are not the PNG or JPEG they claim to be. */
export function rasterSize(bytes: Uint8Array, type: RasterType): PixelSize | null {
  return type === 'png' ? pngSize(bytes) : jpegSize(bytes)
}
