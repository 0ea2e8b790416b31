import { isAbsolute, resolve } from 'node:path'

/**
 * The release file named on a command line: when someone double-clicks a .release.json file, the
 * operating system starts the app (or a second instance) with its path among the arguments.
 */

/** True for the names Release Desk opens: `.release.json`, or any `.json` a user may pick. */
export function isReleaseFileName(path: string): boolean {
  return /\.json$/i.test(path)
}

/** The first argument that names a release file, made absolute against the launching folder. */
export function releasePathFromArgs(
  args: readonly string[],
  workingDirectory: string,
): string | null {
  for (const arg of args) {
    // Chromium and Electron add their own switches (--allow-file-access…); skip every switch.
    if (arg.startsWith('-') || !isReleaseFileName(arg)) continue
    return isAbsolute(arg) ? arg : resolve(workingDirectory, arg)
  }
  return null
}
