/**
 * Word is stricter than LibreOffice: a part that breaks the ISO/IEC 29500 schemas makes Word report
 * "unreadable content". Every part of every Word file the DOCX tests export is validated here.
 */
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { releaseDocx } from '../../../../renderer/src/export/docx/release-docx'
import {
  OOXML_SCHEMA_DIR,
  markupCompatible,
  validateDocxParts,
  xmllintMissingReason,
} from '../../../support/ooxml-schema'
import { withSixColumnTable } from '../../../support/six-column-table'
import { docxTestReleases, sampleRelease } from './docx-fixtures'

const missing = xmllintMissingReason()
if (missing !== null) console.warn(`Skipping the schema check of the DOCX export: ${missing}`)

describe.skipIf(missing !== null)('the DOCX against the ISO 29500 schemas', () => {
  it('validates every part of every exported variant', async () => {
    const files = new Map<string, Uint8Array>()
    for (const [name, document] of docxTestReleases()) files.set(name, await releaseDocx(document))
    // A table whose heads are set across columns and broken into lines (merged cells in Word).
    files.set('sample with a six-column table', await releaseDocx(withSixColumnTable(sampleRelease())))
    const report = await validateDocxParts(files)
    expect(report.errors).toEqual([])
    // Each file has its package, document, styles, numbering, headers, footers and properties.
    expect(report.checked.length).toBeGreaterThanOrEqual(files.size * 20)
    for (const name of files.keys()) {
      for (const part of ['word/document.xml', 'word/numbering.xml', 'word/styles.xml']) {
        expect(report.checked).toContain(`${name}: ${part}`)
      }
    }
  }, 60_000)

  it('finds a part that breaks its schema, naming the file and the part', async () => {
    const [first] = docxTestReleases().values()
    if (first === undefined) throw new Error('docxTestReleases() is empty')
    const zip = await JSZip.loadAsync(await releaseDocx(first))
    const body = await zip.file('word/document.xml')?.async('string')
    zip.file('word/document.xml', (body ?? '').replace('<w:body>', '<w:body><w:bogus/>'))
    const broken = await zip.generateAsync({ type: 'uint8array' })
    const report = await validateDocxParts(new Map([['broken', broken]]))
    expect(report.errors.join('\n')).toMatch(/broken\/word\/document\.xml.*bogus/)
  }, 60_000)

  it('drops what markup compatibility lets a reader ignore, and keeps the rest', () => {
    const xml =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"' +
      ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"' +
      ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">' +
      '<w:body><w:p w14:paraId="1"><w14:extra/><w:r><w:t>kept</w:t></w:r></w:p></w:body></w:document>'
    const processed = markupCompatible('test', xml)
    expect(processed).not.toContain('Ignorable')
    expect(processed).not.toContain('paraId')
    expect(processed).not.toContain('w14:extra')
    expect(processed).toContain('<w:t>kept</w:t>')
  })

  it('looks for the schemas beside the repository, where CI has them', () => {
    expect(OOXML_SCHEMA_DIR).toMatch(/shared[\\/]ooxml[\\/]xsd$/)
  })
})
