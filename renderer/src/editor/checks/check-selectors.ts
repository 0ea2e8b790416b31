import { checkRelease } from '../../release/checks/check-release'
import type { Finding } from '../../release/checks/finding'
import type { ReleaseFacts } from '../../release/release-facts'
import { selectContent, selectFacts } from '../../store/selectors'
import type { ReleaseState } from '../../store/store-types'

/**
 * The checks, computed once per set of facts and remembered by their identity (one per document
 * and refused cells): the tab's badge, the status bar, the panel and the export gate all read the
 * same findings, from the facts and layout the preview has already computed.
 */
const findingsByFacts = new WeakMap<ReleaseFacts, readonly Finding[]>()

/** Every finding of the checks on the current document: errors first, in reading order. */
export function selectFindings(state: ReleaseState): readonly Finding[] {
  const facts = selectFacts(state)
  const remembered = findingsByFacts.get(facts)
  if (remembered !== undefined) return remembered
  const findings = checkRelease(facts, selectContent(state))
  findingsByFacts.set(facts, findings)
  return findings
}

/** The findings the badge, the status bar, the panel and the marks show: null until the checks' first run. */
export function selectShownFindings(state: ReleaseState): readonly Finding[] | null {
  return state.checksShown ? selectFindings(state) : null
}

export const selectErrorCount = (state: ReleaseState): number =>
  selectFindings(state).filter((finding) => finding.severity === 'error').length

export const selectWarningCount = (state: ReleaseState): number =>
  selectFindings(state).filter((finding) => finding.severity === 'warning').length

/** "1 error", "2 warnings". */
export function countWords(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}
