import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BLOCK_KINDS, PARAGRAPH_ROLES } from '../../../../renderer/src/release/block-kinds'

const ROOT = resolve(__dirname, '../../../..')
const SOURCES = ['renderer/src', 'electron', 'test/e2e']
const HOME = 'renderer/src/release/block-kinds.ts'

/**
 * What a block is lives in block-kinds.ts alone. These are the shapes the scattered tables had:
 * a table keyed by role or block, a role compared to a literal, and the old tables' names.
 */
const SCATTERED = [
  /Record<\s*(?:ParagraphRole|BlockKind|BlockKey|FindingBlock)\b/,
  new RegExp(`\\.role\\s*[!=]==\\s*'(?:${PARAGRAPH_ROLES.join('|')})'`),
  /\b(?:PARAGRAPH_LOOKS|KEEP_WITH_NEXT_ROLES|TEXT_BLOCK_LABELS|SINGLE_LINE_BLOCKS|ROLE_STYLE_NAMES|OTHER_BLOCK_LABELS|BLOCK_NAMES)\b/,
] as const

function sourceFiles(dir: string): string[] {
  return readdirSync(resolve(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path)
    return /\.(?:ts|tsx)$/.test(entry.name) ? [path] : []
  })
}

describe('each block kind is defined once', () => {
  it('has no other table of what a block is, anywhere in the sources', () => {
    const found = SOURCES.flatMap(sourceFiles)
      .filter((path) => path !== HOME)
      .flatMap((path) =>
        readFileSync(resolve(ROOT, path), 'utf8')
          .split('\n')
          .flatMap((line, index) =>
            SCATTERED.some((pattern) => pattern.test(line)) ? [`${path}:${index + 1}: ${line.trim()}`] : [],
          ),
      )
    expect(found).toEqual([])
  })

  it('names every kind for people, and says how the required ones are named when missing', () => {
    for (const role of PARAGRAPH_ROLES) {
      expect(BLOCK_KINDS[role].label.trim()).not.toBe('')
      expect(BLOCK_KINDS[role].wordStyle).toMatch(/^Release /)
    }
    expect(BLOCK_KINDS.table.label).toBe('Financial table')
    const required = PARAGRAPH_ROLES.filter((role) => BLOCK_KINDS[role].requiredAs !== null)
    expect(required).toEqual(['headline', 'dateline', 'results', 'quote', 'boilerplate', 'safeHarbor', 'contact'])
    expect(PARAGRAPH_ROLES.filter((role) => BLOCK_KINDS[role].heading)).toEqual(['headline'])
  })
})
