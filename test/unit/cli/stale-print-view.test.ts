import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { buildIsStale } from '../../../electron/cli/pdf-export'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/** A checkout with a built print view and one source file, each dated as given (seconds since 1970). */
function checkout(builtAt: number, sourceChangedAt: number): { readonly built: string; readonly sources: string } {
  const root = mkdtempSync(join(tmpdir(), 'stale-build-'))
  folders.push(root)
  const built = join(root, 'out/renderer')
  const sources = join(root, 'renderer/src/release')
  mkdirSync(built, { recursive: true })
  mkdirSync(sources, { recursive: true })
  writeFileSync(join(built, 'index.html'), '<!doctype html>')
  writeFileSync(join(sources, 'load-document.ts'), 'export {}')
  utimesSync(join(built, 'index.html'), builtAt, builtAt)
  utimesSync(join(sources, 'load-document.ts'), sourceChangedAt, sourceChangedAt)
  return { built, sources: join(root, 'renderer/src') }
}

describe('a PDF export from a print view built before the sources changed', () => {
  it('is told to rebuild when a source file is newer than the build', async () => {
    const { built, sources } = checkout(1_000_000, 2_000_000)
    expect(await buildIsStale(built, sources)).toBe(true)
  })

  it('is not when the build is newer, nor where there are no sources (a packaged app)', async () => {
    const fresh = checkout(2_000_000, 1_000_000)
    expect(await buildIsStale(fresh.built, fresh.sources)).toBe(false)
    expect(await buildIsStale(fresh.built, join(fresh.sources, 'missing'))).toBe(false)
  })
})
