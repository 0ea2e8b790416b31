import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pathTooDeep, shapeProblem } from '../../../renderer/src/release/nesting-depth'

const ROOT = resolve(__dirname, '../../..')
let dir = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'release-desk-nesting-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** `levels` lists inside each other around `leaf`. */
function nested(levels: number, leaf: unknown): unknown {
  let value = leaf
  for (let level = 0; level < levels; level += 1) value = [value]
  return value
}

describe('the nesting guard', () => {
  it('finds the first value past the limit and gives its path', () => {
    expect(pathTooDeep({ a: [1, { b: nested(5, 0) }] }, 4)).toEqual(['a', 1, 'b', 0])
    expect(pathTooDeep({ a: [1, { b: nested(1, 0) }] }, 4)).toBeNull()
    expect(pathTooDeep('text', 0)).toBeNull()
  })

  it('names a list or an object with more entries than allowed', () => {
    expect(shapeProblem({ a: { b: [1, 2, 3] } }, 10, 2)).toEqual({
      kind: 'tooMany',
      path: ['a', 'b'],
      count: 3,
    })
    expect(shapeProblem({ a: { x: 1, y: 2, z: 3 } }, 10, 2)).toMatchObject({ path: ['a'] })
    expect(shapeProblem({ a: [1, 2] }, 10, 2)).toBeNull()
  })

  it('checks a 250-deep list of a million values in a small heap, without copying paths', async () => {
    // A million values in one list, each of which used to get its own copy of a 250-step path.
    const script = join(dir, 'guard.ts')
    await writeFile(
      script,
      [
        `import { pathTooDeep } from ${JSON.stringify(join(ROOT, 'renderer/src/release/nesting-depth.ts'))}`,
        `const json: unknown = JSON.parse('['.repeat(250) + '0,'.repeat(999_999) + '0' + ']'.repeat(250))`,
        `process.stdout.write(JSON.stringify(pathTooDeep(json)))`,
      ].join('\n'),
    )
    const { stdout } = await promisify(execFile)(join(ROOT, 'node_modules/.bin/tsx'), [script], {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=128' },
    })
    expect(stdout).toBe('null')
  }, 60_000)
})
