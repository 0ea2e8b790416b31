import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { extractFile, listPackage } from '@electron/asar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * Packages the app the way `npm run dist` does (linux, unpacked) and inspects app.asar. No Electron
 * binary can be downloaded here, so electron-builder gets a stand-in directory whose "electron" is
 * a small file carrying a fuse wire: the whole pipeline runs, fuses included, but nothing launches.
 */

const run = promisify(execFile)
const ROOT = resolve(__dirname, '../../..')
const ASAR_MODULE = join(ROOT, 'node_modules', '@electron', 'asar')
const SAMPLES = join(ROOT, 'assets', 'samples')
const BUILT = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']
/** Packaging takes 5–20 s here; the timeout only stops a hung build, it asserts nothing about speed. */
const PACKAGING_TIMEOUT_MS = 300_000

/** @electron/fuses looks for this marker, then a version byte, a length byte and one byte per fuse. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const FUSE_ORDER = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const

let work = ''
let appOutDir = ''
let entries: readonly string[] = []

async function npx(args: readonly string[]): Promise<void> {
  try {
    await run('npx', [...args], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, CI: 'true' },
    })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    throw new Error(`npx ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`, {
      cause: error,
    })
  }
}

beforeAll(async () => {
  expect(
    existsSync(ASAR_MODULE),
    '@electron/asar (a dependency of electron-builder) must be installed',
  ).toBe(true)
  if (!BUILT.every((file) => existsSync(join(ROOT, file)))) {
    console.info('out/ is incomplete: running electron-vite build first')
    await npx(['electron-vite', 'build'])
  }
  work = await mkdtemp(join(tmpdir(), 'release-desk-package-'))
  const electronDist = join(work, 'electron-dist')
  await mkdir(electronDist)
  // Every fuse starts enabled ('1'), so the test can see which ones the config turned off.
  const standIn = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in for the Electron binary"\nexit 1\n'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, FUSE_ORDER.length]),
    Buffer.from('1'.repeat(FUSE_ORDER.length)),
  ])
  await writeFile(join(electronDist, 'electron'), standIn)
  await chmod(join(electronDist, 'electron'), 0o755)
  const output = join(work, 'dist')
  await npx([
    'electron-builder',
    '--linux',
    'dir',
    `-c.electronDist=${electronDist}`,
    `-c.directories.output=${output}`,
    '--publish',
    'never',
  ])
  appOutDir = join(output, 'linux-unpacked')
  entries = listPackage(join(appOutDir, 'resources', 'app.asar'), { isPack: false }).map((entry) =>
    entry.replace(/\\/g, '/'),
  )
}, PACKAGING_TIMEOUT_MS)

afterAll(async () => {
  if (work !== '') await rm(work, { recursive: true, force: true })
})

describe('packaged app.asar', () => {
  it('contains the built main process, preload and renderer', () => {
    for (const file of [
      '/out/main/index.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      '/package.json',
    ]) {
      expect(entries).toContain(file)
    }
  })

  it('contains the sample release', () => {
    const samples = existsSync(SAMPLES)
      ? readdirSync(SAMPLES).filter((name) => name.endsWith('.release.json'))
      : []
    if (samples.length === 0) {
      console.info(
        'Skipped: assets/samples holds no .release.json yet, so there is no sample to look for.',
      )
      return
    }
    for (const sample of samples) expect(entries).toContain(`/assets/samples/${sample}`)
  })

  it('contains no tests, TypeScript sources or source maps', () => {
    expect(entries.filter((entry) => entry.startsWith('/test/') || entry === '/test')).toEqual([])
    expect(
      entries.filter((entry) => entry.startsWith('/electron/') || entry.startsWith('/renderer/')),
    ).toEqual([])
    expect(entries.filter((entry) => /\.(ts|tsx|mts|cts)$/.test(entry))).toEqual([])
    expect(entries.filter((entry) => entry.endsWith('.map'))).toEqual([])
  })

  it('contains no build tools', () => {
    for (const tool of [
      'vitest',
      'typescript',
      'electron-builder',
      'electron-vite',
      'vite',
      'electron',
      'eslint',
    ]) {
      expect(entries, tool).not.toContain(`/node_modules/${tool}`)
    }
  })

  it('contains what the main process requires at run time', () => {
    const main = extractFile(
      join(appOutDir, 'resources', 'app.asar'),
      'out/main/index.js',
    ).toString('utf8')
    const required = [...main.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1] ?? '')
    for (const name of required.filter((id) => id !== 'electron' && !id.startsWith('node:'))) {
      expect(entries, `main requires ${name}`).toContain(`/node_modules/${name}`)
    }
  })

  it('has a preload that requires nothing but electron (a sandboxed preload cannot load modules)', () => {
    const preload = extractFile(
      join(appOutDir, 'resources', 'app.asar'),
      'out/preload/index.cjs',
    ).toString('utf8')
    const required = new Set(
      [...preload.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]),
    )
    expect([...required]).toEqual(['electron'])
  })

  it('flips the fuses configured in electron-builder.yml', async () => {
    const binary = await readFile(join(appOutDir, 'release-desk'))
    const wireStart = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length + 2
    const state = (name: (typeof FUSE_ORDER)[number]): string =>
      String.fromCharCode(binary[wireStart + FUSE_ORDER.indexOf(name)] ?? 0)
    expect(state('runAsNode')).toBe('0')
    expect(state('enableNodeOptionsEnvironmentVariable')).toBe('0')
    expect(state('enableNodeCliInspectArguments')).toBe('0')
    expect(state('grantFileProtocolExtraPrivileges')).toBe('0')
    expect(state('enableEmbeddedAsarIntegrityValidation')).toBe('1')
    expect(state('onlyLoadAppFromAsar')).toBe('1')
    expect(state('enableCookieEncryption')).toBe('1')
  })
})
