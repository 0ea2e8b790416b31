import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'

// As in electron.vite.config.mts: the dictionary's files, which its package does not export by name.
const DICTIONARY_ALIAS = [
  { find: /^dictionary-en\/(index\.(?:aff|dic))(\?raw)$/, replacement: `${resolve(__dirname, 'node_modules/dictionary-en')}/$1$2` },
]

export default defineConfig({
  plugins: [react()],
  resolve: { alias: DICTIONARY_ALIAS },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          // Property tests over the corpus take seconds on a loaded 2-core machine: a hang guard,
          // not a speed limit (speed is measured in `npm run bench`).
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.tsx'],
          // Whole-app renders in jsdom take seconds on a loaded 2-core machine: a hang guard, not a
          // speed limit (speed is measured in `npm run bench`).
          testTimeout: 20_000,
          setupFiles: ['test/unit/renderer/setup-dom.ts'],
        },
      },
    ],
  },
})
