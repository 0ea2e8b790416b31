import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import {
  deterministicZip,
  repackZip,
  stampZipEntries,
} from '../../../../renderer/src/export/docx/zip-stamp'
import { sameBytes } from '../../../support/unzip'

const FILES = {
  '[Content_Types].xml': '<Types/>',
  'word/document.xml': '<w:document>words</w:document>',
}

async function zipDatedAt(date: Date, comment?: string): Promise<Uint8Array> {
  const zip = new JSZip()
  for (const [name, text] of Object.entries(FILES))
    zip.file(name, text, { date, createFolders: false })
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    ...(comment === undefined ? {} : { comment }),
  })
}

async function entryDates(zip: Uint8Array): Promise<string[]> {
  const loaded = await JSZip.loadAsync(zip)
  return Object.values(loaded.files).map((file) => file.date.toISOString())
}

describe('stampZipEntries', () => {
  it('gives zips that differ only in their entries\u2019 dates the same bytes', async () => {
    const march = await zipDatedAt(new Date(Date.UTC(2031, 2, 4, 5, 6, 8)))
    const august = await zipDatedAt(new Date(Date.UTC(2032, 7, 9, 10, 11, 12)))
    expect(sameBytes(march, august)).toBe(false)
    const stampedMarch = stampZipEntries(march)
    const stampedAugust = stampZipEntries(august)
    expect(stampedMarch).not.toBeNull()
    expect(sameBytes(stampedMarch ?? march, stampedAugust ?? august)).toBe(true)
    expect(await entryDates(stampedMarch ?? march)).toEqual([
      '2000-01-01T00:00:00.000Z',
      '2000-01-01T00:00:00.000Z',
    ])
  })

  it('keeps the contents readable and unchanged', async () => {
    const stamped = stampZipEntries(await zipDatedAt(new Date(Date.UTC(2031, 2, 4))))
    const loaded = await JSZip.loadAsync(stamped ?? new Uint8Array(0))
    expect(await loaded.file('word/document.xml')?.async('string')).toBe(FILES['word/document.xml'])
  })

  it('finds the directory behind a zip comment', async () => {
    const stamped = stampZipEntries(await zipDatedAt(new Date(Date.UTC(2031, 2, 4)), 'a comment'))
    expect(stamped).not.toBeNull()
  })

  it('returns null for bytes that are not a zip', () => {
    expect(
      stampZipEntries(new TextEncoder().encode('not a zip file at all, not even close')),
    ).toBeNull()
  })
})

describe('repackZip, the fallback', () => {
  it('also gives zips that differ only in dates the same bytes', async () => {
    const first = await repackZip(await zipDatedAt(new Date(Date.UTC(2031, 2, 4, 5, 6, 8))))
    const second = await repackZip(await zipDatedAt(new Date(Date.UTC(2032, 7, 9, 10, 11, 12))))
    expect(sameBytes(first, second)).toBe(true)
    expect(await entryDates(first)).toEqual([
      '2000-01-01T00:00:00.000Z',
      '2000-01-01T00:00:00.000Z',
    ])
  })
})

describe('deterministicZip', () => {
  it('stamps a readable zip', async () => {
    const zip = await zipDatedAt(new Date(Date.UTC(2031, 2, 4)))
    expect(sameBytes(await deterministicZip(zip), stampZipEntries(zip) ?? new Uint8Array(0))).toBe(
      true,
    )
  })
})
