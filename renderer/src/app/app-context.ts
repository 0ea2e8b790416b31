import type { ReleaseDeskBridge } from '../contract/bridge-contract'
import type { ReleaseStore } from '../store/release-store'
import type { EditorTargets } from '../editor/editor-targets'

export type { EditorTargets, InsertTarget } from '../editor/editor-targets'

/** What commands and file flows act on. */
export interface AppContext {
  readonly store: ReleaseStore
  readonly bridge: ReleaseDeskBridge
  readonly editors: EditorTargets
}
