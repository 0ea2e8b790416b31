/**
 * releaseDocx must run in the renderer: bundled for the browser (no Node built-ins to fall back on)
 * and run in Chromium in another time zone, it gives the very bytes it gives in Node.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS } from '../../../../electron/cli/chromium'
import { releaseDocx } from '../../../../renderer/src/export/docx/release-docx'
import { sameBytes } from '../../../support/unzip'
import { sampleRelease } from './docx-fixtures'

const CHROMIUM = '/usr/bin/chromium'

const missing = existsSync(CHROMIUM)
  ? null
  : `${CHROMIUM} not installed (apt-get install -y chromium)`
if (missing !== null) console.warn(`Skipping the DOCX export in the browser: ${missing}`)

/** The browser entry as one classic script, built the way the renderer is: by Vite, for the browser. */
async function bundleEntry(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve(__dirname, 'browser-entry.ts'),
        formats: ['iife'],
        name: 'sampleDocxEntry',
      },
    },
  })
  const results = Array.isArray(output) ? output : [output]
  for (const result of results) {
    if ('output' in result) {
      const chunk = result.output.find((item) => item.type === 'chunk')
      if (chunk !== undefined && chunk.type === 'chunk') return chunk.code
    }
  }
  throw new Error('Vite built no script from browser-entry.ts')
}

describe.skipIf(missing !== null)('releaseDocx in the browser', () => {
  let script = ''

  beforeAll(async () => {
    script = await bundleEntry()
  }, 60_000)

  it('gives the same bytes in Chromium as in Node', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] })
    try {
      // A time zone far from the test's, so no local-time stamp can hide in the bytes.
      const context = await browser.newContext({ timezoneId: 'Pacific/Kiritimati' })
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      await page.setContent('<!doctype html><title>docx</title>')
      await page.addScriptTag({ content: script })
      const base64 = await page.evaluate(
        () =>
          (globalThis as typeof globalThis & { sampleDocx?: Promise<string> }).sampleDocx ??
          Promise.reject(new Error('no export')),
      )
      expect(errors).toEqual([])
      const inBrowser = new Uint8Array(Buffer.from(base64, 'base64'))
      const inNode = await releaseDocx(sampleRelease())
      expect(inBrowser.length).toBeGreaterThan(10_000)
      expect(sameBytes(inBrowser, inNode)).toBe(true)
    } finally {
      await browser.close()
    }
  }, 60_000)
})
