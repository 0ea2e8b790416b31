import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  finishPdf,
  pdfTextString,
  UnfinishablePdfError,
} from '../../../../renderer/src/export/pdf-finish'

/** A one-page PDF laid out as Chromium's Skia writes one: classic cross-reference table, Info dictionary. */
function chromiumLikePdf(): Uint8Array {
  const objects = [
    "<</Creator (Chromium) /Producer (Skia/PDF m156) /CreationDate (D:20260101000000+00'00') /Title (Release Desk)>>",
    '<</Type /Page\n/Resources <<>>\n/MediaBox [0 0 594.95996 841.91998]\n/Parent 3 0 R>>',
    '<</Type /Pages\n/Count 1\n/Kids [2 0 R]>>',
    '<</Type /Catalog\n/Pages 3 0 R>>',
  ]
  let text = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, index) => {
    offsets.push(text.length)
    text += `${index + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = text.length
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`
  text += `trailer\n<</Size ${objects.length + 1}\n/Root 4 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`
  return new TextEncoder().encode(text)
}

const hasPoppler = spawnSync('sh', ['-c', 'command -v pdfinfo']).status === 0
if (!hasPoppler)
  console.warn('Skipping the pdfinfo reading of the finished PDF: poppler-utils is not installed')

function pdfinfo(bytes: Uint8Array): string {
  const folder = mkdtempSync(join(tmpdir(), 'pdf-finish-'))
  try {
    const path = join(folder, 'finished.pdf')
    writeFileSync(path, bytes)
    return execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

describe('finishPdf', () => {
  const properties = {
    title: 'IEC Announces (Record) Results \u2014 Q2',
    author: 'IEC Electronics Corp.',
    pageSize: 'a4',
  } as const

  it('keeps every byte Chromium wrote and appends an update', () => {
    const printed = chromiumLikePdf()
    const finished = finishPdf(printed, properties)
    expect(finished.subarray(0, printed.length)).toEqual(printed)
    const update = new TextDecoder().decode(finished.subarray(printed.length))
    expect(update).toContain('/MediaBox [0 0.03 595.28 841.92]')
    expect(update).toContain(`/Author ${pdfTextString('IEC Electronics Corp.')}`)
    expect(update).toMatch(/\/Prev \d+>>/)
  })

  it.skipIf(!hasPoppler)(
    'gives exact A4 and the headline and company as Title and Author, read by pdfinfo',
    () => {
      const info = pdfinfo(finishPdf(chromiumLikePdf(), properties))
      expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/)
      expect(info).toMatch(/Title:\s+IEC Announces \(Record\) Results \u2014 Q2\n/)
      expect(info).toMatch(/Author:\s+IEC Electronics Corp\.\n/)
      expect(info).toMatch(/Producer:\s+Skia\/PDF m156/)
    },
  )

  it('gives US Letter its 612 x 792 pt', () => {
    const update = new TextDecoder().decode(
      finishPdf(chromiumLikePdf(), { ...properties, pageSize: 'letter' }),
    )
    expect(update).toContain('/MediaBox [0 49.92 612 841.92]')
  })

  it('refuses bytes that are not a PDF it can read, saying so', () => {
    expect(() => finishPdf(new TextEncoder().encode('%PDF-1.7 test'), properties)).toThrow(
      UnfinishablePdfError,
    )
  })
})
