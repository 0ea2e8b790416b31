import { readFile, writeFile } from 'node:fs/promises'
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

/** Writes output to a file, or to standard output for "-". */
export async function writeOutput(path: string, data: string | Uint8Array): Promise<void> {
  if (path === '-') {
    process.stdout.write(data)
    return
  }
  try {
    await writeFile(path, data)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new CliError(`${path}: cannot be written (${code ?? 'unknown error'})`)
  }
}
