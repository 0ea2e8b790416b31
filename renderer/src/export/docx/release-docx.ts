import { Document, Packer } from 'docx'
import { cleanText } from '../../release/clean-text'
import type { ReleaseDocument } from '../../release/document-schema'
import { quarterOfYear } from '../../release/fiscal-calendar'
import { releaseContent } from '../../release/release-content'
import type { ReleaseContent } from '../../release/release-content'
import { sectionPage, textWidthPoints } from './docx-geometry'
import type { PackageProperties } from './docx-package'
import { propertiesStamp, propertyOverrides } from './docx-package'
import { deterministicZip } from './zip-stamp'
import { assertWellFormedDocx } from './docx-well-formed'
import { RELEASE_NUMBERING, RELEASE_STYLES } from './docx-styles'
import {
  createDefaultHeader,
  createFirstPageFooter,
  createLetterheadHeader,
  createPageNumberFooter,
} from './release-headers'
import { createBody } from './release-paragraphs'

/** "Results for the second quarter of fiscal 2006". */
export function releaseSubject(document: ReleaseDocument): string {
  return `Results for the ${quarterOfYear(document.period.quarter, document.period.fiscalYear)}`
}

export function releaseProperties(
  document: ReleaseDocument,
  content: ReleaseContent,
): PackageProperties {
  return {
    title: content.title,
    subject: releaseSubject(document),
    creator: cleanText(document.company.name),
    company: cleanText(document.company.name),
    stamp: propertiesStamp(document.period.releaseDate),
  }
}

/** The release as a docx `Document`: one section, page one's letterhead in its first-page header. */
export function createReleaseDocument(
  document: ReleaseDocument,
  content: ReleaseContent,
): Document {
  const properties = releaseProperties(document, content)
  return new Document({
    title: properties.title,
    subject: properties.subject,
    creator: properties.creator,
    styles: RELEASE_STYLES,
    numbering: RELEASE_NUMBERING,
    sections: [
      {
        properties: { titlePage: true, page: sectionPage(content.pageSize) },
        headers: {
          first: createLetterheadHeader(content),
          default: createDefaultHeader(content.draft),
        },
        footers: { first: createFirstPageFooter(), default: createPageNumberFooter() },
        children: createBody(content.blocks, textWidthPoints(content.pageSize)),
      },
    ],
  })
}

/**
 * The release as a Word file. Pure: no Node built-ins and no DOM, so it runs in the renderer as in
 * Node, and the same document always gives the same bytes. Throws `MalformedDocxError` rather
 * than return a file Word would refuse.
 */
export async function releaseDocx(document: ReleaseDocument): Promise<Uint8Array> {
  return releaseContentDocx(document, releaseContent(document))
}

/** The Word file of a release already laid out as `content` (the release's own, or one a test built). */
export async function releaseContentDocx(
  document: ReleaseDocument,
  content: ReleaseContent,
): Promise<Uint8Array> {
  const packed = await Packer.pack(
    createReleaseDocument(document, content),
    'uint8array',
    false,
    propertyOverrides(releaseProperties(document, content)),
  )
  const docx = await deterministicZip(packed)
  await assertWellFormedDocx(docx)
  return docx
}
