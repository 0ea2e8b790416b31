import type { Editor } from '@tiptap/core'
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import { markById, marksAt } from './text-marks'
import type { TextMark } from './text-marks'
import './text-marks.css'

interface Shown {
  readonly mark: TextMark
  readonly anchor: { readonly left: number; readonly top: number; readonly bottom: number }
}

const EDGE = 8

function anchorOf(editor: Editor, mark: TextMark): Shown['anchor'] | null {
  const element = editor.view.dom.querySelector(`[data-text-mark="${CSS.escape(mark.id)}"]`)
  if (element === null) return null
  const rect = element.getBoundingClientRect()
  return { left: rect.left, top: rect.top, bottom: rect.bottom }
}

/** The mark the caret is in, when the editor has the focus. */
function caretMark(editor: Editor): TextMark | null {
  if (editor.isDestroyed || !editor.isFocused) return null
  const head = editor.state.selection.head
  return marksAt(editor.state, head).find((mark) => mark.from <= head && head <= mark.to) ?? null
}

/**
 * What a marked word is about, next to it: on hover, and while the caret is inside it (then the
 * text box is described by it, so a screen reader reads it too). It stays inside the window.
 */
export function MarkTooltip(props: { readonly editor: Editor }) {
  const { editor } = props
  const id = useId()
  const [caret, setCaret] = useState<Shown | null>(null)
  const [hover, setHover] = useState<Shown | null>(null)
  const tip = useRef<HTMLDivElement>(null)
  const [place, setPlace] = useState<{ readonly left: number; readonly top: number } | null>(null)

  useEffect(() => {
    const update = (): void => {
      const mark = caretMark(editor)
      const anchor = mark === null ? null : anchorOf(editor, mark)
      setCaret(mark === null || anchor === null ? null : { mark, anchor })
    }
    const onOver = (event: MouseEvent): void => {
      const target = event.target instanceof Element ? event.target.closest('[data-text-mark]') : null
      const markId = target?.getAttribute('data-text-mark') ?? null
      const mark = markId === null || editor.isDestroyed ? null : markById(editor.state, markId)
      const anchor = mark === null ? null : anchorOf(editor, mark)
      setHover(mark === null || anchor === null ? null : { mark, anchor })
    }
    const onLeave = (): void => setHover(null)
    editor.on('transaction', update)
    editor.on('focus', update)
    editor.on('blur', update)
    const dom = editor.view.dom
    dom.addEventListener('mouseover', onOver)
    dom.addEventListener('mouseleave', onLeave)
    return () => {
      editor.off('transaction', update)
      editor.off('focus', update)
      editor.off('blur', update)
      dom.removeEventListener('mouseover', onOver)
      dom.removeEventListener('mouseleave', onLeave)
    }
  }, [editor])

  useLayoutEffect(() => {
    if (editor.isDestroyed) return
    const dom = editor.view.dom
    if (caret !== null) dom.setAttribute('aria-describedby', id)
    else if (dom.getAttribute('aria-describedby') === id) dom.removeAttribute('aria-describedby')
  }, [editor, caret, id])

  const shown = hover ?? caret
  useLayoutEffect(() => {
    const element = tip.current
    if (shown === null || element === null) {
      setPlace(null)
      return
    }
    // Kept inside the window: moved in from the left and right edges, and above the words near the bottom.
    const width = element.offsetWidth
    const height = element.offsetHeight
    const left = Math.max(EDGE, Math.min(shown.anchor.left, window.innerWidth - width - EDGE))
    const below = shown.anchor.bottom + 8
    const top = below + height + EDGE > window.innerHeight ? Math.max(EDGE, shown.anchor.top - height - 4) : below
    setPlace({ left, top })
  }, [shown])

  return (
    <div
      ref={tip}
      id={id}
      role="tooltip"
      className={`mark-tooltip${shown === null ? '' : ` mark-tooltip--${shown.mark.kind}`}`}
      hidden={shown === null}
      style={place === null ? { visibility: 'hidden' } : { left: place.left, top: place.top }}
      data-testid="mark-tooltip"
    >
      {shown?.mark.message}
    </div>
  )
}
