import { basename } from 'node:path'
import { gzippedJavaScript } from '../build'
import type { FigureResult } from '../stats'

/** The renderer's JavaScript, gzipped: the sum over every .js file the build emits. */
export async function bundleSize(rendererDir: string): Promise<FigureResult> {
  const { bytes, files, raw } = await gzippedJavaScript(rendererDir)
  const kb = bytes / 1024
  return {
    id: 'renderer-js-gzip',
    figure: 'Renderer JavaScript, gzipped',
    unit: 'KB',
    targetOn: 'value',
    target: 400,
    summary: { count: 1, median: kb, p95: kb, max: kb },
    note: `${files.length} files (${files.map((file) => basename(file)).join(', ')}), ${(raw / 1024).toFixed(0)} KB before gzip`,
  }
}
