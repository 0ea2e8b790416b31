import { cleanText } from '../release/clean-text'
import type { ReleaseDocument } from '../release/document-schema'
import { releaseContent } from '../release/release-content'
import type { PdfProperties } from './pdf-finish'

/** What a PDF of the release says about itself: the headline as its title, the company as its author. */
export function pdfProperties(document: ReleaseDocument): PdfProperties {
  return {
    title: releaseContent(document).title,
    author: cleanText(document.company.name),
    pageSize: document.layout.pageSize,
  }
}
