import { readFile } from 'node:fs/promises'
import { saveAtomic } from '../main/file-service'
import { CliError, inFile } from './cli-error'

/** Reads a file as UTF-8 text, turning file-system errors into one clear line. */
export async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw inFile(path, 'no such file')
    if (code === 'EISDIR') throw inFile(path, 'is a folder, not a file')
    if (code === 'EACCES' || code === 'EPERM') throw inFile(path, 'permission denied')
    throw inFile(path, `cannot be read (${code ?? 'unknown error'})`)
  }
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
