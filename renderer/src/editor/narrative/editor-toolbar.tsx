import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import type { MouseEvent } from 'react'
import { useRovingToolbar } from '../roving-toolbar'

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const MOD = MAC ? '\u2318' : 'Ctrl+'

interface ToolbarButtonProps {
  readonly label: string
  readonly shortcut: string
  readonly text: string
  readonly active: boolean
  readonly className: string
  readonly run: () => void
}

/** Keeps the editor's selection: the button acts on it without taking the focus. */
function keepFocus(event: MouseEvent): void {
  event.preventDefault()
}

function ToolbarButton(props: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className={`narrative-toolbar__button ${props.className}`}
      aria-label={props.label}
      aria-pressed={props.active}
      title={`${props.label} (${props.shortcut})`}
      onMouseDown={keepFocus}
      onClick={props.run}
    >
      {props.text}
    </button>
  )
}

/** Bold, italic and the two lists: the formatting the release's text may carry. */
export function EditorToolbar(props: { readonly editor: Editor; readonly label: string; readonly singleLine: boolean }) {
  const { editor, singleLine } = props
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bulletList: !singleLine && current.isActive('bulletList'),
      orderedList: !singleLine && current.isActive('orderedList'),
    }),
  })
  const roving = useRovingToolbar()
  return (
    <div
      ref={roving.ref}
      className="narrative-toolbar"
      role="toolbar"
      aria-label={`${props.label} formatting`}
      onKeyDown={roving.onKeyDown}
      onFocus={roving.onFocus}
    >
      <ToolbarButton
        label="Bold"
        shortcut={`${MOD}B`}
        text="B"
        className="narrative-toolbar__button--bold"
        active={active.bold}
        run={() => editor.chain().focus().toggleBold().run()}
      />
      <ToolbarButton
        label="Italic"
        shortcut={`${MOD}I`}
        text="I"
        className="narrative-toolbar__button--italic"
        active={active.italic}
        run={() => editor.chain().focus().toggleItalic().run()}
      />
      {!singleLine && (
        <>
          <ToolbarButton
            label="Bulleted list"
            shortcut={`${MOD}Shift+8`}
            text={'\u2022 List'}
            className="narrative-toolbar__button--list"
            active={active.bulletList}
            run={() => editor.chain().focus().toggleBulletList().run()}
          />
          <ToolbarButton
            label="Numbered list"
            shortcut={`${MOD}Shift+7`}
            text="1. List"
            className="narrative-toolbar__button--list"
            active={active.orderedList}
            run={() => editor.chain().focus().toggleOrderedList().run()}
          />
        </>
      )}
    </div>
  )
}
