import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'
import { useStore } from 'zustand'
import type { ReleaseStore } from '../../store/release-store'
import type { TextBlock } from '../../store/store-types'
import type { TextMark } from '../marks/text-marks'
import type { NarrativeEditorHandle } from '../narrative/editor-handle'
import { useSpeller } from './speller'
import { spellingRequest } from './spelling-request'
import './spelling.css'

interface Open {
  readonly mark: TextMark
  readonly left: number
  readonly top: number
}

const EDGE = 8

/** Where the menu goes: under the word, kept inside the window. */
function placeFor(handle: NarrativeEditorHandle, mark: TextMark, point: { readonly x: number; readonly y: number } | null): Open {
  const rect = handle.markRect(mark)
  return { mark, left: point?.x ?? rect?.left ?? EDGE, top: point?.y ?? (rect === null ? EDGE : rect.bottom + 6) }
}

/**
 * Suggestions for a misspelled word, and "Add to dictionary": on right-click of the word, on the
 * context-menu key, or F7 with the caret in it. Escape closes it and gives the text the focus back.
 */
export function SpellingMenu(props: {
  readonly store: ReleaseStore
  readonly block: TextBlock
  readonly handle: { readonly current: NarrativeEditorHandle | null }
  readonly children: ReactNode
}) {
  const { store, block, handle } = props
  const speller = useSpeller()
  const [open, setOpen] = useState<Open | null>(null)
  const menu = useRef<HTMLDivElement>(null)
  const [shift, setShift] = useState<{ readonly left: number; readonly top: number } | null>(null)
  const request = useStore(spellingRequest(store))

  const show = (id: string | null, point: { readonly x: number; readonly y: number } | null): boolean => {
    const editor = handle.current
    const mark = editor?.markAt('spelling', id) ?? null
    if (editor === null || editor === undefined || mark === null) return false
    setOpen(placeFor(editor, mark, point))
    return true
  }
  const lastRequest = useRef(request.count)
  useEffect(() => {
    if (request.count === lastRequest.current) return
    lastRequest.current = request.count
    if (request.block !== block) return
    if (!show(null, null)) store.getState().showToast('info', 'The caret is not in a word marked as misspelled.')
    // show reads the handle at call time; only a new request opens the menu.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request, block, store])

  useLayoutEffect(() => {
    const element = menu.current
    if (open === null || element === null) {
      setShift(null)
      return
    }
    const left = Math.max(EDGE, Math.min(open.left, window.innerWidth - element.offsetWidth - EDGE))
    const top = open.top + element.offsetHeight + EDGE > window.innerHeight ? Math.max(EDGE, open.top - element.offsetHeight - 30) : open.top
    setShift({ left, top })
  }, [open])
  // Once placed: a hidden menu (measured before it is placed) cannot take the focus.
  useLayoutEffect(() => {
    if (shift !== null) menu.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus()
  }, [shift])

  const close = (): void => {
    setOpen(null)
    handle.current?.focus()
  }
  const replaceWith = (mark: TextMark, words: string): void => {
    setOpen(null)
    const state = store.getState()
    // The correction is an undo step of its own, not part of the typing around it.
    state.breakCoalescing()
    handle.current?.replaceRange(mark.from, mark.to, words)
    store.getState().breakCoalescing()
  }
  const addWord = (word: string): void => {
    setOpen(null)
    store.getState().addToDictionary(word)
    handle.current?.focus()
  }
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])]
    const at = items.findIndex((item) => item === document.activeElement)
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault()
      close()
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const next = items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]
      next?.focus()
    }
  }

  const suggestions = open === null || speller === null ? [] : speller.suggest(open.mark.word ?? '')
  const word = open?.mark.word ?? ''
  return (
    <div
      className="spelling-scope"
      onContextMenu={(event) => {
        const target = event.target instanceof Element ? event.target.closest('.text-mark--spelling') : null
        const id = target?.getAttribute('data-text-mark') ?? null
        // The context-menu key has no pointer: the caret's word is meant.
        const point = event.clientX === 0 && event.clientY === 0 ? null : { x: event.clientX, y: event.clientY }
        if (show(id, id === null ? null : point)) event.preventDefault()
      }}
    >
      {props.children}
      {open !== null && (
        <div
          ref={menu}
          role="menu"
          aria-label={`Spelling of \u201c${word}\u201d`}
          className="spelling-menu"
          style={shift === null ? { visibility: 'hidden', left: open.left, top: open.top } : { left: shift.left, top: shift.top }}
          onKeyDown={onMenuKey}
          onBlur={(event) => {
            if (!menu.current?.contains(event.relatedTarget as Node | null)) setOpen(null)
          }}
        >
          {suggestions.length === 0 && (
            <div role="menuitem" aria-disabled="true" className="spelling-menu__item spelling-menu__item--none">
              No suggestions
            </div>
          )}
          {suggestions.map((suggestion) => (
            <button key={suggestion} type="button" role="menuitem" tabIndex={-1} className="spelling-menu__item" onClick={() => replaceWith(open.mark, suggestion)}>
              {suggestion}
            </button>
          ))}
          <div role="separator" className="spelling-menu__separator" />
          <button type="button" role="menuitem" tabIndex={-1} className="spelling-menu__item" onClick={() => addWord(word)}>
            {`Add \u201c${word}\u201d to this release\u2019s dictionary`}
          </button>
        </div>
      )}
    </div>
  )
}
