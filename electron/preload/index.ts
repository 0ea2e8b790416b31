import { contextBridge, ipcRenderer } from 'electron'
import type { IpcRendererEvent } from 'electron'
import type { ReleaseDeskBridge } from '../../renderer/src/contract/bridge-contract'
import { buildBridge, withEarlyEventBuffer } from './bridge'

/**
 * Exposes `window.releaseDesk` to the page: one method per channel and event subscriptions.
 * ipcRenderer itself never crosses the bridge, only these narrow functions do.
 */
const bridge: ReleaseDeskBridge = buildBridge(
  withEarlyEventBuffer(
    {
      invoke: (channel, request) => ipcRenderer.invoke(channel, request),
      subscribe: (event, forward) => {
        // The raw IpcRendererEvent (with its sender) stays here; the page sees only the payload.
        const listener = (_event: IpcRendererEvent, payload: unknown): void => forward(payload)
        ipcRenderer.on(event, listener)
        return () => {
          ipcRenderer.removeListener(event, listener)
        }
      },
    },
    // A file handed over at launch may arrive before the app has subscribed.
    ['file:opened'],
  ),
)

contextBridge.exposeInMainWorld('releaseDesk', bridge)
