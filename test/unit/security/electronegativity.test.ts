import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACCEPTED_FINDINGS } from './electronegativity-allowlist'

/**
 * Electronegativity (Doyensec's static checker for Electron apps) on the shell's sources and the
 * renderer's HTML, where the CSP meta tag is: no HIGH or MEDIUM finding may stand unless accepted
 * in electronegativity-allowlist.ts. It runs offline: the network-dependent check is excluded and
 * the runner refuses (and reports) any network use, so the verdict never waits on a connection.
 */

const ROOT = resolve(__dirname, '../../..')
const ELECTRON_VERSION = '45.5.0'
// Compares against Electron's release list fetched from GitHub: needs the network.
const EXCLUDED = ['availablesecurityfixesglobalcheck']

interface Finding {
  readonly id: string
  readonly file: string
  readonly line: number
  readonly severity: string
  readonly confidence: string
  readonly description: string
}
interface Scan {
  readonly runs: readonly {
    readonly checks: number
    readonly errors: readonly { readonly file: string; readonly message: string }[]
    readonly issues: readonly Finding[]
  }[]
  readonly network: {
    readonly gotCalls: readonly string[]
    readonly otherAttempts: readonly string[]
  }
}

let folder = ''
let scan: Scan

/** A deliberately unsafe window, to prove the scanner reads TypeScript and reports what it should. */
const CANARY = `import { BrowserWindow } from 'electron'
export const window = new BrowserWindow({
  webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false },
})
`

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'release-desk-electronegativity-'))
  const project = join(folder, 'project')
  await cp(join(ROOT, 'electron'), join(project, 'electron'), { recursive: true })
  await mkdir(join(project, 'renderer'))
  await cp(join(ROOT, 'renderer/index.html'), join(project, 'renderer/index.html'))
  await mkdir(join(folder, 'canary'))
  await writeFile(join(folder, 'canary/unsafe-window.ts'), CANARY)
  const result = join(folder, 'result.json')
  await promisify(execFile)(
    process.execPath,
    [
      join(__dirname, 'electronegativity-runner.mjs'),
      result,
      ELECTRON_VERSION,
      EXCLUDED.join(','),
      project,
      join(folder, 'canary'),
    ],
    { cwd: ROOT, timeout: 120_000 },
  )
  scan = JSON.parse(await readFile(result, 'utf8')) as Scan
}, 180_000)

afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

const isAccepted = (finding: Finding): boolean =>
  ACCEPTED_FINDINGS.some((accepted) => accepted.id === finding.id && accepted.file === finding.file)

describe('electronegativity on electron/ and renderer/index.html', () => {
  it('reports no HIGH or MEDIUM finding that is not accepted', () => {
    const [project] = scan.runs
    expect(project?.errors).toEqual([])
    for (const finding of project?.issues ?? [])
      console.log(
        `${finding.severity} ${finding.id} ${finding.file}:${finding.line} ${isAccepted(finding) ? '(accepted)' : ''}`,
      )
    const open = (project?.issues ?? []).filter(
      (finding) =>
        (finding.severity === 'HIGH' || finding.severity === 'MEDIUM') && !isAccepted(finding),
    )
    expect(open).toEqual([])
  })

  it('has no stale acceptances: each still matches a finding, at the severity it was accepted at', () => {
    const issues = scan.runs[0]?.issues ?? []
    for (const accepted of ACCEPTED_FINDINGS) {
      const match = issues.find(
        (finding) => finding.id === accepted.id && finding.file === accepted.file,
      )
      expect(match, `${accepted.id} in ${accepted.file}`).toBeDefined()
      expect(match?.severity).toBe(accepted.severity)
      expect(accepted.justification.length).toBeGreaterThan(40)
    }
  })

  it('finds the holes in a deliberately unsafe window (the scan is not vacuous)', () => {
    const canary = scan.runs[1]
    expect(canary?.errors).toEqual([])
    const found = new Set(
      (canary?.issues ?? []).map((finding) => `${finding.id}:${finding.severity}`),
    )
    // The same checks pass on the project: its window, navigation guards and permission handler.
    expect(found).toContain('CONTEXT_ISOLATION_JS_CHECK:HIGH')
    expect(found).toContain('SANDBOX_JS_CHECK:MEDIUM')
    expect(found).toContain('AUXCLICK_JS_CHECK:MEDIUM')
    expect(found).toContain('LIMIT_NAVIGATION_GLOBAL_CHECK:HIGH')
    expect(found).toContain('PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK:MEDIUM')
  })

  it('neither needs nor waits on the network', () => {
    // Only the translation fetch is attempted, and the stub refuses it at once.
    expect(scan.network.otherAttempts).toEqual([])
    expect(
      scan.network.gotCalls.every((url) => url.startsWith('https://electronegativity-i18n.')),
    ).toBe(true)
  })
})
