import type { ContentTable } from './content-table'
import type { ReleaseDocument } from './document-schema'
import type { ReleaseFacts } from './release-facts'

/** The release's financial tables, resolved from its stored tables and figures, in reading order. */
export function releaseTables(
  _document: ReleaseDocument,
  _facts: ReleaseFacts,
): readonly ContentTable[] {
  // Filled in when the release file gains its tables; until then a release has none.
  return []
}
