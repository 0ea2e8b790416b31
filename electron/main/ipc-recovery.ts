import type { HandlerMap } from './ipc'
import type { RecoveryStore } from './recovery-store'

/** The crash-recovery copy: recovery:write, recovery:read, recovery:clear. */

type RecoveryChannels = 'recovery:write' | 'recovery:read' | 'recovery:clear'

export function createRecoveryHandlers(store: RecoveryStore): Pick<HandlerMap, RecoveryChannels> {
  return {
    'recovery:write': async ({ path, text }) => {
      await store.write(path, text)
      return null
    },
    'recovery:read': () => store.read(),
    'recovery:clear': async () => {
      await store.clear()
      return null
    },
  }
}
