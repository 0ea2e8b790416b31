import { Extension, Node } from '@tiptap/core'
import type { Extensions } from '@tiptap/core'
import { Fragment, Slice } from '@tiptap/pm/model'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { StarterKit } from '@tiptap/starter-kit'
import { FindHighlightExtension } from '../find/find-highlight'
import { TextMarksExtension } from '../marks/text-marks'
import { CleanInput } from './clean-input'
import { FieldNode } from './field-node'

/**
 * The editor's schema is exactly the stored one: paragraphs, bold, italic, lists, line breaks and
 * fields. Anything else a paste brings in is reduced to these by the schema, and scripts, styles
 * and event handlers never make it into the document.
 */
function starterKit(singleLine: boolean) {
  return StarterKit.configure({
    heading: false,
    code: false,
    codeBlock: false,
    blockquote: false,
    strike: false,
    horizontalRule: false,
    link: false,
    underline: false,
    dropcursor: false,
    gapcursor: false,
    trailingNode: false,
    // Undo belongs to the app's store: one history across figures, settings and text.
    undoRedo: false,
    ...(singleLine
      ? { document: false, bulletList: false, orderedList: false, listItem: false, listKeymap: false }
      : {}),
  })
}

/**
 * Native undo (from a menu's Edit > Undo role, or the OS) would change the page behind the
 * editor's back; the app's store runs undo instead. Key presses are left to bubble to the app's
 * shortcut handler untouched.
 */
const NoNativeHistory = Extension.create({
  name: 'noNativeHistory',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('noNativeHistory'),
        props: {
          handleDOMEvents: {
            beforeinput: (_view, event) => {
              if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return false
              event.preventDefault()
              return true
            },
          },
        },
      }),
    ]
  },
})

/** The headline's document: one paragraph. */
const SingleParagraphDocument = Node.create({ name: 'doc', topNode: true, content: 'paragraph' })

/** The inline content of a pasted slice, line by line: each paragraph or list item is a line. */
function pastedLines(fragment: Fragment, lines: ProseMirrorNode[][]): ProseMirrorNode[][] {
  let loose: ProseMirrorNode[] | null = null
  fragment.forEach((node) => {
    if (node.isInline) {
      if (loose === null) {
        loose = []
        lines.push(loose)
      }
      loose.push(node)
      return
    }
    loose = null
    if (node.isTextblock) {
      const line: ProseMirrorNode[] = []
      node.forEach((child) => line.push(child))
      lines.push(line)
    } else {
      pastedLines(node.content, lines)
    }
  })
  return lines
}

/** A pasted slice as one line: its paragraphs joined with spaces. */
function oneLine(slice: Slice): Slice {
  const lines = pastedLines(slice.content, []).filter((line) => line.length > 0)
  const nodes = lines.flatMap((line, index) => {
    const first = line[0]
    return index === 0 || first === undefined ? line : [first.type.schema.text(' '), ...line]
  })
  return new Slice(Fragment.fromArray(nodes), 0, 0)
}

/** Enter does nothing, and pasted paragraphs are joined into the one line with spaces. */
const SingleLine = Extension.create({
  name: 'singleLine',
  addKeyboardShortcuts() {
    return { Enter: () => true, 'Mod-Enter': () => true }
  },
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('singleLinePaste'),
        props: {
          transformPasted: oneLine,
        },
      }),
    ]
  },
})

/** The extensions of a narrative editor; one array per kind of editor, so editors are never rebuilt on render. */
export function narrativeExtensions(singleLine: boolean): Extensions {
  return singleLine
    ? [starterKit(true), SingleParagraphDocument, SingleLine, FieldNode, NoNativeHistory, CleanInput, FindHighlightExtension, TextMarksExtension]
    : [starterKit(false), FieldNode, NoNativeHistory, CleanInput, FindHighlightExtension, TextMarksExtension]
}

export const MULTI_LINE_EXTENSIONS = narrativeExtensions(false)
export const SINGLE_LINE_EXTENSIONS = narrativeExtensions(true)
