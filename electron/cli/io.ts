import { open } from 'node:fs/promises'
import { INPUT_LIMITS, sizeInWords } from '../../renderer/src/release/input-limits'
import { saveAtomic } from '../files/file-service'
import { CliError, inFile } from './cli-error'

/**
 * Reads a whole file, refusing one larger than `maxBytes` before reading it, and turning
 * file-system errors into one clear line. `what` names the kind of file in the refusal.
 */
export async function readBytes(
  path: string,
  maxBytes: number = INPUT_LIMITS.fileBytes,
  what = 'a release or figures file',
): Promise<Uint8Array> {
  try {
    const handle = await open(path, 'r')
    try {
      const info = await handle.stat()
      if (info.isDirectory()) throw inFile(path, 'is a folder, not a file')
      if (info.size > maxBytes)
        throw inFile(
          path,
          `the file is ${sizeInWords(info.size)}, too large to be ${what} (at most ${sizeInWords(maxBytes)})`,
        )
      return await handle.readFile()
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (error instanceof CliError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw inFile(path, 'no such file')
    if (code === 'EISDIR') throw inFile(path, 'is a folder, not a file')
    if (code === 'EACCES' || code === 'EPERM') throw inFile(path, 'permission denied')
    throw inFile(path, `cannot be read (${code ?? 'unknown error'})`)
  }
}

/** Reads a file as UTF-8 text, with the limits and the clear lines of `readBytes`. */
export async function readText(
  path: string,
  maxBytes: number = INPUT_LIMITS.fileBytes,
  what?: string,
): Promise<string> {
  return new TextDecoder('utf-8').decode(await readBytes(path, maxBytes, what))
}

/** Writes output atomically to a file (the old file stays whole if anything fails), or to standard output for "-". */
export async function writeOutput(path: string, data: string | Uint8Array): Promise<void> {
  if (path === '-') {
    process.stdout.write(data)
    return
  }
  try {
    await saveAtomic(path, data)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new CliError(`${path}: cannot be written: ${reason}`)
  }
}
