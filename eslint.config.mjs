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


/** The renderer's sandbox rules, plus the folders a layer may not reach up into. */
function sandboxed(extra) {
  return {
    patterns: [
      { group: ['node:*'], message: 'The renderer runs sandboxed: no Node built-ins.' },
      { group: ['electron', 'electron/*'], message: 'The renderer reaches the shell only through the bridge (window.releaseDesk).' },
      ...extra,
    ],
  }
}

/** A pattern refusing imports of the named renderer folders. */
function upward(folders, message) {
  return { group: folders.flatMap((folder) => [`**/${folder}/**`, `../${folder}/*`, `../../${folder}/*`]), message }
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
  // Layers: each folder imports only downwards (release and export are pure; see above).
  {
    files: ['renderer/src/editor/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', sandboxed([upward(['app'], 'The editor never imports the app: take what it needs through editor-services.')])] },
  },
  {
    files: ['renderer/src/store/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', sandboxed([upward(['editor', 'app', 'preview'], 'The store never imports the UI that reads it.')])] },
  },
  // The workbook reader runs in the page, the browser host and the command line alike.
  {
    files: ['renderer/src/workbook/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', impureModules] },
  },
  {
    files: ['renderer/src/contract/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', impureModules] },
  },
  {
    files: ['electron/cli/**/*.ts', 'electron/files/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'The command line and the file service run in plain Node, without Electron.' },
            { group: ['**/main/**', '../main/*'], message: 'The command line and the file service never import the Electron shell.' },
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
