/** A keyboard shortcut; Mod is Command on macOS and Ctrl elsewhere. */
export interface Shortcut {
  /** The key as KeyboardEvent.key reports it unshifted, lower case: "z", "s". */
  readonly key: string
  readonly mod: boolean
  readonly shift: boolean
}

export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)
}

type KeyEventLike = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>

/** Whether a keydown is this shortcut. The key code is a fallback for layouts whose letters differ. */
export function matchesShortcut(event: KeyEventLike, shortcut: Shortcut, mac: boolean): boolean {
  const mod = mac ? event.metaKey : event.ctrlKey
  const otherMod = mac ? event.ctrlKey : event.metaKey
  if (mod !== shortcut.mod || otherMod || event.altKey || event.shiftKey !== shortcut.shift) return false
  return event.key.toLowerCase() === shortcut.key || event.code === `Key${shortcut.key.toUpperCase()}`
}

/** "Ctrl+Shift+S" or "⇧⌘S": how hints and tooltips show a shortcut. */
export function formatShortcut(shortcut: Shortcut, mac: boolean): string {
  const key = shortcut.key.toUpperCase()
  if (mac) return `${shortcut.shift ? '\u21e7' : ''}${shortcut.mod ? '\u2318' : ''}${key}`
  return [shortcut.mod ? 'Ctrl' : null, shortcut.shift ? 'Shift' : null, key].filter((part) => part !== null).join('+')
}

export const mod = (key: string): Shortcut => ({ key, mod: true, shift: false })
export const shiftMod = (key: string): Shortcut => ({ key, mod: true, shift: true })
