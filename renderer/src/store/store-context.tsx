import { createContext, useContext } from 'react'
import type { ReactNode } from 'react'
import { useStore } from 'zustand'
import type { ReleaseStore } from './release-store'
import type { ReleaseState } from './store-types'

const StoreContext = createContext<ReleaseStore | null>(null)

export function ReleaseStoreProvider(props: { readonly store: ReleaseStore; readonly children: ReactNode }) {
  return <StoreContext.Provider value={props.store}>{props.children}</StoreContext.Provider>
}

/** The store itself, for actions and reads outside rendering (commands, effects). */
export function useReleaseStoreApi(): ReleaseStore {
  const store = useContext(StoreContext)
  if (store === null) throw new Error('useReleaseStoreApi needs a ReleaseStoreProvider above it.')
  return store
}

/** One value of the store; each selector should read one thing (or use useShallow for objects). */
export function useRelease<T>(selector: (state: ReleaseState) => T): T {
  return useStore(useReleaseStoreApi(), selector)
}
