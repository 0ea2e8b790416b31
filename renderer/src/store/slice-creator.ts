import type { StateCreator } from 'zustand/vanilla'
import type { ReleaseState } from './store-types'

/** A slice of the combined store; middleware is applied once, at the root (release-store.ts). */
export type SliceCreator<Slice> = StateCreator<
  ReleaseState,
  [['zustand/subscribeWithSelector', never]],
  [],
  Slice
>
