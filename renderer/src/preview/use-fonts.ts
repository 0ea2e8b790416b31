import { useEffect, useState } from 'react'

/** The four faces the release uses; loading them up front means the first measured layout is the final one. */
const FACES = ['400 12pt "Tinos"', 'italic 400 12pt "Tinos"', '700 12pt "Tinos"', 'italic 700 12pt "Tinos"']

function fontSet(): FontFaceSet | null {
  return typeof document !== 'undefined' && 'fonts' in document ? document.fonts : null
}

export interface FontState {
  /** Bumped whenever a font finishes loading: text set in it may now wrap differently. */
  readonly epoch: number
  readonly loaded: boolean
}

/** Tracks the bundled fonts, so pagination is redone once they have replaced the fallback face. */
export function useFonts(): FontState {
  const [state, setState] = useState<FontState>(() => ({ epoch: 0, loaded: fontSet() === null }))
  useEffect(() => {
    const fonts = fontSet()
    if (fonts === null) return
    let live = true
    const bump = (loaded: boolean): void => {
      if (live) setState((previous) => ({ epoch: previous.epoch + 1, loaded: previous.loaded || loaded }))
    }
    const onLoadingDone = (): void => bump(false)
    fonts.addEventListener('loadingdone', onLoadingDone)
    void Promise.allSettled(FACES.map((face) => fonts.load(face)))
      .then(() => fonts.ready)
      .then(() => bump(true))
    return () => {
      live = false
      fonts.removeEventListener('loadingdone', onLoadingDone)
    }
  }, [])
  return state
}
