import type { KeyboardEvent } from 'react'

/** On Tab, moves focus to the next (with Shift, the previous) stop inside the dialog, so it never leaves. */
export function keepTabInside(event: KeyboardEvent, panel: HTMLElement | null, stopsSelector: string): void {
  const stops = Array.from(panel?.querySelectorAll<HTMLElement>(stopsSelector) ?? [])
  const index = stops.findIndex((stop) => stop === document.activeElement)
  const next = stops[(index + (event.shiftKey ? stops.length - 1 : 1)) % stops.length]
  event.preventDefault()
  next?.focus()
}
