import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../../electron/cli/main'

const SAMPLE = join(resolve(__dirname, '../../..'), 'assets/samples/northfield-q3-2026.release.json')

afterEach(() => {
  vi.restoreAllMocks()
})

describe('check on the second sample release (Northfield)', () => {
  it('finds no error and exits 0', async () => {
    const written: string[] = []
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk))
      return true
    })
    const code = await runCli(['check', SAMPLE], { warn: () => undefined })
    vi.restoreAllMocks()
    const lines = written.join('').split('\n')
    expect(lines.filter((line) => line.startsWith('error'))).toEqual([])
    expect(code).toBe(0)
  })
})
