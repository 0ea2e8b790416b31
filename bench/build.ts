import { execFile } from 'node:child_process'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'

export const ROOT = resolve(__dirname, '..')

/**
 * Builds the app with the project's own config (`electron-vite build`) into a folder of the
 * bench's, so a bench run never replaces the out/ that tests elsewhere may be reading.
 */
export async function buildApp(outDir: string): Promise<string> {
  await promisify(execFile)(
    join(ROOT, 'node_modules/.bin/electron-vite'),
    ['build', '--outDir', outDir, '--logLevel', 'error'],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
  )
  return join(outDir, 'renderer')
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
    ),
  )
  return nested.flat()
}

/** The renderer's JavaScript as it travels: the sum of each .js file's gzip size, in bytes. */
export async function gzippedJavaScript(
  rendererDir: string,
): Promise<{ readonly bytes: number; readonly files: readonly string[]; readonly raw: number }> {
  const files = (await filesUnder(rendererDir)).filter((file) => file.endsWith('.js'))
  let bytes = 0
  let raw = 0
  for (const file of files) {
    const content = await readFile(file)
    bytes += gzipSync(content, { level: 9 }).length
    raw += (await stat(file)).size
  }
  return { bytes, files, raw }
}
