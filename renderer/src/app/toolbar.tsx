import { useRovingToolbar } from '../editor/roving-toolbar'
import { selectCanRedo, selectCanUndo } from '../store/selectors'
import { useRelease } from '../store/store-context'
import { useAppServices } from './app-services'
import type { CommandId } from './commands'
import { formatShortcut } from './shortcuts'

function CommandButton(props: { readonly id: CommandId; readonly label?: string; readonly disabled?: boolean }) {
  const { commands, mac, runCommand } = useAppServices()
  const command = commands.get(props.id)
  if (command === undefined) return null
  const shortcut = command.shortcuts[0]
  const hint = shortcut === undefined ? null : formatShortcut(shortcut, mac)
  const label = props.label ?? command.label
  return (
    <button
      type="button"
      className="button toolbar__button"
      disabled={props.disabled}
      aria-label={label}
      title={hint === null ? command.label : `${command.label} (${hint})`}
      aria-keyshortcuts={hint === null ? undefined : hint.replace(/\u2318/g, 'Meta+').replace(/\u21e7/g, 'Shift+')}
      onClick={() => runCommand(props.id)}
      data-command={props.id}
    >
      {label}
      {hint !== null && (
        <kbd className="toolbar__hint" aria-hidden="true">
          {hint}
        </kbd>
      )}
    </button>
  )
}

/** The main commands, each with its shortcut shown; every other command is in the palette. */
export function Toolbar() {
  const canUndo = useRelease(selectCanUndo)
  const canRedo = useRelease(selectCanRedo)
  const roving = useRovingToolbar()
  return (
    <div
      ref={roving.ref}
      className="toolbar"
      role="toolbar"
      aria-label="Release commands"
      onKeyDown={roving.onKeyDown}
      onFocus={roving.onFocus}
    >
      <div className="toolbar__group">
        <CommandButton id="file.new" label="New" />
        <CommandButton id="file.open" label="Open" />
        <CommandButton id="file.save" />
        <CommandButton id="file.saveAs" label="Save As" />
        <CommandButton id="file.newQuarter" label="New quarter" />
      </div>
      <div className="toolbar__group">
        <CommandButton id="edit.undo" disabled={!canUndo} />
        <CommandButton id="edit.redo" disabled={!canRedo} />
      </div>
      <div className="toolbar__group">
        <CommandButton id="file.exportDocx" label="Word" />
        <CommandButton id="file.exportPdf" label="PDF" />
        <CommandButton id="file.print" label="Print" />
      </div>
      <div className="toolbar__group">
        <CommandButton id="view.commandPalette" label="Commands" />
      </div>
    </div>
  )
}
