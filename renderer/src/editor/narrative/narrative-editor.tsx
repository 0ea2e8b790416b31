import { EditorContent, useEditor } from '@tiptap/react'
import { useLayoutEffect, useRef, useState } from 'react'
import type { RichText } from '../../release/narrative-schema'
import type { Field } from '../../release/narrative-schema'
import type { ReleaseFacts } from '../../release/release-facts'
import { MULTI_LINE_EXTENSIONS, SINGLE_LINE_EXTENSIONS } from './editor-extensions'
import { editorHandle } from './editor-handle'
import type { NarrativeEditorHandle } from './editor-handle'
import { MarkTooltip } from '../marks/mark-tooltip'
import { EditorToolbar } from './editor-toolbar'
import { FieldFactsContext } from './field-facts'
import './narrative-editor.css'
import { editorJson, richTextFromEditor, singleLineRichText } from './rich-text-convert'
import { useSyncedContent } from './use-synced-content'

export type { NarrativeEditorHandle }
export type { Field }

export interface NarrativeEditorProps {
  readonly value: RichText
  readonly onChange: (next: RichText) => void
  readonly facts: ReleaseFacts
  readonly label: string
  /** One paragraph only (the headline): Enter does nothing, no lists. */
  readonly singleLine?: boolean
  /** Called when the editor gets the focus, with the handle to insert fields into it. */
  readonly onFocusEditor?: (handle: NarrativeEditorHandle) => void
  /** Called once the editor exists, with its handle (the checks select and fix words through it); the returned function runs when it goes. */
  readonly onHandle?: (handle: NarrativeEditorHandle) => (() => void) | undefined
  readonly testId?: string
}

/** Keeps the latest callback without making the editor depend on it. */
function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value)
  useLayoutEffect(() => {
    ref.current = value
  })
  return ref
}

/** One block of the release's text, with live fields whose words follow the figures. */
export function NarrativeEditor(props: NarrativeEditorProps) {
  const { value, facts, label, singleLine = false, testId } = props
  const onChange = useLatest(props.onChange)
  const onFocusEditor = useLatest(props.onFocusEditor)
  const onHandle = useLatest(props.onHandle)
  const lastEmitted = useRef<RichText | null>(null)
  const [initialContent] = useState(() => editorJson(singleLine ? singleLineRichText(value) : value))
  const [editorProps] = useState(() => ({
    attributes: {
      class: 'narrative-editor__content',
      role: 'textbox',
      'aria-multiline': singleLine ? 'false' : 'true',
      'aria-label': label,
    },
  }))
  const extensions = singleLine ? SINGLE_LINE_EXTENSIONS : MULTI_LINE_EXTENSIONS
  const editor = useEditor(
    {
      extensions,
      content: initialContent,
      editorProps,
      onUpdate: ({ editor: updated }) => {
        const next = richTextFromEditor(updated.state.doc)
        lastEmitted.current = next
        onChange.current(next)
      },
      onFocus: ({ editor: focused }) => onFocusEditor.current?.(editorHandle(focused)),
    },
    [extensions],
  )

  useLayoutEffect(() => {
    // Copies and plain-text exports of fields read the facts from here.
    editor.storage.field.facts = facts
  }, [editor, facts])
  useLayoutEffect(() => onHandle.current?.(editorHandle(editor)), [editor, onHandle])
  useLayoutEffect(() => {
    editor.view.dom.setAttribute('aria-label', label)
  }, [editor, label])
  useSyncedContent(editor, value, singleLine, lastEmitted)

  return (
    <div className="narrative-editor" data-testid={testId} data-single-line={singleLine ? 'true' : undefined}>
      <EditorToolbar editor={editor} label={label} singleLine={singleLine} />
      <FieldFactsContext.Provider value={facts}>
        <EditorContent editor={editor} className="narrative-editor__frame" />
        <MarkTooltip editor={editor} />
      </FieldFactsContext.Provider>
    </div>
  )
}
