import { INPUT_LIMITS, sizeInWords } from './input-limits'

/**
 * What a logo's bytes are, read from the bytes themselves: a file's label (its extension, or the
 * media type written in a release) can be wrong, and a logo that is not the image it claims to be
 * breaks the letterhead and the Word export.
 */

export const LOGO_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const
export type LogoMediaType = (typeof LOGO_MEDIA_TYPES)[number]

/** The image type from the first bytes: PNG and JPEG signatures, or an SVG root element. */
export function sniffImageType(bytes: Uint8Array): LogoMediaType | null {
  const starts = (signature: readonly number[]): boolean =>
    signature.every((byte, index) => bytes[index] === byte)
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg'
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).trimStart()
  // An SVG may open with an XML declaration, comments or a doctype before its <svg> root.
  const prologue = /^(?:<\?xml[^>]*\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i
  return prologue.test(head) ? 'image/svg+xml' : null
}

/** "a PNG", "a JPEG", "an SVG": the type as a message names it. */
export function imageTypeLabel(type: LogoMediaType): string {
  switch (type) {
    case 'image/png':
      return 'a PNG'
    case 'image/jpeg':
      return 'a JPEG'
    case 'image/svg+xml':
      return 'an SVG'
  }
}

const BASE64_VALUES: ReadonlyMap<string, number> = new Map(
  Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', (char, index) => [
    char,
    index,
  ]),
)

/** The first bytes of base64 data, decoded without decoding the rest: enough to sniff the type. */
export function base64Head(data: string, bytes = 4096): Uint8Array {
  const quads = data.slice(0, Math.ceil(bytes / 3) * 4)
  const out: number[] = []
  let buffer = 0
  let bits = 0
  for (const char of quads) {
    const value = BASE64_VALUES.get(char)
    if (value === undefined) break
    buffer = ((buffer << 6) | value) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out.push((buffer >> bits) & 0xff)
    }
  }
  return Uint8Array.from(out)
}

/** The type of base64 image data: a signature is in the first bytes, an SVG root may be further on. */
function sniffBase64(data: string): LogoMediaType | null {
  const bySignature = sniffImageType(base64Head(data, 12))
  if (bySignature === 'image/png' || bySignature === 'image/jpeg') return bySignature
  return sniffImageType(base64Head(data))
}

/** How many bytes base64 data decodes to. */
export function base64ByteLength(data: string): number {
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0
  return Math.floor((data.length * 3) / 4) - padding
}

/** Why a logo cannot be used (too large, or not the image its type says), or null when it can. */
export function logoProblem(mediaType: LogoMediaType, data: string): string | null {
  const size = base64ByteLength(data)
  if (size > INPUT_LIMITS.logoBytes) {
    return `the logo is ${sizeInWords(size)}; a logo can be at most ${sizeInWords(INPUT_LIMITS.logoBytes)}. Choose a smaller copy in the Company tab`
  }
  const actual = sniffBase64(data)
  if (actual === mediaType) return null
  const what = actual === null ? 'not a PNG, JPEG or SVG image' : `${imageTypeLabel(actual)} image`
  return `the logo is labelled ${imageTypeLabel(mediaType)} image, but its bytes are ${what}. Choose the logo again in the Company tab`
}
