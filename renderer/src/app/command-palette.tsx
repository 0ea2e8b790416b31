import { useEffect, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useStore } from 'zustand'
import { useRelease, useReleaseStoreApi } from '../store/store-context'
import { useAppServices } from './app-services'
import type { Command } from './commands'
import { closeCommandPalette, paletteState } from './palette-state'
import { formatShortcut } from './shortcuts'

/** Whether every word typed starts a word of the label, or appears in it: "new q" finds "New quarter…". */
export function matchesQuery(label: string, query: string): boolean {
  const haystack = label.toLowerCase()
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '')
    .every((word) => haystack.includes(word))
}

/**
 * Every command of the registry, by name (Ctrl+Shift+P): type to filter, arrows to choose, Enter
 * to run, Escape to close. The same commands as the toolbar and the Electron menu, in any host.
 */
export function CommandPalette() {
  const store = useReleaseStoreApi()
  const open = useStore(paletteState(store), (state) => state.open)
  if (!open) return null
  return <OpenPalette close={() => closeCommandPalette(store)} />
}

function OpenPalette(props: { readonly close: () => void }) {
  const { commands, mac, runCommand } = useAppServices()
  const state = useRelease((current) => current)
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const input = useRef<HTMLInputElement | null>(null)
  const listed = useMemo(
    () => [...commands.values()].filter((command) => command.id !== 'view.commandPalette' && matchesQuery(command.label, query)),
    [commands, query],
  )
  const current = Math.min(active, Math.max(0, listed.length - 1))

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    input.current?.focus()
    return () => previous?.focus()
  }, [])

  const run = (command: Command | undefined): void => {
    if (command === undefined || !command.enabled(state)) return
    props.close()
    runCommand(command.id)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const move = (to: number): void => {
      event.preventDefault()
      if (listed.length > 0) setActive((to + listed.length) % listed.length)
    }
    switch (event.key) {
      case 'ArrowDown':
        return move(current + 1)
      case 'ArrowUp':
        return move(current - 1)
      case 'Home':
        return move(0)
      case 'End':
        return move(listed.length - 1)
      case 'Enter':
        event.preventDefault()
        return run(listed[current])
      case 'Escape':
        event.preventDefault()
        return props.close()
      case 'Tab':
        // The palette is modal: focus stays in its field.
        event.preventDefault()
        return undefined
      default:
        return undefined
    }
  }

  const optionId = (index: number): string => `command-palette-option-${index}`
  return (
    <div className="dialog-backdrop command-palette__backdrop" onMouseDown={(event) => event.target === event.currentTarget && props.close()}>
      <div className="dialog command-palette" role="dialog" aria-modal="true" aria-label="Command palette" onKeyDown={onKeyDown}>
        <input
          ref={input}
          className="field__input command-palette__input"
          role="combobox"
          aria-label="Command"
          aria-expanded="true"
          aria-controls="command-palette-list"
          aria-autocomplete="list"
          aria-activedescendant={listed.length === 0 ? undefined : optionId(current)}
          placeholder="Type a command, such as New quarter"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
            setActive(0)
          }}
        />
        <ul id="command-palette-list" className="command-palette__list" role="listbox" aria-label="Commands">
          {listed.map((command, index) => {
            const shortcut = command.shortcuts[0]
            const enabled = command.enabled(state)
            return (
              <li
                key={command.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === current}
                aria-disabled={!enabled}
                className={`command-palette__option${index === current ? ' command-palette__option--active' : ''}`}
                data-command={command.id}
                onMouseMove={() => setActive(index)}
                onClick={() => run(command)}
              >
                <span>{command.label}</span>
                {shortcut !== undefined && <kbd className="command-palette__hint">{formatShortcut(shortcut, mac)}</kbd>}
              </li>
            )
          })}
        </ul>
        {listed.length === 0 && (
          <p className="command-palette__empty" role="status">
            No command is called “{query.trim()}”.
          </p>
        )}
      </div>
    </div>
  )
}
