import { defineConfig } from 'vitest/config'

/**
 * End-to-end tests: the built renderer in the system Chromium, driven by playwright-core. One file
 * at a time, since each starts a browser on a 2-core machine. `npm run test:e2e` builds first.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
