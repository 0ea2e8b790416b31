import { createContext, useContext } from 'react'
import type { ReactNode } from 'react'
import type { ReleaseDeskBridge } from '../host/bridge-contract'
import type { CommandId, CommandRegistry } from './commands'
import type { EditorTargets } from './app-context'

/** What components need besides the store: the bridge, the commands and the mounted narrative editors. */
export interface AppServices {
  readonly bridge: ReleaseDeskBridge
  readonly commands: CommandRegistry
  readonly editors: EditorTargets
  readonly mac: boolean
  readonly runCommand: (id: CommandId) => void
}

const ServicesContext = createContext<AppServices | null>(null)

export function AppServicesProvider(props: { readonly services: AppServices; readonly children: ReactNode }) {
  return <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>
}

export function useAppServices(): AppServices {
  const services = useContext(ServicesContext)
  if (services === null) throw new Error('useAppServices needs an AppServicesProvider above it.')
  return services
}
