import { open } from 'node:fs/promises'
import { extname } from 'node:path'
import { INPUT_LIMITS } from '../../renderer/src/release/input-limits'
import type { LogoMediaType } from '../../renderer/src/release/logo-image'
import { imageTypeLabel as label, sniffImageType } from '../../renderer/src/release/logo-image'
import { describeReadError, UserFacingError } from '../files/file-errors'

/**
 * Reading the company logo chosen in the open dialog. The type must agree twice, by the file's
 * extension and by its first bytes, so a renamed file never reaches the letterhead as the wrong type.
 */

export const MAX_LOGO_BYTES: number = INPUT_LIMITS.logoBytes
export { sniffImageType }

export interface LogoFile {
  readonly mediaType: LogoMediaType
  /** The image bytes in base64. */
  readonly data: string
}

const BY_EXTENSION: Readonly<Record<string, LogoMediaType>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
}

export const LOGO_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION).map((ext) =>
  ext.slice(1),
)

export async function readLogoFile(path: string, maxBytes = MAX_LOGO_BYTES): Promise<LogoFile> {
  const byExtension = BY_EXTENSION[extname(path).toLowerCase()]
  if (byExtension === undefined) {
    throw new UserFacingError(
      `"${path}" is not a PNG, JPEG or SVG image. Choose a logo in one of those formats.`,
    )
  }
  const bytes = await readAtMost(path, maxBytes)
  const byContent = sniffImageType(bytes)
  if (byContent !== byExtension) {
    throw new UserFacingError(
      `"${path}" is named like ${label(byExtension)} file but its content is ${byContent === null ? 'not a PNG, JPEG or SVG image' : `${label(byContent)} image`}. Export the logo again from your design tool and choose that file.`,
    )
  }
  return { mediaType: byExtension, data: Buffer.from(bytes).toString('base64') }
}

async function readAtMost(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    throw new UserFacingError(describeReadError(error, path), { cause: error })
  }
  try {
    const { size } = await handle.stat()
    if (size > maxBytes) {
      throw new UserFacingError(
        `The logo "${path}" is ${(size / (1024 * 1024)).toFixed(1)} MB; logos can be at most ${maxBytes / (1024 * 1024)} MB. Save a smaller version and choose it again.`,
      )
    }
    return await handle.readFile()
  } catch (error) {
    if (error instanceof UserFacingError) throw error
    throw new UserFacingError(describeReadError(error, path), { cause: error })
  } finally {
    await handle.close()
  }
}
