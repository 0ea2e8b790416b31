import { useEffect, useState } from 'react'

/**
 * False for the first paint, true soon after: what the first screen does not show (hidden tabs, the
 * text editors) is built once the person already sees the editor, not before it.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    // A frame, then a task: the frame is painted before the work starts. Without frames (a hidden
    // window, a test without layout), a timer alone still brings it.
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true), 0))) : null
    const fallback = setTimeout(() => setPainted(true), 100)
    return () => {
      if (frame !== null) cancelAnimationFrame(frame)
      if (timer !== undefined) clearTimeout(timer)
      clearTimeout(fallback)
    }
  }, [])
  return painted
}
