import { useLayoutEffect, useMemo, useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { useStore } from 'zustand'
import { fieldMatchesText, matchCountText } from '../../release/find-text'
import { selectDocument, selectFieldFacts } from '../../store/selectors'
import { useRelease, useReleaseStoreApi } from '../../store/store-context'
import { changeQuery, closeFind, documentMatches, replaceAll, replaceCurrent, setReplacement, stepMatch } from './find-actions'
import { findState } from './find-state'
import './find-bar.css'

/**
 * The find bar over the editing column (Ctrl+F; Ctrl+H with replace): it searches every text
 * block's typed words, counts the matches in live fields apart, and gives the focus back on Escape.
 */
export function FindBar() {
  const store = useReleaseStoreApi()
  const find = useStore(findState(store))
  const document = useRelease(selectDocument)
  const facts = useRelease(selectFieldFacts)
  // Closed, the bar searches nothing: a keystroke elsewhere does not read the whole release for it.
  const matches = useMemo(
    () => (find.open ? documentMatches(document, facts, find.query) : null),
    [find.open, document, facts, find.query],
  )
  const bar = useRef<HTMLDivElement>(null)
  const input = useRef<HTMLInputElement>(null)
  const returnFocus = useRef<HTMLElement | null>(null)

  useLayoutEffect(() => {
    if (!find.open) return
    const active = window.document.activeElement
    if (active instanceof HTMLElement && !bar.current?.contains(active)) returnFocus.current = active
    input.current?.focus()
    input.current?.select()
  }, [find.open, find.focusRequest])

  if (!find.open || matches === null) return null

  const close = (): void => {
    closeFind(store)
    const back = returnFocus.current
    returnFocus.current = null
    if (back?.isConnected === true) back.focus()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    close()
  }
  const onFindKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    stepMatch(store, event.shiftKey ? -1 : 1)
  }
  const onReplaceKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    replaceCurrent(store)
  }
  // A button that has just replaced the last match turns disabled and would drop the focus (and Escape with it).
  const replaced = (replace: (releaseStore: typeof store) => void) => (): void => {
    replace(store)
    if (findState(store).getState().current === null) input.current?.focus()
  }
  const searching = find.query.text !== ''
  const none = matches.total === 0
  const note = find.note ?? (searching ? fieldMatchesText(matches.inFields, false) : null)

  return (
    <div ref={bar} className="find-bar" role="search" aria-label="Find and replace" onKeyDown={onKeyDown}>
      <div className="find-bar__row">
        <input
          ref={input}
          className="field__input find-bar__input"
          aria-label="Find in the text"
          placeholder="Find in the text"
          value={find.query.text}
          onChange={(event) => changeQuery(store, { text: event.target.value })}
          onKeyDown={onFindKey}
        />
        <span className="find-bar__count" role="status" data-testid="find-count">
          {searching ? matchCountText(find.current, matches.total) : ''}
        </span>
        <button type="button" className="button" disabled={none} onClick={() => stepMatch(store, -1)} title="Previous match (Shift+Enter)">
          Previous
        </button>
        <button type="button" className="button" disabled={none} onClick={() => stepMatch(store, 1)} title="Next match (Enter)">
          Next
        </button>
        <label className="find-bar__option">
          <input type="checkbox" checked={find.query.matchCase} onChange={(event) => changeQuery(store, { matchCase: event.target.checked })} />
          Match case
        </label>
        <label className="find-bar__option">
          <input type="checkbox" checked={find.query.wholeWord} onChange={(event) => changeQuery(store, { wholeWord: event.target.checked })} />
          Whole word
        </label>
        <button type="button" className="button find-bar__close" onClick={close} title="Close (Esc)" aria-label="Close find">
          {'\u00d7'}
        </button>
      </div>
      {find.withReplace && (
        <div className="find-bar__row">
          <input
            className="field__input find-bar__input"
            aria-label="Replace with"
            placeholder="Replace with"
            value={find.replacement}
            onChange={(event) => setReplacement(store, event.target.value)}
            onKeyDown={onReplaceKey}
          />
          <button type="button" className="button" disabled={none} onClick={replaced(replaceCurrent)}>
            Replace
          </button>
          <button type="button" className="button" disabled={none} onClick={replaced(replaceAll)}>
            Replace all
          </button>
        </div>
      )}
      {note !== null && (
        <p className="find-bar__note" data-testid="find-note">
          {note}
        </p>
      )}
    </div>
  )
}
