import { useCallback, useLayoutEffect, useRef } from 'react'
import type { FocusEvent, KeyboardEvent, RefObject } from 'react'

/** What takes part in a toolbar's arrow keys: its enabled buttons and fields. */
const ITEMS = 'button:not([disabled]), input:not([disabled]), select:not([disabled])'

export interface RovingToolbar {
  readonly ref: RefObject<HTMLDivElement | null>
  readonly onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void
  readonly onFocus: (event: FocusEvent<HTMLDivElement>) => void
}

function itemsOf(toolbar: HTMLElement | null): HTMLElement[] {
  return toolbar === null ? [] : Array.from(toolbar.querySelectorAll<HTMLElement>(ITEMS))
}

/**
 * The ARIA toolbar pattern: Tab reaches a toolbar once, on the item used last; Left and Right
 * (and Home, End) move within it. Keyboard users then pass one stop per toolbar, not one per button.
 */
export function useRovingToolbar(): RovingToolbar {
  const ref = useRef<HTMLDivElement | null>(null)
  const current = useRef(0)

  // After every render: items come and go (a disabled Undo, the lists of a multi-line block).
  useLayoutEffect(() => {
    const items = itemsOf(ref.current)
    const index = Math.min(current.current, items.length - 1)
    items.forEach((item, position) => {
      item.tabIndex = position === index ? 0 : -1
    })
  })

  const focusItem = useCallback((index: number) => {
    const items = itemsOf(ref.current)
    const item = items[index]
    if (item === undefined) return
    current.current = index
    items.forEach((other, position) => {
      other.tabIndex = position === index ? 0 : -1
    })
    item.focus()
  }, [])

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      // A field's own arrows (a select's options, a text cursor) stay its own.
      const target = event.target
      if (target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type !== 'checkbox')) return
      const items = itemsOf(ref.current)
      const at = items.findIndex((item) => item === document.activeElement)
      if (at === -1) return
      const to =
        event.key === 'ArrowRight' ? (at + 1) % items.length
        : event.key === 'ArrowLeft' ? (at - 1 + items.length) % items.length
        : event.key === 'Home' ? 0
        : event.key === 'End' ? items.length - 1
        : null
      if (to === null) return
      event.preventDefault()
      focusItem(to)
    },
    [focusItem],
  )

  const onFocus = useCallback((event: FocusEvent<HTMLDivElement>) => {
    const at = itemsOf(ref.current).findIndex((item) => item === event.target)
    if (at !== -1) current.current = at
  }, [])

  return { ref, onKeyDown, onFocus }
}
