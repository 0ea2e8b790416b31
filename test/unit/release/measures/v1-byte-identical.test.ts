import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ExportHashes } from './v1-exports'
import { HASHES_PATH, v1ExportHashes } from './v1-exports'

// Written once, before measures became data: a version-1 release must export to the same bytes ever after.
const FROZEN = JSON.parse(readFileSync(HASHES_PATH, 'utf8')) as Record<string, ExportHashes>

describe('a version-1 release exports as it did before measures became data', () => {
  it('gives the same DOCX bytes and the same text for the sample, its variants and its figures file draft', async () => {
    const now = await v1ExportHashes()
    expect(Object.keys(FROZEN).length).toBeGreaterThan(10)
    expect(now).toEqual(FROZEN)
    // Thirteen DOCX exports on a shared machine: the default five seconds is too short, not a limit.
  }, 120_000)
})
