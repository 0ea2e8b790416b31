import type { ReleaseDocument } from '../../renderer/src/release/document-schema'
import { readReleaseDocument, serializeReleaseDocument } from '../../renderer/src/release/load-document'

/**
 * The release whose first table also has a "% Change" column after each pair of periods: six
 * narrow columns, too narrow for "Three Months Ended" on one line over two of them.
 */
export function withSixColumnTable(document: ReleaseDocument): ReleaseDocument {
  const json = JSON.parse(serializeReleaseDocument(document)) as { tables: { columns: unknown[] }[] }
  const table = json.tables[0]
  if (table === undefined) throw new Error('the release has no table to widen')
  table.columns = [
    { kind: 'period', period: 'quarter' },
    { kind: 'period', period: 'yearAgoQuarter' },
    { kind: 'change', change: 'percent', current: 'quarter', prior: 'yearAgoQuarter' },
    { kind: 'period', period: 'yearToDate' },
    { kind: 'period', period: 'yearAgoYearToDate' },
    { kind: 'change', change: 'percent', current: 'yearToDate', prior: 'yearAgoYearToDate' },
  ]
  const read = readReleaseDocument(JSON.stringify(json))
  if (!read.ok) throw new Error(`the six-column release: ${read.error}`)
  return read.value
}
