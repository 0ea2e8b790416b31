import { createContext, useContext } from 'react'
import type { ReactNode } from 'react'
import type { ReleaseDeskBridge } from '../contract/bridge-contract'
import type { CommandId, CommandRegistry } from './commands'
import { EditorServicesProvider } from '../editor/editor-services'
import type { EditorServices } from '../editor/editor-services'

/** What components need besides the store: the bridge, the commands and the mounted narrative editors. */
export interface AppServices extends EditorServices {
  readonly bridge: ReleaseDeskBridge
  readonly commands: CommandRegistry
  readonly mac: boolean
  readonly runCommand: (id: CommandId) => void
}

const ServicesContext = createContext<AppServices | null>(null)

export function AppServicesProvider(props: {
  readonly services: AppServices
  readonly children: ReactNode
}) {
  // The editor's panels read their part through their own context, so the editor never imports the app.
  return (
    <ServicesContext.Provider value={props.services}>
      <EditorServicesProvider services={props.services}>{props.children}</EditorServicesProvider>
    </ServicesContext.Provider>
  )
}

export function useAppServices(): AppServices {
  const services = useContext(ServicesContext)
  if (services === null) throw new Error('useAppServices needs an AppServicesProvider above it.')
  return services
}
