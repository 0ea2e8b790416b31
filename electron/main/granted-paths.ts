import { realpath } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join } from 'node:path'
import { UserFacingError } from '../files/file-errors'
import { isReleaseFileName } from './launch-args'

/**
 * The files the page may open and save: those the person chose in an Open or Save dialog, opened
 * from File › Open Recent, the command line or the file manager, and the ones on the recent list.
 * A page that was tricked into asking for anything else (a settings file, a script behind a
 * symbolic link named `.json`) is refused. Paths are compared after resolving symbolic links, so
 * a link cannot lead a save somewhere the person never chose.
 */

export interface GrantedPaths {
  /** Records a path the person chose; call before the file is read or written. */
  readonly grant: (path: string) => Promise<void>
  /** The real location of `path` when the person chose it; throws a sentence otherwise. */
  readonly require: (path: string) => Promise<string>
}

export interface GrantedPathsOptions {
  /** The recent list, whose entries were all chosen by the person in an earlier session. */
  readonly recentList: () => Promise<readonly string[]>
  readonly platform?: NodeJS.Platform
}

/** The real location of a path: links resolved, or for a file not yet created, its folder's. */
export async function resolveRealPath(path: string): Promise<string> {
  try {
    return await realpath(path)
  } catch {
    try {
      return join(await realpath(dirname(path)), basename(path))
    } catch {
      return path
    }
  }
}

export function createGrantedPaths(options: GrantedPathsOptions): GrantedPaths {
  const platform = options.platform ?? process.platform
  // Windows and macOS disks usually ignore case, so "Q3.release.json" and "q3.release.json" are one file.
  const key = (real: string): string =>
    platform === 'win32' || platform === 'darwin' ? real.toLowerCase() : real
  const granted = new Set<string>()

  const inRecentList = async (real: string): Promise<boolean> => {
    const entries = await options.recentList().catch(() => [])
    for (const entry of entries) if (key(await resolveRealPath(entry)) === key(real)) return true
    return false
  }

  return {
    grant: async (path) => {
      granted.add(key(await resolveRealPath(path)))
    },
    require: async (path) => {
      requireReleasePath(path)
      const real = await resolveRealPath(path)
      // The name the link points to must be a release too: "trap.json" → "victim.sh" is refused.
      requireReleasePath(real)
      if (granted.has(key(real)) || (await inRecentList(real))) return real
      throw new UserFacingError(
        `Release Desk did not open or save "${path}" because it was not chosen in this session. Use Open or Save As to choose the file.`,
      )
    },
  }
}

/**
 * Paths from the renderer are limited to absolute .json files: the page can then never use the
 * shell to read or overwrite arbitrary files, such as settings or programs.
 */
export function requireReleasePath(path: string): void {
  if (!isAbsolute(path) || !isReleaseFileName(path)) {
    throw new UserFacingError(
      `"${path}" is not a release file. Releases are saved as files ending in .release.json.`,
    )
  }
}
