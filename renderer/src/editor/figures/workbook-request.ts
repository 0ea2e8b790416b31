import type { WorkbookMapping } from '../../release/workbook-mapping'
import type { ReleaseStore } from '../../store/release-store'
import { windowQuestion } from '../window-question'
import type { ImportedFigures, OpenedWorkbook } from '../../workbook/workbook-import'

/** What the mapping dialog settles on: the mapping, and the figures it read from the workbook. */
export interface MappedImport {
  readonly mapping: WorkbookMapping
  readonly imported: ImportedFigures
}

/** A workbook waiting for the person to say which cells hold which figures. */
export interface MappingRequest {
  readonly id: number
  readonly workbook: OpenedWorkbook
  /** The mapping the release remembers, to start from; undefined the first time. */
  readonly initial: WorkbookMapping | undefined
  /** The mapping and its figures; null when the person cancelled. */
  readonly resolve: (answer: MappedImport | null) => void
}

const mappingQuestion = windowQuestion<MappedImport, MappingRequest>()

/** The pending mapping question of an editor window (the dialog host shows it). */
export const mappingRequests = mappingQuestion.requests

/** Shows the mapping dialog for a workbook; resolves with the mapping and its figures, or null. */
export function askForMapping(
  store: ReleaseStore,
  request: Omit<MappingRequest, 'id' | 'resolve'>,
): Promise<MappedImport | null> {
  return mappingQuestion.ask(store, request)
}
