// Renders build/icon.svg to build/icon.png (512 x 512) with the system Chromium.
// Run by hand after changing the SVG: node build/make-icon.mjs
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const here = (name) => fileURLToPath(new URL(name, import.meta.url))
const svg = await readFile(here('./icon.svg'), 'utf8')
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
})
try {
  const page = await browser.newPage({
    viewport: { width: 512, height: 512 },
    deviceScaleFactor: 1,
  })
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`)
  await page.locator('svg').screenshot({ path: here('./icon.png'), omitBackground: true })
} finally {
  await browser.close()
}
