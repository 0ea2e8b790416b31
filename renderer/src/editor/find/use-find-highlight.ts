import { useEffect } from 'react'
import { useStore } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import type { ReleaseStore } from '../../store/release-store'
import type { TextBlock } from '../../store/store-types'
import type { NarrativeEditorHandle } from '../narrative/editor-handle'
import { findState } from './find-state'

/** Shows the find bar's matches in one block's editor, and brings the current one into view when it is here. */
export function useFindHighlight(store: ReleaseStore, block: TextBlock, handle: { readonly current: NarrativeEditorHandle | null }): void {
  const shown = useStore(
    findState(store),
    useShallow((state) => ({
      query: state.open ? state.query : null,
      current: state.open && state.target?.block === block ? state.target.index : null,
      // A new search or step brings the current match back into view even if it is the same one.
      step: state.current,
    })),
  )
  useEffect(() => {
    handle.current?.highlightMatches({ query: shown.query, current: shown.current })
  }, [handle, shown])
}
