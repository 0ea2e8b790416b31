import { basename, dirname } from 'node:path'

/**
 * An error whose message is a sentence meant for the person at the keyboard. The IPC wrapper
 * passes these through unchanged; any other error is logged and replaced by a generic sentence.
 */
export class UserFacingError extends Error {
  override name = 'UserFacingError'
}

/** The file on disk is not the version the person opened: someone else saved it in between. */
export class FileChangedError extends UserFacingError {
  override name = 'FileChangedError'
}

/** The `code` of a Node system error (ENOSPC, EACCES…), or undefined for anything else. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  const code = (error as { code: unknown }).code
  return typeof code === 'string' ? code : undefined
}

/** Explains why a file could not be written, naming the file and its folder. */
export function describeWriteError(error: unknown, target: string): string {
  const name = basename(target)
  const folder = dirname(target)
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk is full, so "${name}" could not be saved. Free some space and save again; nothing was lost, the release is still open.`
    case 'EACCES':
    case 'EPERM':
      return `Release Desk is not allowed to write to "${folder}". Use Save As to choose another folder, or ask your IT team for access.`
    case 'EROFS':
      return `The folder "${folder}" is read-only, so "${name}" could not be saved there. Use Save As to choose another folder.`
    case 'ENOENT':
    case 'ENOTDIR':
      return `The folder "${folder}" no longer exists, so "${name}" could not be saved. Use Save As to choose another folder.`
    case 'EBUSY':
      return `"${name}" is in use by another program. Close it there, then save again.`
    case 'EISDIR':
      return `"${target}" is a folder, not a file. Use Save As to choose a file name.`
    case 'ENAMETOOLONG':
      return `The name "${name}" is too long for this disk. Use Save As to choose a shorter name.`
    default:
      return `"${name}" could not be saved to "${folder}" (${errorSummary(error)}).`
  }
}

/** Explains why a file could not be read. */
export function describeReadError(error: unknown, target: string): string {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `The file "${target}" could not be found. It may have been moved, renamed or deleted.`
    case 'EACCES':
    case 'EPERM':
      return `Release Desk is not allowed to read "${target}". Ask your IT team for access, or copy the file somewhere you can open it.`
    case 'EISDIR':
      return `"${target}" is a folder, not a release file.`
    case 'EBUSY':
      return `"${basename(target)}" is in use by another program. Close it there, then try again.`
    default:
      return `The file "${target}" could not be read (${errorSummary(error)}).`
  }
}

function errorSummary(error: unknown): string {
  return errorCode(error) ?? (error instanceof Error ? error.message : String(error))
}
