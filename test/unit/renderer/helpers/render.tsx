import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import type { EditorTargets } from '../../../../renderer/src/app/app-context'
import { AppServicesProvider } from '../../../../renderer/src/app/app-services'
import type { CommandId } from '../../../../renderer/src/app/commands'
import type { ReleaseDeskBridge } from '../../../../renderer/src/contract/bridge-contract'
import type { ReleaseStore } from '../../../../renderer/src/store/release-store'
import { ReleaseStoreProvider } from '../../../../renderer/src/store/store-context'
import { fakeBridge } from './fake-bridge'

export interface Rendered {
  readonly store: ReleaseStore
  readonly editors: EditorTargets
  readonly ran: CommandId[]
}

/** Renders a part of the editor around a store, with the services components expect. */
export function renderWithStore(
  ui: ReactElement,
  store: ReleaseStore,
  options: { readonly bridge?: ReleaseDeskBridge } = {},
): Rendered & ReturnType<typeof render> {
  const editors: EditorTargets = new Map()
  const ran: CommandId[] = []
  const services = {
    bridge: options.bridge ?? fakeBridge().bridge,
    commands: new Map(),
    editors,
    mac: false,
    runCommand: (id: CommandId) => ran.push(id),
  }
  const result = render(
    <ReleaseStoreProvider store={store}>
      <AppServicesProvider services={services}>{ui}</AppServicesProvider>
    </ReleaseStoreProvider>,
  )
  return { ...result, store, editors, ran }
}
