import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import type { WorkbookMapping } from '../../release/workbook-mapping'
import type { ReleaseStore } from '../../store/release-store'
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

interface MappingRequests {
  readonly request: MappingRequest | null
}

// Beside each window's release store rather than in it: the dialog holds a workbook, not the release.
const requestsByStore = new WeakMap<ReleaseStore, StoreApi<MappingRequests>>()
let nextId = 1

/** The pending mapping question of an editor window (the dialog host shows it). */
export function mappingRequests(store: ReleaseStore): StoreApi<MappingRequests> {
  const existing = requestsByStore.get(store)
  if (existing !== undefined) return existing
  const created = createStore<MappingRequests>()(() => ({ request: null }))
  requestsByStore.set(store, created)
  return created
}

/** Shows the mapping dialog for a workbook; resolves with the mapping and its figures, or null. */
export function askForMapping(
  store: ReleaseStore,
  request: Omit<MappingRequest, 'id' | 'resolve'>,
): Promise<MappedImport | null> {
  const requests = mappingRequests(store)
  requests.getState().request?.resolve(null)
  return new Promise((resolve) => {
    requests.setState({
      request: {
        ...request,
        id: nextId++,
        resolve: (answer) => {
          requests.setState({ request: null })
          resolve(answer)
        },
      },
    })
  })
}
