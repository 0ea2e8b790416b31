import { checkRelease } from '../../release/checks/check-release'
import type { Finding } from '../../release/checks/finding'
import type { ReleaseDocument } from '../../release/document-schema'
import { selectContent, selectFacts } from '../../store/selectors'
import type { ReleaseState } from '../../store/store-types'

/**
 * The checks, computed once per document and remembered by document identity (documents are
 * immutable): the tab's badge, the status bar, the panel and the export gate all read the same
 * findings, from the facts and layout the preview has already computed.
 */
const findingsByDocument = new WeakMap<ReleaseDocument, readonly Finding[]>()

/** Every finding of the checks on the current document: errors first, in reading order. */
export function selectFindings(state: ReleaseState): readonly Finding[] {
  const remembered = findingsByDocument.get(state.document)
  if (remembered !== undefined) return remembered
  const findings = checkRelease(selectFacts(state), selectContent(state))
  findingsByDocument.set(state.document, findings)
  return findings
}

export const selectErrorCount = (state: ReleaseState): number =>
  selectFindings(state).filter((finding) => finding.severity === 'error').length

export const selectWarningCount = (state: ReleaseState): number =>
  selectFindings(state).filter((finding) => finding.severity === 'warning').length

/** "1 error", "2 warnings". */
export function countWords(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}
