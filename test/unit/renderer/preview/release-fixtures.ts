import sampleJson from '../../../../assets/samples/iec-q2-fiscal-2006.release.json'
import type { ReleaseDocument } from '../../../../renderer/src/release/document-schema'
import { parseReleaseDocument } from '../../../../renderer/src/release/load-document'
import { releaseContent } from '../../../../renderer/src/release/release-content'
import type { ReleaseContent } from '../../../../renderer/src/release/release-content'
import { withRows } from '../../../support/figure-rows'

/** The sample release (IEC Electronics, Q2 fiscal 2006), validated as the app would. */
export function sampleDocument(): ReleaseDocument {
  const parsed = parseReleaseDocument(sampleJson)
  if (!parsed.ok) throw new Error(`sample release: ${parsed.error}`)
  return parsed.value
}

export function withRevenueQuarter(document: ReleaseDocument, quarter: string): ReleaseDocument {
  return { ...document, figures: withRows(document.figures, { revenue: { quarter } }) }
}

/** The sample without its statement of operations, for tests of its prose or of a table of their own. */
export function withoutTables(document: ReleaseDocument): ReleaseDocument {
  return { ...document, tables: [] }
}

export function sampleContent(change: (document: ReleaseDocument) => ReleaseDocument = (d) => d): ReleaseContent {
  return releaseContent(change(sampleDocument()))
}
