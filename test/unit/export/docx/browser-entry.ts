/**
 * Built for the browser by docx-in-browser.test.ts: exports the sample release with releaseDocx in
 * Chromium, as the renderer would, and hands the bytes back as base64.
 */
import sample from '../../../../assets/samples/iec-q2-fiscal-2006.release.json'
import { releaseDocx } from '../../../../renderer/src/export/docx/release-docx'
import { parseReleaseDocument } from '../../../../renderer/src/release/load-document'

/** Where the page leaves the export for the test to read. */
const page = globalThis as typeof globalThis & { sampleDocx?: Promise<string> }

async function exportSample(): Promise<string> {
  const parsed = parseReleaseDocument(sample)
  if (!parsed.ok) throw new Error(parsed.error)
  const bytes = await releaseDocx(parsed.value)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

page.sampleDocx = exportSample()
