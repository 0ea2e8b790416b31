import { createContext, useContext } from 'react'
import type { ReactNode } from 'react'
import type { ReleaseDeskBridge } from '../contract/bridge-contract'
import type { EditorTargets } from './editor-targets'

export type { EditorTargets, InsertTarget } from './editor-targets'

/**
 * What the editor's panels need besides the store: the bridge (for pickers) and the mounted
 * narrative editors. The app provides it; the editor never reaches up into the app for it.
 */
export interface EditorServices {
  readonly bridge: ReleaseDeskBridge
  readonly editors: EditorTargets
}

const EditorServicesContext = createContext<EditorServices | null>(null)

export function EditorServicesProvider(props: {
  readonly services: EditorServices
  readonly children: ReactNode
}) {
  return (
    <EditorServicesContext.Provider value={props.services}>
      {props.children}
    </EditorServicesContext.Provider>
  )
}

export function useEditorServices(): EditorServices {
  const services = useContext(EditorServicesContext)
  if (services === null)
    throw new Error('useEditorServices needs an EditorServicesProvider above it.')
  return services
}
