import { useCallback, useDeferredValue, useRef } from 'react'
import { useEditorServices } from '../editor-services'
import { useFindHighlight } from '../find/use-find-highlight'
import { useFindingMarks } from '../marks/use-finding-marks'
import { SpellingMenu } from '../spelling/spelling-menu'
import { useSpellingMarks } from '../spelling/use-spelling-marks'
import type { RichText } from '../../release/narrative-schema'
import { NarrativeEditor } from '../narrative/narrative-editor'
import type { NarrativeEditorHandle } from '../narrative/narrative-editor'
import { selectFieldFacts } from '../../store/selectors'
import { useRelease, useReleaseStoreApi } from '../../store/store-context'
import type { ReleaseState, TextBlock } from '../../store/store-types'
import { BLOCK_KINDS, narrativeText } from '../../release/block-kinds'

function blockText(state: ReleaseState, block: TextBlock): RichText {
  return narrativeText(state.document.narrative, block)
}

/** One narrative block's editor, wired to the store; its focus makes it the target of "Insert". */
export function NarrativeSlot(props: { readonly block: TextBlock; readonly label?: string }) {
  const { block } = props
  const store = useReleaseStoreApi()
  const { editors } = useEditorServices()
  const value = useRelease((state) => blockText(state, block))
  // A figure typed elsewhere repaints the preview first; the live fields in the text follow a moment later.
  const facts = useDeferredValue(useRelease(selectFieldFacts))
  const onChange = useCallback((next: RichText) => store.getState().setNarrativeBlock(block, next), [store, block])
  const onFocusEditor = useCallback(
    (handle: NarrativeEditorHandle) => {
      editors.set(block, handle)
      const state = store.getState()
      // Moving to another block ends the typing burst: undo then takes back one block at a time.
      if (state.lastFocusedBlock !== block) state.breakCoalescing()
      state.setLastFocusedBlock(block)
    },
    [editors, store, block],
  )
  // Every mounted editor is known from the start, so a finding in Checks can select words in a block not yet clicked.
  const ownHandle = useRef<NarrativeEditorHandle | null>(null)
  const onHandle = useCallback(
    (handle: NarrativeEditorHandle) => {
      editors.set(block, handle)
      ownHandle.current = handle
      return () => {
        if (editors.get(block) === handle) editors.delete(block)
        if (ownHandle.current === handle) ownHandle.current = null
      }
    },
    [editors, block],
  )
  useFindHighlight(store, block, ownHandle)
  useFindingMarks(block, ownHandle)
  useSpellingMarks(value, ownHandle)
  return (
    <SpellingMenu store={store} block={block} handle={ownHandle}>
      <NarrativeEditor
        value={value}
        onChange={onChange}
        facts={facts}
        label={props.label ?? BLOCK_KINDS[block].label}
        singleLine={BLOCK_KINDS[block].singleLine}
        onFocusEditor={onFocusEditor}
        onHandle={onHandle}
        testId={`narrative-${block}`}
      />
    </SpellingMenu>
  )
}
