import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { base64ToBytes, rasterSize } from '../../../../renderer/src/export/docx/image-size'
import { LOGO_PATH, jpegHeader, toBase64 } from './docx-fixtures'

describe('rasterSize', () => {
  it('reads a PNG\u2019s size from its header', () => {
    expect(rasterSize(readFileSync(LOGO_PATH), 'png')).toEqual({ width: 640, height: 160 })
  })

  it('reads a JPEG\u2019s size from its start-of-frame segment, past the segments before it', () => {
    expect(rasterSize(jpegHeader(1234, 567), 'jpg')).toEqual({ width: 1234, height: 567 })
  })

  it('skips fill bytes between JPEG segments', () => {
    const bytes = jpegHeader(300, 100)
    const padded = Uint8Array.from([...bytes.subarray(0, 2), 0xff, 0xff, ...bytes.subarray(2)])
    expect(rasterSize(padded, 'jpg')).toEqual({ width: 300, height: 100 })
  })

  it('refuses bytes that are not the type claimed, cut short, or of zero size', () => {
    const png = readFileSync(LOGO_PATH)
    expect(rasterSize(png, 'jpg')).toBeNull()
    expect(rasterSize(jpegHeader(10, 10), 'png')).toBeNull()
    expect(rasterSize(png.subarray(0, 20), 'png')).toBeNull()
    expect(rasterSize(jpegHeader(10, 10).subarray(0, 12), 'jpg')).toBeNull()
    expect(rasterSize(jpegHeader(0, 10), 'jpg')).toBeNull()
    expect(rasterSize(new Uint8Array(0), 'png')).toBeNull()
  })
})

describe('base64ToBytes', () => {
  it('decodes what Node encodes, without Buffer', () => {
    const bytes = readFileSync(LOGO_PATH)
    const decoded = base64ToBytes(toBase64(bytes))
    expect(decoded?.length).toBe(bytes.length)
    expect(Buffer.from(decoded ?? []).equals(bytes)).toBe(true)
  })

  it('returns null for text that is not base64', () => {
    expect(base64ToBytes('abcde')).toBeNull()
    expect(base64ToBytes('not base64!')).toBeNull()
  })
})
