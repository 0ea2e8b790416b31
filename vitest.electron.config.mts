import { defineConfig } from 'vitest/config'

/**
 * The real-Electron suite (`npm run test:electron`): Playwright drives the built app in Electron.
 * Not part of `npm test` on machines that cannot download Electron's binary.
 */
export default defineConfig({
  test: {
    name: 'electron',
    environment: 'node',
    include: ['test/electron/**/*.electron.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
