import type { HandlerMap } from './ipc'
import { createDocumentHandlers } from './ipc-documents'
import type { DocumentHandlerDeps } from './ipc-documents'
import { createExportHandlers } from './ipc-exports'
import { createRecoveryHandlers } from './ipc-recovery'
import { createWindowHandlers } from './ipc-window'
import { createWorkbookHandlers } from './ipc-workbook'
import type { WindowHandlerDeps } from './ipc-window'
import type { RecoveryStore } from './recovery-store'

export type ShellDeps = DocumentHandlerDeps &
  WindowHandlerDeps & { readonly recovery: RecoveryStore }

/** Every channel's handler; the HandlerMap type makes a forgotten channel a compile error. */
export function createHandlers(deps: ShellDeps): HandlerMap {
  return {
    ...createDocumentHandlers(deps),
    ...createRecoveryHandlers(deps.recovery),
    ...createWindowHandlers(deps),
    ...createExportHandlers(),
    ...createWorkbookHandlers(),
  }
}
