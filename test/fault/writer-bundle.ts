import { join, resolve } from 'node:path'
import { build } from 'esbuild'

/**
 * Bundles the writer (and the file service, recovery store and zod it uses) into one plain Node
 * script, once per test run. Each of the 200 kills starts a fresh process: through tsx that costs
 * about a second each; the bundle starts in a fraction of that. esbuild is the one tsx runs on.
 */
export async function bundleWriter(outDir: string, entry = 'save-writer.ts'): Promise<string> {
  const outfile = join(outDir, entry.replace(/\.ts$/, '.cjs'))
  await build({
    entryPoints: [resolve(__dirname, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    logLevel: 'silent',
  })
  return outfile
}
