import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { releasePathFromArgs } from '../../../electron/main/launch-args'
import { MAX_LOGO_BYTES, readLogoFile, sniffImageType } from '../../../electron/main/logo-file'
import { useTempFolder } from './helpers/temp-folder'

const folder = useTempFolder()
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16])
const SVG =
  '<?xml version="1.0"?>\n<!-- Acme logo -->\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>'

describe('logo files', () => {
  it('reads a PNG as base64 with its media type', async () => {
    const path = join(folder(), 'acme.png')
    await writeFile(path, PNG)
    expect(await readLogoFile(path)).toEqual({
      mediaType: 'image/png',
      data: Buffer.from(PNG).toString('base64'),
    })
  })

  it('recognises JPEG and SVG (with XML prologue and comment) by their first bytes', () => {
    expect(sniffImageType(JPEG)).toBe('image/jpeg')
    expect(sniffImageType(new TextEncoder().encode(SVG))).toBe('image/svg+xml')
    expect(sniffImageType(new TextEncoder().encode('<html><svg></svg></html>'))).toBeNull()
  })

  it('accepts .jpeg and .svg files whose content agrees', async () => {
    await writeFile(join(folder(), 'acme.JPEG'), JPEG)
    await writeFile(join(folder(), 'acme.svg'), SVG)
    expect((await readLogoFile(join(folder(), 'acme.JPEG'))).mediaType).toBe('image/jpeg')
    expect((await readLogoFile(join(folder(), 'acme.svg'))).mediaType).toBe('image/svg+xml')
  })

  it('refuses a file whose content does not match its extension', async () => {
    const path = join(folder(), 'renamed.jpg')
    await writeFile(path, PNG)
    await expect(readLogoFile(path)).rejects.toThrow(
      'is named like a JPEG file but its content is a PNG image',
    )
  })

  it('refuses other formats and files over 2 MB', async () => {
    await expect(readLogoFile(join(folder(), 'logo.gif'))).rejects.toThrow(
      'is not a PNG, JPEG or SVG image',
    )
    const big = join(folder(), 'huge.png')
    await writeFile(big, new Uint8Array(MAX_LOGO_BYTES + 1))
    await expect(readLogoFile(big)).rejects.toThrow('logos can be at most 2 MB')
  })
})

describe('release path on the command line', () => {
  it('takes the first .json argument, skipping switches, resolved against the launch folder', () => {
    expect(releasePathFromArgs(['--inspect=0', '.', 'Q3.release.json'], '/home/ir')).toBe(
      '/home/ir/Q3.release.json',
    )
    expect(releasePathFromArgs(['/data/q2.JSON'], '/tmp')).toBe('/data/q2.JSON')
    expect(releasePathFromArgs(['--flag=a.json', 'notes.txt'], '/tmp')).toBeNull()
    expect(releasePathFromArgs([], '/tmp')).toBeNull()
  })
})
