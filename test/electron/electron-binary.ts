import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ELECTRON_PACKAGE = resolve(__dirname, '../../node_modules/electron')

/**
 * The Electron binary, or why there is none. Electron 45 downloads its binary the first time it
 * is required; where that download cannot happen (no network to its host), these tests cannot run.
 */
export function electronBinary(): { readonly path: string } | { readonly missing: string } {
  const pathFile = join(ELECTRON_PACKAGE, 'path.txt')
  if (existsSync(pathFile)) {
    const path = join(ELECTRON_PACKAGE, 'dist', readFileSync(pathFile, 'utf8').trim())
    if (existsSync(path)) return { path }
  }
  try {
    // Requiring the package downloads the binary when it can, and gives its path.
    const path = execFileSync(
      process.execPath,
      ['-e', "process.stdout.write(require('electron'))"],
      {
        cwd: resolve(__dirname, '../..'),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    return existsSync(path)
      ? { path }
      : { missing: `the Electron package names ${path}, which does not exist` }
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr ?? String(error)
    // The download's own error ("TypeError: fetch failed") says more than the package's generic one.
    const cause = detail
      .split('\n')
      .map((line) => line.trim())
      .find((line) => /^(\w*Error|Error):/.test(line))
    return {
      missing: `the Electron binary could not be downloaded (${cause ?? 'no reason given'})`,
    }
  }
}
