// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/** Imports the pure domain and exporters may never use: they must run anywhere. */
const impureModules = {
  patterns: [
    { group: ['node:*'], message: 'The pure domain cannot use Node built-ins.' },
    { group: ['electron', 'electron/*'], message: 'The pure domain cannot use Electron.' },
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*', '@tiptap/*'], message: 'The pure domain has no UI.' },
    { group: ['**/store/**', '**/editor/**', '**/preview/**', '**/host/**', '**/app/**', '**/electron/**'], message: 'The pure domain cannot depend on the UI or the shell.' },
  ],
  paths: ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'http', 'https'].map((name) => ({
    name,
    message: 'The pure domain cannot use Node built-ins.',
  })),
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/unit/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['renderer/src/release/**/*.ts', 'renderer/src/export/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', impureModules],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/release/**', 'renderer/src/export/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'The renderer runs sandboxed: no Node built-ins.' },
            { group: ['electron', 'electron/*'], message: 'The renderer reaches the shell only through the bridge (window.releaseDesk).' },
          ],
        },
      ],
    },
  },
  {
    files: ['*.mts', '*.mjs', 'eslint.config.mjs'],
    rules: { 'no-restricted-syntax': 'off' },
  },
)
